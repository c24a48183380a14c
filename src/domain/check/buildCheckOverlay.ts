import { codeKindOfTable } from '../templates/tableCodeKind';
import { cellAddress, columnLetter, rangeAddress } from '../a1';
import type { Finding } from '../findings/finding';
import type { ConditionalFormatPlan } from '../plan/sheetPlan';
import type { ParsedClassifiedTable, ParsedWorkbook } from '../read/parsedTables';
import type { SheetOverlay } from '../port/workbookPort';
import { CheckContext, checkContext } from './checkContext';
import { formulaTypedOver } from './rules/formulaTypedOver';
import { classifiedTables, sangong, summary } from './tables';

// Highlights laid over the user's own tables: custom-formula conditional formats that stay live
// (a parent turns red while it differs from the sum of its children beyond the rounding
// tolerance) plus fills on totals typed over with numbers. A bounded number of rules per table —
// never one per cell. Excel limits a conditional-format formula to 255 characters, so the
// parent test is split by level (类, 款, 合计) instead of one long formula.

export const MISMATCH_FILL = '#FFC7CE';
export const MISMATCH_FONT = '#9C0006';
export const TYPED_OVER_FILL = '#FCE4D6';
export const CF_FORMULA_LIMIT = 255;

/** One parent test of a table, as the formula it has at any cell of the amount range. */
export interface ParentRule {
  readonly level: 'class' | 'kuan' | 'parent' | 'total';
  /** The formula anchored at (row, col); the conditional format uses the range's top-left cell. */
  formulaAt(row: number, col: number): string;
}

/** Tolerance in the table's unit per aggregated child (1 元, or 0.01 万元). */
function tolerancePerChild(table: ParsedClassifiedTable, ctx: CheckContext): number {
  return table.unit === '万元' ? Math.max(ctx.roundingFenPerChildWan, ctx.roundingFenPerChild) / 1_000_000 : ctx.roundingFenPerChild / 100;
}

export function parentRules(table: ParsedClassifiedTable, ctx: CheckContext): ParentRule[] {
  const f = table.firstDataRow;
  const l = table.lastDataRow;
  const abs = (c: number) => `$${columnLetter(c)}$${f}:$${columnLetter(c)}$${l}`;
  const me = (c: number, row: number) => `$${columnLetter(c)}${row}`;
  const amounts = (col: number) => `${columnLetter(col)}$${f}:${columnLetter(col)}$${l}`;
  const tol = tolerancePerChild(table, ctx);
  const tolTerm = (count: string) => (tol === 1 ? count : `${count}*${tol}`);
  const differs = (row: number, col: number, cond: string) =>
    `ABS(N(${cellAddress(row, col)})-SUMPRODUCT(${cond},${amounts(col)}))>${tolTerm(`SUMPRODUCT(${cond})`)}+0.001`;
  const [a, b, c] = table.codeColumns;
  const rules: ParentRule[] = [];
  if (a !== undefined && b !== undefined && c !== undefined) {
    rules.push({
      level: 'class',
      formulaAt: (row, col) =>
        `=AND(${me(b, row)}="",LEN(${me(a, row)})=3,${differs(row, col, `(${abs(a)}=${me(a, row)})*(${abs(b)}<>"")*(${abs(c)}="")`)})`,
    });
    rules.push({
      level: 'kuan',
      formulaAt: (row, col) =>
        `=AND(${me(b, row)}<>"",${me(c, row)}="",${differs(row, col, `(${abs(a)}=${me(a, row)})*(${abs(b)}=${me(b, row)})*(${abs(c)}<>"")`)})`,
    });
  } else if (a !== undefined && b !== undefined) {
    rules.push({
      level: 'class',
      formulaAt: (row, col) =>
        `=AND(${me(b, row)}="",LEN(${me(a, row)})=3,${differs(row, col, `(${abs(a)}=${me(a, row)})*(${abs(b)}<>"")`)})`,
    });
  } else if (a !== undefined) {
    // One code column: the children of "208" are the 5-character codes starting with it.
    const leaf = codeKindOfTable(table.tableId) === 'economic' ? 5 : 7;
    rules.push({
      level: 'parent',
      formulaAt: (row, col) =>
        `=AND(LEN(${me(a, row)})>2,LEN(${me(a, row)})<${leaf},${differs(row, col, `(LEN(${abs(a)})=LEN(${me(a, row)})+2)*(LEFT(${abs(a)},LEN(${me(a, row)}))=${me(a, row)}&"")`)})`,
    });
  }
  const labelCol = table.totalLabelColumn;
  const totalName = table.total?.name;
  if (totalName !== undefined && labelCol !== undefined && a !== undefined) {
    const classCond = b !== undefined ? `(LEN(${abs(a)})=3)*(${abs(b)}="")` : `(LEN(${abs(a)})=3)`;
    rules.push({
      level: 'total',
      formulaAt: (row, col) => `=AND(${me(labelCol, row)}="${totalName}",${differs(row, col, classCond)})`,
    });
  }
  return rules;
}

