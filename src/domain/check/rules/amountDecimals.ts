import type { Finding } from '../../findings/finding';
import { amountCells } from '../amounts';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';

/**
 * Whether an amount times 分 per unit is a whole number once binary noise (0.1 × 100) is stripped
 * the way the spreadsheet does it, at 15 significant digits.
 */
export function exactToFen(scaled: number): boolean {
  // Within 5e-16 of its size from a whole number, the 15-digit rounding can only land on that whole
  // number (its last digit is worth at least 1e-15 of the size); a product of a 2-decimal amount
  // always is. Only amounts that may have more decimals take the string round trip.
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) < 5e-16 * Math.abs(scaled)) return true;
  return Number.isInteger(Number(scaled.toPrecision(15)));
}

/**
 * Amounts are exact to the 分: at most 2 decimals in 元 tables, 6 in 万元 tables. More decimals are
 * hidden by the number format, so the printed figures stop adding up.
 */
export const amountDecimals: CheckRule = {
  id: 'amount-decimals',
  severity: 'warning',
  description: '金额：金额应精确到分（元表最多两位小数，万元表最多六位小数）',
  check(wb) {
    const out: Finding[] = [];
    for (const a of amountCells(wb, 'fractional')) {
      const v = a.amount.value;
      if (v === undefined) continue; // never: a 'fractional' cell has a value with a fraction
      const fenPerUnit = a.unit === '万元' ? 1_000_000 : 100;
      if (exactToFen(v * fenPerUnit)) continue;
      out.push(
        plainFinding(
          'amount-decimals',
          'warning',
          { sheet: a.sheet, cell: a.amount.cell, ...(a.code ? { code: a.code } : {}), column: a.column },
          {
            what: a.what,
            value: String(v),
            unit: a.unit,
            decimals: a.unit === '万元' ? 6 : 2,
          },
        ),
      );
    }
    return out;
  },
};
