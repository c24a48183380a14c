import { term } from '../arithmetic';
import { arithmeticRule, KeyedCheck } from '../rule';
import { summary } from '../tables';

/** In both summary tables 收入总计 equals 支出总计. */
export const summaryBalance = arithmeticRule({
  id: 'summary-balance',
  severity: 'error',
  description: '总表收支平衡：财务收支预算总表、财政拨款收支预算总表的收入总计等于支出总计',
  checks(wb) {
    const out: KeyedCheck[] = [];
    for (const id of ['financeSummary', 'fiscalSummary'] as const) {
      const t = summary(wb, id);
      const income = t?.incomeTotal?.amounts.income;
      const expCol = t?.expenditureColumns.find((c) => c.key === 'total' || c.key === 'expenditure');
      const expenditureTotal = t?.expenditureTotal;
      const spending = expCol ? expenditureTotal?.amounts[expCol.key] : undefined;
      if (!t || !income || !spending || !expenditureTotal) continue;
      const subject = `“${t.sheet}”${t.incomeTotal.label}`;
      out.push({
        rule: 'summary-balance',
        relation: 'eq',
        left: [term(t.sheet, income, t.unit)],
        right: [term(t.sheet, spending, t.unit)],
        tolerance: 0,
        children: 1,
        description: `${subject} = ${expenditureTotal.label}`,
        at: { sheet: t.sheet, cell: income.cell },
        params: { subject, rightLabel: expenditureTotal.label, table: t.sheet, rightCell: spending.cell },
      });
    }
    return out;
  },
});
