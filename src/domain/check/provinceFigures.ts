import type { ParsedAmount, ParsedWorkbook } from '../read/parsedTables';
import type { ParsedFormTable, ParsedOutlineTable } from '../read/province/provinceTables';
import type { FigureRef, FormTableDef, ProvinceEditionDef } from '../templates/formTypes';
import { provinceEditionOf } from '../templates/provinceEditions';
import { term, Term } from './arithmetic';
import { classifiedTables, rowsByCode } from './tables';

// Figures of a province-edition workbook named the way the edition's identities and ties name them.

export interface Figure {
  readonly term: Term;
  readonly amount: ParsedAmount;
  readonly sheet: string;
  /** "“公开01表 收支预算总表”当年收入小计" */
  readonly label: string;
}

export function formTables(wb: ParsedWorkbook): ParsedFormTable[] {
  return (wb.provinceTables ?? []).filter((t): t is ParsedFormTable => t.kind === 'form');
}

export function outlineTables(wb: ParsedWorkbook): ParsedOutlineTable[] {
  return (wb.provinceTables ?? []).filter((t): t is ParsedOutlineTable => t.kind === 'outline');
}

export function formDef(edition: ProvinceEditionDef, id: string): FormTableDef | undefined {
  const d = edition.tables.find((t) => t.id === id);
  return d?.kind === 'form' ? d : undefined;
}

export { provinceEditionOf };

/** The figure a reference names, or undefined when its table or label is not in the workbook. */
export function figureOf(wb: ParsedWorkbook, edition: ProvinceEditionDef, ref: FigureRef, ownTable: string): Figure | undefined {
  if ('field' in ref) {
    const id = ref.table ?? ownTable;
    const t = formTables(wb).find((x) => x.tableId === id);
    const amount = t?.fields[ref.field];
    if (!t || !amount) return undefined;
    const label = formDef(edition, id)?.fields.find((f) => f.key === ref.field)?.label ?? ref.field;
    return { term: term(t.sheet, amount, t.unit), amount, sheet: t.sheet, label: `“${t.sheet}”${label}` };
  }
  if ('outlineTotal' in ref) {
    const t = outlineTables(wb).find((x) => x.tableId === ref.table);
    if (!t?.total) return undefined;
    return { term: term(t.sheet, t.total.amount, t.unit), amount: t.total.amount, sheet: t.sheet, label: `“${t.sheet}”合计` };
  }
  const table = classifiedTables(wb).find((x) => x.tableId === ref.table);
  if (!table) return undefined;
  const row = 'code' in ref ? rowsByCode(table).get(ref.code) : table.total;
  const amount = row?.amounts.total;
  if (!row || !amount) return undefined;
  const what = 'code' in ref ? `${ref.code} ${row.name}` : row.name || '合计';
  return { term: term(table.sheet, amount, table.unit), amount, sheet: table.sheet, label: `“${table.sheet}”${what}` };
}

/** True when every reference names this table (a row identity, not a tie between tables). */
export function withinTable(refs: readonly FigureRef[]): boolean {
  return refs.every((r) => 'field' in r && r.table === undefined);
}
