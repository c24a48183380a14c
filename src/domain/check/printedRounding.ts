import type { ParsedAmount, ParsedClassifiedTable, ParsedSangongTable, ParsedSummaryTable } from '../read/parsedTables';
import { type CheckContext, roundingTolerance } from './checkContext';
import { memoOn } from './memoOn';

/**
 * How far a figure printed in `unit` may be from the exact sum it stands for because it is printed
 * rounded: half the last printed digit (万元 to 2 decimals: 0.005 万元 = 5,000 分; 元: 0.5 元). Used
 * where a 万元 table (三公) is compared with 元 tables by ≤ / ≥.
 */
export function printedRounding(unit: '元' | '万元'): number {
  return unit === '万元' ? 5_000 : 50;
}

type AmountTable = ParsedClassifiedTable | ParsedSummaryTable | ParsedSangongTable;

const everyFigureInHundredths = memoOn((t: AmountTable): boolean => {
  const rows: ReadonlyArray<{ readonly amounts: Readonly<Record<string, ParsedAmount>> }> =
    t.kind === 'sangong'
      ? [t]
      : t.kind === 'classified'
        ? [...t.rows, ...(t.total ? [t.total] : [])]
        : [...t.income, ...t.expenditure, ...[t.incomeTotal, t.expenditureTotal].filter((l) => l !== null)];
  return rows.every((r) => Object.values(r.amounts).every((a) => a.fen === null || a.fen % 10_000 === 0));
});

/**
 * Whether a table is printed rounded to 0.01 万元: in 万元 with every figure a whole 0.01 万元.
 * A 万元 table carrying 4–6 decimals is exact to the 分 and compares exactly.
 */
export function roundedToHundredths(t: AmountTable): boolean {
  return t.unit === '万元' && everyFigureInHundredths(t);
}

/**
 * Tolerance of an equality between figures of two tables: 0 when both are exact to the 分; when a
 * side is printed rounded to 0.01 万元, the 尾差 that rounding allows (per figure of the coarser side).
 */
export function crossTableTolerance(
  ctx: CheckContext,
  left: { readonly table: AmountTable; readonly figures: number },
  right: { readonly table: AmountTable; readonly figures: number },
): number {
  const coarse = [left, right].filter((s) => roundedToHundredths(s.table));
  if (coarse.length === 0) return 0;
  return roundingTolerance(ctx, '万元', Math.max(1, ...coarse.map((s) => s.figures)));
}

/**
 * Tolerance of a ≤ / ≥ between figures of two tables: half the last printed digit of each side
 * printed rounded to 0.01 万元 (the 三公 table's 213.28 万元 for 2,132,777.54 元), else 0.
 */
export function crossTableMargin(a: AmountTable, b: AmountTable): number {
  return [a, b].filter(roundedToHundredths).length * printedRounding('万元');
}
