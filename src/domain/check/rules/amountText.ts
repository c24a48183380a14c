import type { Finding } from '../../findings/finding';
import { amountCells, sheetsWithFormulas } from '../amounts';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';

/**
 * A number stored as text ("1,234,567") is read correctly by the checker, but SUM formulas skip
 * it: in a table whose totals are formulas, the totals silently leave it out.
 */
export const amountText: CheckRule = {
  id: 'amount-text',
  severity: 'warning',
  description: '金额：以公式汇总的表中，金额不应以文本形式存放（求和公式会忽略文本）',
  check(wb) {
    const withFormulas = sheetsWithFormulas(wb);
    const out: Finding[] = [];
    for (const a of amountCells(wb, 'text')) {
      if (!withFormulas.has(a.sheet)) continue;
      out.push(
        plainFinding(
          'amount-text',
          'warning',
          { sheet: a.sheet, cell: a.amount.cell, ...(a.code ? { code: a.code } : {}), column: a.column },
          {
            what: a.what,
            amount: formatFen(a.amount.fen ?? 0, a.unit),
          },
          { actual: a.amount.fen ?? 0 },
        ),
      );
    }
    return out;
  },
};
