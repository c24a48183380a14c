import { perCodeChecks, Side } from '../perCode';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classified } from '../tables';

/**
 * 支出预算总表 covers every funding source, so each of its 基本支出 and 项目支出 figures is at least
 * the sum of the same figure in the 一般公共预算, 政府性基金 and 国有资本经营 tables.
 */
export const expenditureCoversFunds = arithmeticRule({
  id: 'expenditure-vs-funds',
  severity: 'error',
  description: '表间：支出预算总表的基本支出、项目支出逐行不小于各财政拨款支出表之和（非财政拨款部分不能为负）',
  checks(wb, _ctx, scope) {
    const expenditure = classified(wb, 'expenditure');
    const fundTables = (['generalPublic', 'govFund', 'stateCapital'] as const)
      .map((id) => classified(wb, id))
      .filter((t) => t !== undefined);
    if (!expenditure || fundTables.length === 0) return [];
    const out: KeyedCheck[] = [];
    for (const key of ['basic', 'project']) {
      const funds = fundTables.map((table): Side => ({ table: table, key }));
      out.push(
        ...perCodeChecks({ rule: 'expenditure-vs-funds', relation: 'ge', left: [{ table: expenditure, key }], right: funds, scope }),
      );
    }
    return out;
  },
});
