import { excelRound } from '../money';
import type { CellValue } from '../port/workbookPort';

export type AmountParse =
  | {
      readonly ok: true;
      readonly fen: number | null;
      /** The number as written, in the table's display unit (元 or 万元); absent for blanks. */
      readonly value?: number;
      /** True when the cell held the number as text ("1,234,567"). */
      readonly text?: boolean;
    }
  | { readonly ok: false; readonly reason: 'text' | 'error' | 'boolean'; readonly raw: string };

const FULLWIDTH = /[０-９．，－]/g;
const EXCEL_ERROR = /^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/;

/** A finite number's amount in 分, given how many 分 one displayed unit is. */
export function numberToFen(raw: number, fenPerUnit: number): number {
  const scaled = raw * fenPerUnit;
  // A whole number of 分 below 15 digits is what excelRound returns for it (+0 for −0): the common case.
  if (Number.isInteger(scaled) && Math.abs(scaled) < 1e15) return scaled + 0;
  return excelRound(scaled, 0);
}

/**
 * A cell's amount in 分, given how many 分 one displayed unit is (元 → 100, 万元 → 1,000,000).
 * Accepts numbers and text with thousands separators; blanks, dashes and "无" are empty.
 */
export function parseAmount(raw: CellValue | undefined, fenPerUnit: number): AmountParse {
  if (raw === null || raw === undefined) return { ok: true, fen: null };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, reason: 'error', raw: String(raw) };
    return { ok: true, fen: numberToFen(raw, fenPerUnit), value: raw };
  }
  if (typeof raw === 'boolean') return { ok: false, reason: 'boolean', raw: String(raw) };
  const text = raw.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]/g, '');
  // Blank, a dash, or "无" (nothing) as some offices print in an empty row: no figure.
  if (text === '' || /^[-—–－]+$/.test(text) || text === '无') return { ok: true, fen: null };
  if (EXCEL_ERROR.test(text)) return { ok: false, reason: 'error', raw: text };
  // Thousands separators must be well placed: "1,234,567.89" yes, "1,2,3" no.
  const m = /^(\(?)(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\)?)$/.exec(text);
  const digits = m?.[3];
  if (!m || digits === undefined || (m[1] === '(') !== (m[5] === ')')) return { ok: false, reason: 'text', raw };
  const n = Number(`${m[2] ?? ''}${digits.replace(/,/g, '')}${m[4] ?? ''}`);
  const signed = m[1] === '(' ? -n : n;
  return { ok: true, fen: excelRound(signed * fenPerUnit, 0), value: signed, text: true };
}
