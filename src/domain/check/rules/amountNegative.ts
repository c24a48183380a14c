import type { Finding } from '../../findings/finding';
import { formatFen } from '../arithmetic';
import { amountCells } from '../amounts';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';

/** Budget figures are not negative. */
export const amountNegative: CheckRule = {
  id: 'amount-negative',
  severity: 'warning',
  description: '金额：预算数不应为负数',
  check(wb) {
    const out: Finding[] = [];
    for (const a of amountCells(wb, 'negative')) {
      const fen = a.amount.fen;
      if (fen === null) continue; // never: a 'negative' cell has its 分
      out.push(
        plainFinding(
          'amount-negative',
          'warning',
          { sheet: a.sheet, cell: a.amount.cell, ...(a.code ? { code: a.code } : {}), column: a.column },
          {
            what: a.what,
            amount: formatFen(fen, a.unit),
          },
          { actual: fen },
        ),
      );
    }
    return out;
  },
};
