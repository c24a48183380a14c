import { canonicalName } from '../catalog/catalog';
import type { ParsedAmount, ParsedClassifiedTable, ParsedRow, ParsedSummaryLine, ParsedSummaryTable } from '../read/parsedTables';
import { term } from './arithmetic';
import { crossTableTolerance } from './printedRounding';
import type { CheckScope, KeyedCheck } from './rule';
import type { CheckContext } from './checkContext';
import { memoOn } from './memoOn';
import { topRows } from './tables';
import type { CheckMessageId } from '../findings/messages';

/**
 * The 类 row of `table` a summary expenditure line stands for: by code when the line prints one;
 * otherwise the same name (brackets and spaces aside), or a 类 whose catalog name is the line's
 * name. Never by position.
 */
export function classRowFor(table: ParsedClassifiedTable, line: ParsedSummaryLine, ctx: CheckContext): ParsedRow | undefined {
  const tops = topRows(table);
  if (line.code !== undefined) return tops.find((r) => r.code === line.code);
  return (
    topRowsByName(table).get(canonicalLineName(line)) ??
    tops.find((r) => r.code !== undefined && ctx.catalogs.functional.nameMatches(r.code, line.name))
  );
}

/** Asked for each line against every table and column: canonicalised once. */
const canonicalLineName = memoOn((line: ParsedSummaryLine) => canonicalName(line.name));

/** The first top row of each canonical name: asked for every line of both summary tables and every column. */
const topRowsByName = memoOn((table: ParsedClassifiedTable): ReadonlyMap<string, ParsedRow> => {
  const map = new Map<string, ParsedRow>();
  for (const r of topRows(table)) {
    const n = canonicalName(r.name);
    if (!map.has(n)) map.set(n, r);
  }
  return map;
});

/** 类 rows of the tables that no expenditure line of the summary stands for. */
export function unlistedClasses(summary: ParsedSummaryTable, table: ParsedClassifiedTable, ctx: CheckContext): ParsedRow[] {
  const listed = new Set(summary.expenditure.map((l) => classRowFor(table, l, ctx)).filter((r) => r !== undefined));
  return topRows(table).filter((r) => !listed.has(r));
}

export function columnLabel(t: ParsedClassifiedTable, key: string): string {
  return t.columns.find((c) => c.key === key)?.label ?? key;
}

/** One "summary cell = detail table cell" check, as both summary-table rules write them. */
export function summaryEquality(
  rule: CheckMessageId,
  summary: ParsedSummaryTable,
  line: ParsedSummaryLine,
  amount: ParsedAmount | undefined,
  source: ParsedClassifiedTable,
  sourceAmount: ParsedAmount | undefined,
  /** What the right side is; a function when it costs a string to say (made only for a check that is kept). */
  rightLabelOf: string | (() => string),
  ctx: CheckContext,
  extra: { readonly column?: string; readonly code?: string; readonly key?: string; readonly scope?: CheckScope } = {},
): KeyedCheck | null {
  if (!amount) return null;
  if (extra.scope === 'nonZero' && (amount.fen ?? 0) === (sourceAmount?.fen ?? 0)) return null;
  const { column, code, key } = extra;
  const rightLabel = typeof rightLabelOf === 'string' ? rightLabelOf : rightLabelOf();
  const subject = `“${summary.sheet}”${line.label}${column ? `【${column}】` : ''}`;
  return {
    rule,
    relation: 'eq',
    left: [term(summary.sheet, amount, summary.unit)],
    right: sourceAmount ? [term(source.sheet, sourceAmount, source.unit)] : [],
    tolerance: crossTableTolerance(ctx, { table: summary, figures: 1 }, { table: source, figures: 1 }),
    children: 1,
    description: `${subject} = ${rightLabel}`,
    at: { sheet: summary.sheet, cell: amount.cell, ...(code ? { code } : {}), ...(column ? { column } : {}) },
    params: key !== undefined ? { subject, rightLabel, key } : { subject, rightLabel },
  };
}

/** Each level-1 income line with its sub-lines ("一、财政拨款收入" with "1. 一般公共预算资金" …). */
export function incomeGroups(t: ParsedSummaryTable): Array<{ parent: ParsedSummaryLine; subs: ParsedSummaryLine[] }> {
  const out: Array<{ parent: ParsedSummaryLine; subs: ParsedSummaryLine[] }> = [];
  t.income.forEach((line, i) => {
    if (line.level !== 1) return;
    const subs: ParsedSummaryLine[] = [];
    for (const next of t.income.slice(i + 1)) {
      if (next.level !== 2) break;
      subs.push(next);
    }
    out.push({ parent: line, subs });
  });
  return out;
}

/**
 * Income groups whose parent carries a figure and whose sub-lines are all blank: the breakdown was
 * not filled in. Not a sum error (at most a 提示), and the blank sub-lines are not compared.
 */
export const blankBreakdowns = memoOn(
  (t: ParsedSummaryTable): ReadonlyArray<{ readonly parent: ParsedSummaryLine; readonly subs: readonly ParsedSummaryLine[] }> =>
    incomeGroups(t).filter(
      (g) =>
        g.subs.length > 0 &&
        (g.parent.amounts.income?.fen ?? 0) !== 0 &&
        g.subs.every((s) => (s.amounts.income?.fen ?? null) === null && s.amounts.income?.formula == null),
    ),
);

/** True for a sub-line of a breakdown left blank (see blankBreakdowns). */
export function inBlankBreakdown(t: ParsedSummaryTable, line: ParsedSummaryLine): boolean {
  return blankBreakdowns(t).some((g) => g.subs.includes(line));
}
