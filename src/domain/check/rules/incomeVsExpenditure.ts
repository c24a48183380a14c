import { perCodeChecks } from '../perCode';
import { arithmeticRule } from '../rule';
import { classified } from '../tables';

/** 收入预算总表 and 支出预算总表 agree row by row on 合计 (and on the 合计 row). */
export const incomeVsExpenditure = arithmeticRule({
  id: 'income-vs-expenditure',
  severity: 'error',
  description: '表间：支出预算总表与收入预算总表逐行合计一致',
  checks(wb, _ctx, scope) {
    const income = classified(wb, 'income');
    const expenditure = classified(wb, 'expenditure');
    if (!income || !expenditure) return [];
    return perCodeChecks({
      rule: 'income-vs-expenditure',
      relation: 'eq',
      left: [{ table: expenditure, key: 'total' }],
      right: [{ table: income, key: 'total' }],
      scope,
    });
  },
});
