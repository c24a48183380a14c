import { parseCellAddress, rangeAddress } from '../a1';
import { canonicalName } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import { MessageId, ParamsBesides, worded } from '../findings/messages';
import type {
  ParsedAmount,
  ParsedClassifiedTable,
  ParsedRow,
  ParsedSangongTable,
  ParsedSummaryLine,
  ParsedSummaryTable,
  ParsedTable,
  ParsedWorkbook,
} from '../read/parsedTables';
import type { TableId } from '../templates/types';
import type { Change, Comparison, TableChanges, TotalChange } from './change';
import { AmountOf, effectiveAmounts } from './effectiveAmounts';

/** Published order of the tables, for grouping. */
const TABLE_ORDER: readonly TableId[] = [
  'financeSummary',
  'income',
  'expenditure',
  'fiscalSummary',
  'generalPublic',
  'govFund',
  'stateCapital',
  'economic',
  'sangong',
];

export const SANGONG_COLUMN_LABELS: Readonly<Record<string, string>> = {
  total: '“三公”经费合计',
  abroad: '因公出国(境)费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  officeOperation: '机关运行经费',
};

const KIND_ORDER: Readonly<Record<Change['kind'], number>> = { removed: 0, added: 1, changed: 2, renamed: 3 };

/**
 * Everything the reviewer changed, table by table. Cells that hold a formula in both workbooks
 * are not listed: they follow from the listed input changes (and the checks say whether they
 * still add up). A formula typed over with a number, or the reverse, is always listed.
 */
export function compareWorkbooks(submitted: ParsedWorkbook, returned: ParsedWorkbook): Comparison {
  const findings: Finding[] = [];
  const tables: TableChanges[] = [];
  for (const before of submitted.tables) {
    if (!returned.tables.some((t) => t.tableId === before.tableId)) {
      findings.push(finding('compare/table-missing', before.sheet, before.titleCell, { title: before.title }));
    }
  }
  const ordered = [...returned.tables].sort((a, b) => TABLE_ORDER.indexOf(a.tableId) - TABLE_ORDER.indexOf(b.tableId));
  for (const after of ordered) {
    const before = submitted.tables.find((t) => t.tableId === after.tableId);
    if (!before) {
      findings.push(finding('compare/table-added', after.sheet, after.titleCell, { title: after.title }));
      continue;
    }
    const compared = compareTables(before, after, findings);
    if (compared.changes.length > 0) tables.push(compared);
  }
  return { tables, changes: tables.flatMap((t) => t.changes), findings };
}

function finding<K extends MessageId>(
  rule: K,
  sheet: string,
  cell: string | undefined,
  params: ParamsBesides<K, 'sheet' | 'cell'>,
  column?: string,
): Finding {
  return {
    rule,
    severity: 'warning',
    sheet,
    ...(cell ? { cell } : {}),
    ...(column ? { column } : {}),
    ...worded(rule, { sheet, cell: cell ?? '' }, params, 'given'),
  };
}

function compareTables(before: ParsedTable, after: ParsedTable, findings: Finding[]): TableChanges {
  const ctx: TableCtx = { tableId: after.tableId, sheet: after.sheet, changes: [] };
  let totals: TotalChange[] = [];
  if (before.kind === 'classified' && after.kind === 'classified') totals = compareClassified(ctx, before, after, findings);
  else if (before.kind === 'summary' && after.kind === 'summary') totals = compareSummary(ctx, before, after, findings);
  else if (before.kind === 'sangong' && after.kind === 'sangong') totals = compareSangong(ctx, before, after);
  return { tableId: after.tableId, sheet: after.sheet, title: after.title, changes: sortChanges(ctx.changes), totals };
}

interface TableCtx {
  readonly tableId: TableId;
  readonly sheet: string;
  readonly changes: Change[];
}

