import { excelRound, fenToWan, formatThousands, type Fen } from '../money';

// How a paragraph prints 万元. The seeds use three styles: whole 万元 with separators
// ("253,566万元"), two decimals with separators ("1,156.59万元") and, in the 2020 政府采购 and
// 绩效 paragraphs, trailing zeros dropped without separators ("45261.9万元", "533万元").

export interface WanStyle {
  /** Decimals the figure is rounded to (Excel's half away from zero). */
  readonly digits: 0 | 2;
  /** Drop trailing zeros after rounding: 533.00 → "533", 45261.90 → "45261.9". */
  readonly trim: boolean;
  readonly separators: boolean;
}

export const WHOLE_WAN: WanStyle = { digits: 0, trim: false, separators: true };
export const CENTS_WAN: WanStyle = { digits: 2, trim: false, separators: true };
export const TRIMMED_WAN: WanStyle = { digits: 2, trim: true, separators: true };
export const PLAIN_TRIMMED_WAN: WanStyle = { digits: 2, trim: true, separators: false };

/** The figure as the text shows it, in 万元 (rounded per the style). */
export function shownWan(fen: Fen, style: WanStyle): number {
  return fenToWan(fen, style.digits);
}

/** "253,566" / "1,156.59" / "45261.9" — without the unit. */
export function formatWanNumber(fen: Fen, style: WanStyle): string {
  const value = shownWan(fen, style);
  let text = formatThousands(value, style.digits);
  if (!style.separators) text = text.replace(/,/g, '');
  if (style.trim && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text;
}

/** The same with the unit: "253,566万元". */
export function formatWanStyled(fen: Fen, style: WanStyle): string {
  return `${formatWanNumber(fen, style)}万元`;
}

/** A figure in 万元 back in 分 (the shown value, not the exact one). */
export function shownFen(fen: Fen, style: WanStyle): Fen {
  return excelRound(shownWan(fen, style) * 1_000_000, 0);
}
