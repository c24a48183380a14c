import { targetComparatorRule } from '../../../src/domain/projects/rules/targetComparator';
import { indicator, projectRuleTester, record } from './projectRuleTester';

projectRuleTester(targetComparatorRule, 'warning', {
  valid: [
    { name: 'quantitative targets with comparators, qualitative without', projects: [record()] },
    {
      name: 'full-width ＝ and ≤',
      projects: [record({ indicators: [indicator('产出', '数量', '件数', '=12件'), indicator('产出', '时效', '时间', '≤30天')] })],
    },
  ],
  invalid: [
    {
      name: 'a number with a unit but no comparator, at its cell',
      projects: [
        record({ indicators: [indicator('产出', '数量', '扫描页数', '≥100万页'), indicator('效果', '满意度', '满意率', '100%')] }),
      ],
      findings: [{ cell: 'D14', message: '项目“档案数字化”的三级指标“满意率”目标值“100%”是定量指标，缺少比较符（=、≥、≤、>、<）' }],
    },
  ],
});