/** Contiguous runs of amount columns: one range per run. */
function columnRuns(table: ParsedClassifiedTable): Array<[number, number]> {
  const cols = [...new Set(table.columns.map((c) => c.col))].sort((x, y) => x - y);
  const runs: Array<[number, number]> = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/**
 * Overlays for a parsed workbook: per classified table, one conditional format per parent level
 * over its amount range; the 三公 identities and the summary tables' 收入总计 = 支出总计 on their
 * few cells; fills on totals typed over with numbers in formula-built tables.
 */
export function buildCheckOverlay(
  parsed: ParsedWorkbook,
  options: { ctx?: CheckContext; findings?: readonly Finding[] } = {},
): SheetOverlay[] {
  const ctx = options.ctx ?? checkContext(parsed);
  const bySheet = new Map<string, { cfs: ConditionalFormatPlan[]; fills: Array<{ range: string; color: string }> }>();
  const entry = (sheet: string) => {
    let e = bySheet.get(sheet);
    if (!e) {
      e = { cfs: [], fills: [] };
      bySheet.set(sheet, e);
    }
    return e;
  };
  const cf = (sheet: string, range: string, formula: string) =>
    entry(sheet).cfs.push({ range, formula, fill: MISMATCH_FILL, fontColor: MISMATCH_FONT });

  for (const table of classifiedTables(parsed)) {
    if (table.rows.length === 0) continue;
    for (const rule of parentRules(table, ctx)) {
      for (const [c1, c2] of columnRuns(table)) {
        cf(table.sheet, rangeAddress(table.firstDataRow, c1, table.lastDataRow, c2), rule.formulaAt(table.firstDataRow, c1));
      }
    }
  }
  const s = sangong(parsed);
  if (s) {
    const n = (k: string) => (s.amounts[k] ? `N(${s.amounts[k].cell})` : '0');
    const tol = Math.max(ctx.roundingFenPerChildWan, ctx.roundingFenPerChild) / 1_000_000;
    const total = s.amounts.total;
    if (total) cf(s.sheet, total.cell, `=ABS(${n('total')}-(${n('abroad')}+${n('reception')}+${n('vehicle')}))>${3 * tol}+0.0001`);
    const vehicle = s.amounts.vehicle;
    if (vehicle && s.amounts.vehiclePurchase && s.amounts.vehicleOperation) {
      cf(s.sheet, vehicle.cell, `=ABS(${n('vehicle')}-(${n('vehiclePurchase')}+${n('vehicleOperation')}))>${2 * tol}+0.0001`);
    }
  }
  for (const id of ['financeSummary', 'fiscalSummary'] as const) {
    const t = summary(parsed, id);
    const income = t?.incomeTotal?.amounts.income;
    const col = t?.expenditureColumns.find((c) => c.key === 'total' || c.key === 'expenditure');
    const spending = col ? t?.expenditureTotal?.amounts[col.key] : undefined;
    if (!t || !income || !spending) continue;
    const formula = `=ROUND(N(${income.cell})-N(${spending.cell}),2)<>0`;
    cf(t.sheet, income.cell, formula);
    cf(t.sheet, spending.cell, formula);
  }
  for (const f of options.findings ?? formulaTypedOver.check(parsed, ctx))
    if (f.rule === 'formula-typed-over' && f.sheet && f.cell) entry(f.sheet).fills.push({ range: f.cell, color: TYPED_OVER_FILL });

  return [...bySheet.entries()].map(([sheet, e]) => ({
    sheet,
    ...(e.cfs.length > 0 ? { conditionalFormats: e.cfs } : {}),
    ...(e.fills.length > 0 ? { fills: e.fills } : {}),
  }));
}
