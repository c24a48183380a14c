import { parentCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import type { LineTableId } from '../model/budgetData';
import { fenToYuan, formatThousands } from '../money';
import type { ParsedClassifiedTable, ParsedWorkbook } from '../read/parsedTables';
import { readBudgetTables } from '../read/readBudgetTables';
import type { SheetSnapshot } from '../port/workbookPort';
import { countFindings, inUnit, unitFinding } from './unitFinding';

// One 预算单位's workbook reduced to what consolidation needs: the leaf line items of every
// table and the 三公 figures, in 分. Parents and totals are not kept; the department's are formulas.

export type SangongKey = 'abroad' | 'reception' | 'vehiclePurchase' | 'vehicleOperation' | 'officeOperation';
export const SANGONG_KEYS: readonly SangongKey[] = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'officeOperation'];

export const LINE_TABLE_IDS: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];

/** The tables as readBudgetTables read them: given to the unit's check so each unit is read once. */
export interface UnitTablesRead {
  readonly workbook: ParsedWorkbook;
  readonly findings: readonly Finding[];
}

/** The unit's own check (the reconciliation rules), counted. Injected so the checker plugs in. */
export type CheckUnit = (
  snapshots: readonly SheetSnapshot[],
  read?: UnitTablesRead,
) => { readonly errors: number; readonly warnings: number };

export interface UnitLeaf {
  readonly code: string;
  readonly name: string;
  /** 分 by part column key; the 合计 column is derived and not kept. Blank cells are absent. */
  readonly amounts: Readonly<Record<string, number>>;
  readonly row: number;
}

export interface UnitTable {
  readonly sheet: string;
  readonly leaves: readonly UnitLeaf[];
}

export interface UnitSangong {
  readonly sheet: string;
  readonly amounts: Readonly<Partial<Record<SangongKey, number>>>;
}

export interface UnitBudget {
  /** How the unit is named to the officer: the file name as given. */
  readonly file: string;
  /** 编制部门 as the unit's tables state it. */
  readonly department: string | null;
  readonly year: number | null;
  /** Layout edition the tables follow (2024 has the 国有资本经营预算 table); null when undecidable. */
  readonly layoutEdition: number | null;
  /** False when the file could not be opened or holds no standard table: not consolidated. */
  readonly readable: boolean;
  /** Why it is not readable (zh-CN), for the unit list. */
  readonly unreadableReason?: string;
  readonly tables: Readonly<Partial<Record<LineTableId, UnitTable>>>;
  readonly sangong: UnitSangong | null;
  /** Reader findings and extraction findings, each naming the file. */
  readonly findings: readonly Finding[];
  /** The unit's own errors and warnings: from the checker when one is given, else from reading. */
  readonly counts: { readonly errors: number; readonly warnings: number };
  readonly countsFrom: 'checker' | 'reader';
}

/** A file that could not be opened at all (corrupt, not .xlsx, unreadable). */
export function unreadableUnit(file: string, reason: string): UnitBudget {
  const f = unitFinding('consolidate/unreadable-file', 'error', file, { reason });
  return {
    file,
    department: null,
    year: null,
    layoutEdition: null,
    readable: false,
    unreadableReason: '文件无法打开',
    tables: {},
    sangong: null,
    findings: [f],
    counts: { errors: 1, warnings: 0 },
    countsFrom: 'reader',
  };
}

/** Reads one unit workbook (any layout the reader recognises) into its leaf line items. */
export function readUnit(file: string, sheets: readonly SheetSnapshot[], checkUnit?: CheckUnit): UnitBudget {
  const read = readBudgetTables(sheets);
  // "No standard table" is restated below with its consequence (not consolidated).
  const findings: Finding[] = read.findings.filter((f) => f.rule !== 'read/no-tables').map((f) => inUnit(file, f));
  const wb = read.workbook;
  const tables: Partial<Record<LineTableId, UnitTable>> = {};
  for (const t of wb.tables) {
    if (t.kind !== 'classified') continue;
    tables[t.tableId as LineTableId] = { sheet: t.sheet, leaves: leavesOf(file, t, findings) };
  }
  const sangong = sangongOf(file, wb, findings);
  const readable = wb.tables.length > 0;
  if (!readable) findings.push(unitFinding('consolidate/no-tables', 'error', file, {}));
  const counts = checkUnit && readable ? checkUnit(sheets, read) : countFindings(findings);
  return {
    file,
    department: wb.department,
    year: wb.year,
    layoutEdition: layoutEditionOf(wb),
    readable,
    ...(readable ? {} : { unreadableReason: '没有找到标准预算表' }),
    tables,
    sangong,
    findings,
    counts: { errors: counts.errors, warnings: counts.warnings },
    countsFrom: checkUnit && readable ? 'checker' : 'reader',
  };
}

