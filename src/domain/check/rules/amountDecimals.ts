import type { Finding } from '../../findings/finding';
import { amountCells } from '../amounts';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';

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
    for (const a of amountCells(wb)) {
      const v = a.amount.value;
      // A whole number is exact to the 分 in any unit (the common case: no string round trip).
      if (v === undefined || Number.isInteger(v)) continue;
      const fenPerUnit = a.unit === '万元' ? 1_000_000 : 100;
      // 15 significant digits strip binary noise (0.1 × 100) the way the spreadsheet does.
      const scaled = Number((v * fenPerUnit).toPrecision(15));
      if (Number.isInteger(scaled)) continue;
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
