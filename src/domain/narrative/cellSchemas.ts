import { z } from 'zod';
import { parseAmount } from '../read/parseAmount';

// zod schemas for one input cell of the 说明素材 / 上年数 sheets. A cell arrives as the host gives
// it (number, text, boolean); blanks are handled before these run.

const FULLWIDTH = /[０-９．，－]/g;
const halfWidth = (s: string) => s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

/** A non-negative whole number: 12, "12", "１２". */
export const CountCell = z.union([
  z.number().int().min(0),
  z.string().transform(halfWidth).pipe(z.string().regex(/^\d+$/)).transform(Number),
]);

/** An amount in the sheet's unit (元 or 万元) → 分, via the reader's amount parser. */
export function amountCell(fenPerUnit: number) {
  return z
    .union([z.number(), z.string()])
    .transform((raw, ctx) => {
      const r = parseAmount(raw, fenPerUnit);
      if (!r.ok || r.fen === null) {
        ctx.addIssue({ code: 'custom', message: 'not an amount' });
        return z.NEVER;
      }
      return r.fen;
    })
    .pipe(z.number().int().min(0));
}

export const TextCell = z.union([z.string().transform((s) => s.trim()), z.number().transform(String)]);

/** Excel's day 0 for the 1900 date system (serial 1 = 1900-01-01, with the 1900 leap-year bug). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2023-08-31", "2023/8/31", "2023年8月31日" or an Excel date serial → "2023-08-31". */
export const DateCell = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  let iso: string | null = null;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw > 0 && raw < 2_958_466) {
      const t = new Date(EXCEL_EPOCH_UTC + raw * 86_400_000);
      iso = isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    }
  } else {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(raw));
    if (m) iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: 'not a date' });
    return z.NEVER;
  }
  return iso;
});

/** "2023-08-31" → "2023年8月31日", as the narrative prints it. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`chineseDate: 不是 YYYY-MM-DD 日期: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
