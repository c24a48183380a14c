import type { TableId } from '../templates/types';
import type { ParsedFormTable, ParsedOutlineTable } from './province/provinceTables';

// What the reader finds in any workbook holding the standard tables. Amounts in 分.

export interface ParsedAmount {
  /** 分; null for a blank cell. */
  readonly fen: number | null;
  /** "Sheet!E7"-free cell address on `ParsedTable.sheet`, e.g. "E7". */
  readonly cell: string;
  /** Formula text when the cell holds one ("=SUM(E8:E10)"). */
  readonly formula: string | null;
  /** The number as written, in the table's unit (元 or 万元): what the decimals rule looks at. */
  readonly value?: number;
  /** The cell held the number as text ("1,234,567"). */
  readonly text?: boolean;
  /** The file had no saved result for this formula; the reader computed it (see evaluateFormulas). */
  readonly computed?: boolean;
}

export type ParsedRowRole = 'class' | 'kuan' | 'item' | 'total';

export interface ParsedRow {
  readonly row: number;
  readonly role: ParsedRowRole;
  /** Normalized code ("2080101"); undefined for the 合计 row. */
  readonly code?: string;
  readonly name: string;
  /** Address of the first code cell and the name cell. */
  readonly codeCell?: string;
  readonly nameCell?: string;
  /** By column key (total, fiscal, basic, …). */
  readonly amounts: Readonly<Record<string, ParsedAmount>>;
}

export interface ParsedColumn {
  readonly key: string;
  readonly label: string;
  readonly col: number;
}

export interface TableNote {
  readonly cell: string;
  readonly text: string;
}

interface ParsedBase {
  readonly tableId: TableId;
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: string;
  readonly year: number | null;
  readonly unit: '元' | '万元';
  /** 注 lines printed with the table, when there are any. */
  readonly notes?: readonly TableNote[];
}

export interface ParsedClassifiedTable extends ParsedBase {
  readonly kind: 'classified';
  readonly columns: readonly ParsedColumn[];
  /** 1-based columns holding the code: [类, 款, 项] (functional), [类, 款] (economic) or one column. */
  readonly codeColumns: readonly number[];
  readonly nameColumn: number;
  /** First and last row of the table body (after the header block, through the 合计 row). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Column holding the 合计 label of the total row, when there is one. */
  readonly totalLabelColumn?: number;
  /** Code rows in sheet order (page-repeated header blocks skipped). */
  readonly rows: readonly ParsedRow[];
  readonly total: ParsedRow | null;
}

export interface ParsedSummaryLine {
  readonly row: number;
  readonly label: string;
  /** The 类 name with its ordinal stripped ("一、教育支出" → "教育支出"). */
  readonly name: string;
  readonly labelCell: string;
  /** 1 for "一、…" lines, 2 for their sub-lines ("1、…", "（一）…"). */
  readonly level: 1 | 2;
  /** The 类 code printed on the line ("201"), when there is one: matched by code, not by name. */
  readonly code?: string;
  /** What the line is, when recognised: fiscal, generalPublic, govFund, stateCapital, business, operating, other. */
  readonly key?: string;
  readonly amounts: Readonly<Record<string, ParsedAmount>>;
}

export interface ParsedSummaryTable extends ParsedBase {
  readonly kind: 'summary';
  readonly tableId: 'financeSummary' | 'fiscalSummary';
  readonly income: readonly ParsedSummaryLine[];
  readonly incomeTotal: ParsedSummaryLine | null;
  readonly expenditure: readonly ParsedSummaryLine[];
  readonly expenditureTotal: ParsedSummaryLine | null;
  /**
   * Right-hand column keys in order: ['expenditure'], in the 单位 layout ['expenditure','personnel','public','project']
   * (or 'basic' instead of the two), or ['total','generalPublic','govFund','stateCapital'].
   */
  readonly expenditureColumns: readonly ParsedColumn[];
}

export interface ParsedSangongTable extends ParsedBase {
  readonly kind: 'sangong';
  /** The row holding the figures. */
  readonly row: number;
  /** total, abroad, reception, vehicle, vehiclePurchase, vehicleOperation, officeOperation. */
  readonly amounts: Readonly<Record<string, ParsedAmount>>;
}

export type ParsedTable = ParsedClassifiedTable | ParsedSummaryTable | ParsedSangongTable;

export interface ParsedWorkbook {
  readonly tables: readonly ParsedTable[];
  readonly year: number | null;
  readonly department: string | null;
  /** The province edition recognised ("jiangsu-2019"); absent for the Shanghai layouts. */
  readonly edition?: string;
  /** That edition's labelled-figure and outline tables (its code tables are in `tables`). */
  readonly provinceTables?: ReadonlyArray<ParsedFormTable | ParsedOutlineTable>;
}

export function findTable(wb: ParsedWorkbook, id: TableId): ParsedTable | undefined {
  return wb.tables.find((t) => t.tableId === id);
}

export function classifiedTable(wb: ParsedWorkbook, id: TableId): ParsedClassifiedTable | undefined {
  const t = wb.tables.find((x) => x.tableId === id);
  return t?.kind === 'classified' ? t : undefined;
}

export function summaryTable(wb: ParsedWorkbook, id: 'financeSummary' | 'fiscalSummary'): ParsedSummaryTable | undefined {
  const t = wb.tables.find((x) => x.tableId === id);
  return t?.kind === 'summary' ? t : undefined;
}

export function sangongTable(wb: ParsedWorkbook): ParsedSangongTable | undefined {
  const t = wb.tables.find((x) => x.tableId === 'sangong');
  return t?.kind === 'sangong' ? t : undefined;
}

/**
 * Every amount the readers make, in one shape (each field present, undefined when it does not
 * apply): the rules read amounts of every kind in the same loops, and one shape keeps those reads
 * monomorphic.
 */
export function parsedAmount(
  fen: number | null,
  cell: string,
  formula: string | null,
  value?: number,
  text?: boolean,
  computed?: boolean,
): ParsedAmount {
  return { fen, cell, formula, value, text: text || undefined, computed: computed || undefined };
}