/** Rows with no child row in the same table; duplicates within the unit are summed. */
function leavesOf(file: string, t: ParsedClassifiedTable, findings: Finding[]): UnitLeaf[] {
  const codes = new Set(t.rows.map((r) => r.code).filter((c): c is string => c !== undefined));
  const parents = new Set<string>();
  for (const c of codes) {
    for (let p = parentCode(c); p !== null; p = parentCode(p)) parents.add(p);
  }
  const byCode = new Map<string, { code: string; name: string; amounts: Record<string, number>; row: number }>();
  for (const r of t.rows) {
    if (r.code === undefined || parents.has(r.code)) continue;
    const amounts: Record<string, number> = {};
    let partsSum = 0;
    for (const key in r.amounts) {
      const fen = r.amounts[key]?.fen ?? null;
      if (key === 'total' || fen === null) continue;
      amounts[key] = fen;
      partsSum += fen;
    }
    // The 合计 column of a leaf is its parts' sum; a unit whose 合计 says otherwise is flagged,
    // because only the parts reach the department tables.
    const total = r.amounts.total;
    if (total?.fen != null && total.fen !== partsSum) {
      findings.push(
        unitFinding(
          'consolidate/leaf-total-mismatch',
          'error',
          file,
          {
            code: r.code,
            total: formatThousands(fenToYuan(total.fen), 2),
            parts: formatThousands(fenToYuan(partsSum), 2),
          },
          { sheet: t.sheet, cell: total.cell, code: r.code, column: 'total' },
        ),
      );
    }
    const existing = byCode.get(r.code);
    if (existing) {
      findings.push(
        unitFinding(
          'consolidate/duplicate-code',
          'warning',
          file,
          { table: t.sheet, code: r.code, row: r.row },
          {
            sheet: t.sheet,
            ...(r.codeCell ? { cell: r.codeCell } : {}),
            code: r.code,
          },
        ),
      );
      for (const [k, v] of Object.entries(amounts)) existing.amounts[k] = (existing.amounts[k] ?? 0) + v;
    } else {
      byCode.set(r.code, { code: r.code, name: r.name, amounts, row: r.row });
    }
  }
  return [...byCode.values()];
}

function sangongOf(file: string, wb: ParsedWorkbook, findings: Finding[]): UnitSangong | null {
  const t = wb.tables.find((x) => x.kind === 'sangong');
  if (!t || t.kind !== 'sangong') return null;
  const amounts: Partial<Record<SangongKey, number>> = {};
  for (const k of SANGONG_KEYS) {
    const fen = t.amounts[k]?.fen;
    if (fen != null) amounts[k] = fen;
  }
  // A layout with only the 公务用车 subtotal cannot be split into 购置费/运行费: said, not guessed.
  const vehicle = t.amounts.vehicle;
  if (vehicle?.fen && amounts.vehiclePurchase === undefined && amounts.vehicleOperation === undefined) {
    findings.push(
      unitFinding(
        'consolidate/sangong-vehicle-unsplit',
        'error',
        file,
        { wan: vehicle.fen / 1_000_000 },
        { sheet: t.sheet, cell: vehicle.cell },
      ),
    );
  }
  return { sheet: t.sheet, amounts };
}

/** 2024 layout: a 国有资本经营预算 table, or that column in the 财政拨款收支总表; 2020 otherwise. */
function layoutEditionOf(wb: ParsedWorkbook): number | null {
  if (wb.tables.some((t) => t.tableId === 'stateCapital')) return 2024;
  const fiscal = wb.tables.find((t) => t.kind === 'summary' && t.tableId === 'fiscalSummary');
  if (fiscal?.kind === 'summary' && fiscal.expenditureColumns.length > 0) {
    return fiscal.expenditureColumns.some((c) => c.key === 'stateCapital') ? 2024 : 2020;
  }
  return null;
}
