import { term } from '../arithmetic';
import { printedRounding } from '../printedRounding';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classified, sangong } from '../tables';

/**
 * 机关运行经费 is the 日常公用经费 part of 一般公共预算 basic spending of 行政单位 and 参公 units
 * (seed 004, 名词解释（八）), so it cannot exceed the 公用经费 合计 of the economic table. The 三公
 * table prints it rounded (万元 to 2 decimals: 213.28 for 2,132,777.54 元), which is not an excess.
 */
export const officeOperation = arithmeticRule({
  id: 'office-operation',
  severity: 'warning',
  description: '表间：机关运行经费不大于基本支出经济分类表的公用经费合计',
  checks(wb) {
    const s = sangong(wb);
    const eco = classified(wb, 'economic');
    const office = s?.amounts.officeOperation;
    const pub = eco?.total?.amounts.public;
    if (!s || !eco || !office || !pub) return [];
    const subject = `“${s.sheet}”机关运行经费`;
    const rightLabel = `“${eco.sheet}”合计【公用经费】`;
    const out: KeyedCheck[] = [
      {
        rule: 'office-operation',
        relation: 'le',
        left: [term(s.sheet, office, s.unit)],
        right: [term(eco.sheet, pub, eco.unit)],
        tolerance: s.unit === eco.unit ? 0 : printedRounding(s.unit),
        children: 1,
        description: `${subject} ≤ ${rightLabel}`,
        at: { sheet: s.sheet, cell: office.cell, column: '机关运行经费' },
        params: { subject, rightLabel },
      },
    ];
    return out;
  },
});