function sortChanges(changes: readonly Change[]): Change[] {
  const size = (c: Change) => (c.difference === null ? -1 : Math.abs(c.difference));
  return [...changes].sort(
    (a, b) =>
      size(b) - size(a) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.code ?? '').localeCompare(b.code ?? '') ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

function diff(before: number | null, after: number | null): number {
  return (after ?? 0) - (before ?? 0);
}

/** One amount cell compared: a formula↔value swap always, two constants when they differ. */
function compareCell(
  ctx: TableCtx,
  item: { code: string | null; name: string; nameBefore: string },
  column: { key: string; label: string },
  a: { cell: ParsedAmount; value: number | null },
  b: { cell: ParsedAmount; value: number | null },
): void {
  const fa = a.cell.formula !== null;
  const fb = b.cell.formula !== null;
  if (fa && fb) return;
  const base = {
    kind: 'changed' as const,
    tableId: ctx.tableId,
    sheet: ctx.sheet,
    code: item.code,
    name: item.name,
    column: column.key,
    columnLabel: column.label,
    before: a.value,
    after: b.value,
    nameBefore: item.nameBefore,
    nameAfter: item.name,
    cell: b.cell.cell,
    submittedCell: a.cell.cell,
  };
  if (fa !== fb) {
    // A formula with no cached result (file never recalculated) has no value to subtract.
    const unknown = (fa && a.value === null) || (fb && b.value === null);
    ctx.changes.push({
      ...base,
      difference: unknown ? null : diff(a.value, b.value),
      formulaChange: fa ? 'formula→value' : 'value→formula',
      formula: (fa ? a.cell.formula : b.cell.formula) ?? '',
    });
    return;
  }
  if ((a.value ?? 0) !== (b.value ?? 0)) ctx.changes.push({ ...base, difference: diff(a.value, b.value) });
}

function rowKey(row: ParsedRow): string {
  return row.code ?? '';
}

function pairRows(
  before: readonly ParsedRow[],
  after: readonly ParsedRow[],
): { pairs: Array<[ParsedRow, ParsedRow]>; added: ParsedRow[]; removed: ParsedRow[] } {
  // Same code twice in one table pairs by occurrence.
  const pool = new Map<string, ParsedRow[]>();
  for (const r of before) pool.set(rowKey(r), [...(pool.get(rowKey(r)) ?? []), r]);
  const pairs: Array<[ParsedRow, ParsedRow]> = [];
  const added: ParsedRow[] = [];
  for (const r of after) {
    const list = pool.get(rowKey(r));
    const match = list?.shift();
    if (match) pairs.push([match, r]);
    else added.push(r);
  }
  const removed = [...pool.values()].flat().sort((a, b) => a.row - b.row);
  return { pairs, added, removed };
}

function compareClassified(ctx: TableCtx, before: ParsedClassifiedTable, after: ParsedClassifiedTable, findings: Finding[]): TotalChange[] {
  const keysBefore = new Set(before.columns.map((c) => c.key));
  const keysAfter = new Set(after.columns.map((c) => c.key));
  for (const c of before.columns)
    if (!keysAfter.has(c.key)) findings.push(finding('compare/column-missing', after.sheet, after.titleCell, { column: c.label }, c.key));
  for (const c of after.columns)
    if (!keysBefore.has(c.key)) findings.push(finding('compare/column-added', after.sheet, after.titleCell, { column: c.label }, c.key));
  const columns = after.columns.filter((c) => keysBefore.has(c.key));
  const valueA = effectiveAmounts(before);
  const valueB = effectiveAmounts(after);

  const { pairs, added, removed } = pairRows(before.rows, after.rows);
  for (const [ra, rb] of pairs) {
    if (canonicalName(ra.name) !== canonicalName(rb.name)) {
      ctx.changes.push({
        kind: 'renamed',
        tableId: ctx.tableId,
        sheet: ctx.sheet,
        code: rb.code ?? null,
        name: rb.name,
        column: null,
        columnLabel: null,
        before: null,
        after: null,
        difference: null,
        nameBefore: ra.name,
        nameAfter: rb.name,
        cell: rb.nameCell ?? null,
        submittedCell: ra.nameCell ?? null,
      });
    }
    compareRowCells(ctx, columns, ra, rb, valueA, valueB);
  }
  if (before.total && after.total) compareRowCells(ctx, columns, before.total, after.total, valueA, valueB);

  for (const rb of added) {
    const amounts = rowAmounts(after, rb, valueB);
    const total = rowTotal(amounts);
    ctx.changes.push({
      kind: 'added',
      tableId: ctx.tableId,
      sheet: ctx.sheet,
      code: rb.code ?? null,
      name: rb.name,
      column: null,
      columnLabel: null,
      before: null,
      after: total,
      difference: total ?? 0,
      nameBefore: '',
      nameAfter: rb.name,
      cell: rb.codeCell ?? rb.nameCell ?? null,
      range: rowRange(after, rb),
      submittedCell: null,
      amounts,
    });
  }
  for (const ra of removed) {
    const amounts = rowAmounts(before, ra, valueA);
    const total = rowTotal(amounts);
    ctx.changes.push({
      kind: 'removed',
      tableId: ctx.tableId,
      sheet: ctx.sheet,
      code: ra.code ?? null,
      name: ra.name,
      column: null,
      columnLabel: null,
      before: total,
      after: null,
      difference: -(total ?? 0),
      nameBefore: ra.name,
      nameAfter: '',
      cell: null,
      submittedCell: ra.codeCell ?? ra.nameCell ?? null,
      amounts,
    });
  }
  const totalLabel = (key: string) => after.columns.find((c) => c.key === key)?.label ?? key;
  return columns.map((c) => {
    const b = before.total ? valueA(before.total, c.key) : null;
    const a = after.total ? valueB(after.total, c.key) : null;
    return { column: c.key, columnLabel: totalLabel(c.key), before: b, after: a, difference: b === null || a === null ? null : a - b };
  });
}

function compareRowCells(
  ctx: TableCtx,
  columns: ReadonlyArray<{ key: string; label: string }>,
  ra: ParsedRow,
  rb: ParsedRow,
  valueA: AmountOf,
  valueB: AmountOf,
): void {
  for (const c of columns) {
    const ca = ra.amounts[c.key];
    const cb = rb.amounts[c.key];
    if (!ca || !cb) continue;
    compareCell(
      ctx,
      { code: rb.code ?? null, name: rb.name, nameBefore: ra.name },
      c,
      { cell: ca, value: valueA(ra, c.key) },
      { cell: cb, value: valueB(rb, c.key) },
    );
  }
}

function rowAmounts(table: ParsedClassifiedTable, row: ParsedRow, value: AmountOf): Record<string, number | null> {
  return Object.fromEntries(table.columns.map((c) => [c.key, value(row, c.key)]));
}

function rowTotal(amounts: Readonly<Record<string, number | null>>): number | null {
  if (amounts.total !== undefined && amounts.total !== null) return amounts.total;
  const parts = Object.entries(amounts).filter(([k, v]) => k !== 'total' && v !== null);
  return parts.length === 0 ? null : parts.reduce((t, [, v]) => t + (v ?? 0), 0);
}

function rowRange(table: ParsedClassifiedTable, row: ParsedRow): string | undefined {
  const cols = [row.codeCell, row.nameCell, ...Object.values(row.amounts).map((a) => a.cell)]
    .filter((c): c is string => c !== undefined)
    .map((c) => parseCellAddress(c).col);
  if (cols.length === 0) return undefined;
  const lastCol = Math.max(...cols, ...table.columns.map((c) => c.col));
  return rangeAddress(row.row, Math.min(...cols), row.row, lastCol);
}

function compareSummary(ctx: TableCtx, before: ParsedSummaryTable, after: ParsedSummaryTable, findings: Finding[]): TotalChange[] {
  const keysBefore = new Set(before.expenditureColumns.map((c) => c.key));
  const keysAfter = new Set(after.expenditureColumns.map((c) => c.key));
  for (const c of before.expenditureColumns)
    if (!keysAfter.has(c.key)) findings.push(finding('compare/column-missing', after.sheet, after.titleCell, { column: c.label }, c.key));
  for (const c of after.expenditureColumns)
    if (!keysBefore.has(c.key)) findings.push(finding('compare/column-added', after.sheet, after.titleCell, { column: c.label }, c.key));
  const incomeColumns = [{ key: 'income', label: '预算数' }];
  const expColumns = after.expenditureColumns.filter((c) => keysBefore.has(c.key));
  const sides: Array<{
    a: readonly ParsedSummaryLine[];
    b: readonly ParsedSummaryLine[];
    columns: ReadonlyArray<{ key: string; label: string }>;
  }> = [
    { a: withTotal(before.income, before.incomeTotal), b: withTotal(after.income, after.incomeTotal), columns: incomeColumns },
    {
      a: withTotal(before.expenditure, before.expenditureTotal),
      b: withTotal(after.expenditure, after.expenditureTotal),
      columns: expColumns,
    },
  ];
  for (const side of sides) {
    const pool = new Map<string, ParsedSummaryLine[]>();
    for (const l of side.a) pool.set(l.name, [...(pool.get(l.name) ?? []), l]);
    for (const lb of side.b) {
      const la = pool.get(lb.name)?.shift();
      if (!la) {
        const amounts = Object.fromEntries(side.columns.map((c) => [c.key, lb.amounts[c.key]?.fen ?? null]));
        const total = amounts.total ?? amounts.income ?? amounts.expenditure ?? null;
        ctx.changes.push({
          kind: 'added',
          tableId: ctx.tableId,
          sheet: ctx.sheet,
          code: lb.name,
          name: lb.label,
          column: null,
          columnLabel: null,
          before: null,
          after: total,
          difference: total ?? 0,
          nameBefore: '',
          nameAfter: lb.label,
          cell: lb.labelCell,
          range: lineRange(lb),
          submittedCell: null,
          amounts,
        });
        continue;
      }
      for (const c of side.columns) {
        const ca = la.amounts[c.key];
        const cb = lb.amounts[c.key];
        if (!ca || !cb) continue;
        compareCell(
          ctx,
          { code: lb.name, name: lb.label, nameBefore: la.label },
          c,
          { cell: ca, value: ca.fen },
          { cell: cb, value: cb.fen },
        );
      }
    }
    for (const la of [...pool.values()].flat()) {
      const amounts = Object.fromEntries(side.columns.map((c) => [c.key, la.amounts[c.key]?.fen ?? null]));
      const total = amounts.total ?? amounts.income ?? amounts.expenditure ?? null;
      ctx.changes.push({
        kind: 'removed',
        tableId: ctx.tableId,
        sheet: ctx.sheet,
        code: la.name,
        name: la.label,
        column: null,
        columnLabel: null,
        before: total,
        after: null,
        difference: -(total ?? 0),
        nameBefore: la.label,
        nameAfter: '',
        cell: null,
        submittedCell: la.labelCell,
        amounts,
      });
    }
  }
  const pick = (t: ParsedSummaryTable, side: 'income' | 'expenditure', key: string) =>
    (side === 'income' ? t.incomeTotal : t.expenditureTotal)?.amounts[key]?.fen ?? null;
  const totals: TotalChange[] = [];
  const push = (side: 'income' | 'expenditure', key: string, label: string) => {
    const b = pick(before, side, key);
    const a = pick(after, side, key);
    totals.push({ column: key, columnLabel: label, before: b, after: a, difference: a === null || b === null ? null : a - b });
  };
  push('income', 'income', '收入总计');
  for (const c of expColumns) push('expenditure', c.key, `支出总计（${c.label}）`);
  return totals;
}

function withTotal(lines: readonly ParsedSummaryLine[], total: ParsedSummaryLine | null): ParsedSummaryLine[] {
  return total ? [...lines, total] : [...lines];
}

function lineRange(line: ParsedSummaryLine): string {
  const cols = [line.labelCell, ...Object.values(line.amounts).map((a) => a.cell)].map((c) => parseCellAddress(c).col);
  return rangeAddress(line.row, Math.min(...cols), line.row, Math.max(...cols));
}

function compareSangong(ctx: TableCtx, before: ParsedSangongTable, after: ParsedSangongTable): TotalChange[] {
  const keys: string[] = [];
  for (const key of Object.keys(SANGONG_COLUMN_LABELS)) {
    const cellBefore = before.amounts[key];
    const cellAfter = after.amounts[key];
    if (!cellBefore || !cellAfter) continue;
    keys.push(key);
    const label = SANGONG_COLUMN_LABELS[key] ?? key;
    compareCell(
      ctx,
      { code: null, name: label, nameBefore: label },
      { key, label },
      { cell: cellBefore, value: sangongValue(before, key) },
      { cell: cellAfter, value: sangongValue(after, key) },
    );
  }
  return ['total', 'officeOperation']
    .filter((k) => keys.includes(k))
    .map((k) => {
      const b = sangongValue(before, k);
      const a = sangongValue(after, k);
      return {
        column: k,
        columnLabel: SANGONG_COLUMN_LABELS[k] ?? k,
        before: b,
        after: a,
        difference: a === null || b === null ? null : a - b,
      };
    });
}

/** A 三公 figure in 分; an uncached 合计/小计 is valued as 出国 + 接待 + 车辆(购置 + 运行). */
function sangongValue(t: ParsedSangongTable, key: string): number | null {
  const cell = t.amounts[key];
  if (!cell) return null;
  if (cell.fen !== null || cell.formula === null) return cell.fen;
  const part = (k: string) => t.amounts[k]?.fen ?? 0;
  if (key === 'vehicle') return part('vehiclePurchase') + part('vehicleOperation');
  if (key === 'total') return part('abroad') + part('reception') + (sangongValue(t, 'vehicle') ?? 0);
  return null;
}
