import { targetMissingRule } from '../../../src/domain/projects/rules/targetMissing';
import { indicator, projectRuleTester, record } from './projectRuleTester';

projectRuleTester(targetMissingRule, 'error', {
  valid: [{ name: 'every indicator has a target', projects: [record()] }],
  invalid: [
    {
      name: 'a blank target, at its cell',
      projects: [record({ indicators: [indicator('产出', '数量', '扫描页数', '≥100万页'), indicator('产出', '质量', '验收合格率', ' ')] })],
      findings: [{ cell: 'D14', message: '项目“档案数字化”的三级指标“验收合格率”未填指标目标值' }],
    },
    {
      name: 'no 三级 name: named by its 一级/二级',
      projects: [record({ indicators: [indicator('产出', '数量', '', '')] })],
      findings: [{ cell: 'D13', message: '项目“档案数字化”的三级指标“产出/数量”未填指标目标值' }],
    },
  ],
});
