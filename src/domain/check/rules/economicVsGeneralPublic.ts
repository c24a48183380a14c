import { term } from '../arithmetic';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classified } from '../tables';

/** The economic table breaks down 一般公共预算基本支出: its 合计 equals that table's 基本支出 合计. */
export const economicVsGeneralPublic = arithmeticRule({
  id: 'economic-vs-general-public',
  severity: 'error',
  description: '表间：基本支出经济分类预算表合计等于一般公共预算支出功能分类预算表的基本支出合计',
  checks(wb) {
    const gp = classified(wb, 'generalPublic');
    const eco = classified(wb, 'economic');
    const basic = gp?.total?.amounts.basic;
    const ecoTotal = eco?.total?.amounts.total;
    if (!gp || !eco || !basic || !ecoTotal) return [];
    const subject = `“${eco.sheet}”合计【合计】`;
    const rightLabel = `“${gp.sheet}”合计【基本支出】`;
    const out: KeyedCheck[] = [
      {
        rule: 'economic-vs-general-public',
        relation: 'eq',
        left: [term(eco.sheet, ecoTotal, eco.unit)],
        right: [term(gp.sheet, basic, gp.unit)],
        tolerance: 0,
        children: 1,
        description: `${subject} = ${rightLabel}`,
        at: { sheet: eco.sheet, cell: ecoTotal.cell, column: '合计' },
        params: { subject, rightLabel },
      },
    ];
    return out;
  },
});
