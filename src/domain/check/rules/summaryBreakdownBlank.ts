import type { Finding } from '../../findings/finding';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';
import { blankBreakdowns } from '../summaryMatch';
import { summary } from '../tables';

/**
 * Offices often print "一、财政拨款收入" with its figure and leave "1. 一般公共预算资金", "2. 政府性基金" …
 * blank. The sum is not wrong — the breakdown was just not filled — so it is a 提示, once per line.
 */
export const summaryBreakdownBlank: CheckRule = {
  id: 'summary-breakdown-blank',
  severity: 'info',
  description: '总表内：收入项有数而其下各项均未填列（提示，不是求和错误）',
  check(wb) {
    const out: Finding[] = [];
    for (const id of ['financeSummary', 'fiscalSummary'] as const) {
      const t = summary(wb, id);
      if (!t) continue;
      for (const { parent, subs } of blankBreakdowns(t)) {
        const amount = parent.amounts.income;
        if (!amount) continue;
        out.push(
          plainFinding(
            'summary-breakdown-blank',
            'info',
            { sheet: t.sheet, cell: subs[0]?.amounts.income?.cell ?? amount.cell },
            { parent: parent.label, amount: formatFen(amount.fen ?? 0, t.unit), subs: subs.map((l) => `“${l.label}”`).join('、') },
          ),
        );
      }
    }
    return out;
  },
};
