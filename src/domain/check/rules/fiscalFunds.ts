import { perCodeChecks, Side } from '../perCode';
import { arithmeticRule } from '../rule';
import { classified } from '../tables';

/**
 * 收入预算总表's 财政拨款收入 column equals, row by row, the 合计 of the 一般公共预算, 政府性基金
 * and 国有资本经营预算 tables (whichever the workbook has).
 */
export const fiscalFunds = arithmeticRule({
  id: 'fiscal-funds',
  severity: 'error',
  description: '表间：收入预算总表的财政拨款收入逐行等于一般公共预算、政府性基金预算、国有资本经营预算支出表合计之和',
  checks(wb, _ctx, scope) {
    const income = classified(wb, 'income');
    const funds = (['generalPublic', 'govFund', 'stateCapital'] as const)
      .map((id) => classified(wb, id))
      .filter((t) => t !== undefined)
      .map((table): Side => ({ table: table, key: 'total' }));
    if (!income || funds.length === 0) return [];
    return perCodeChecks({ rule: 'fiscal-funds', relation: 'eq', left: [{ table: income, key: 'fiscal' }], right: funds, scope });
  },
});
