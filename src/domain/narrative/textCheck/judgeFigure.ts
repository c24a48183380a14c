import { excelRound, type Fen } from '../../money';
import type { StatedNumber } from './scanText';

// The verdict on one 万元 figure against the table (integer 分). A figure that equals the table,
// rounded to the decimals it is printed with, is right; what else may be going on is named.

export type Verdict = 'ok' | 'info' | 'warning' | 'error';

export type Judgement =
  | { readonly verdict: 'ok' }
  /** 74.03 for 74.0371: cut off instead of rounded. */
  | { readonly verdict: 'info'; readonly why: 'truncated'; readonly rounded: string }
  /** 250.520: more decimals than the text's style, equal at the style's. */
  | { readonly verdict: 'info'; readonly why: 'more-decimals'; readonly rounded: string }
  /** "443万元" among figures with two decimals, for 443.18. */
  | { readonly verdict: 'info'; readonly why: 'fewer-decimals'; readonly rounded: string }
  | { readonly verdict: 'error'; readonly rounded: string };

/** 分 per unit of the `decimals`-th 万元 digit (2 decimals → 100 分 = 1 元 … 0 → 1,000,000 分). */
function step(decimals: number): number {
  return 10 ** (6 - Math.min(decimals, 6));
}

function roundedFen(fen: Fen, decimals: number): Fen {
  return excelRound(fen / step(decimals), 0) * step(decimals);
}

export function statedFen(n: StatedNumber): Fen {
  return Math.round(n.value * 1_000_000);
}

/** The table figure as the text would print it: `decimals` places, thousands separators if it uses them. */
export function wanText(fen: Fen, decimals: number, separators = true): string {
  const d = Math.min(decimals, 6);
  const v = roundedFen(fen, d) / 1_000_000;
  const t = v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: separators });
  return `${t}万元`;
}

/**
 * `style` is the decimals most figures of the same section print with. More than two decimals is
 * beyond the 万元 styles offices use; fewer than the style means the trailing zeros were dropped,
 * so the figure must equal the table at the style's decimals.
 */
export function judgeFigure(n: StatedNumber, fen: Fen, style: number): Judgement {
  const stated = statedFen(n);
  const d = n.decimals;
  const rounded = (k: number) => wanText(fen, k, n.separators);
  if (roundedFen(fen, d) === stated) {
    if (d > 2 && d > style) return { verdict: 'info', why: 'more-decimals', rounded: rounded(Math.max(style, 0)) };
    if (d < style && roundedFen(fen, style) !== roundedFen(stated, style))
      return { verdict: 'info', why: 'fewer-decimals', rounded: rounded(style) };
    return { verdict: 'ok' };
  }
  if (d > 2 && d > style && roundedFen(stated, style) === roundedFen(fen, style))
    return { verdict: 'info', why: 'more-decimals', rounded: rounded(style) };
  if (d <= 4 && Math.trunc(fen / step(d)) * step(d) === stated) return { verdict: 'info', why: 'truncated', rounded: rounded(d) };
  return { verdict: 'error', rounded: rounded(Math.max(d, 0)) };
}

/** The decimals most 万元 figures of a set print with (ties: the larger). */
export function styleOf(numbers: readonly StatedNumber[]): number {
  const counts = new Map<number, number>();
  for (const n of numbers) counts.set(n.decimals, (counts.get(n.decimals) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d > best)) [best, bestCount] = [d, c];
  return best;
}
