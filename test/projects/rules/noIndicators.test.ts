import { noIndicatorsRule } from '../../../src/domain/projects/rules/noIndicators';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(noIndicatorsRule, 'warning', {
  valid: [
    { name: 'a 绩效目标表 project with indicators', projects: [record()] },
    {
      name: 'a 项目经费情况说明 project needs none',
      projects: [record({ indicators: [] }, { kind: 'explanation', sheet: '项目经费情况说明' })],
    },
  ],
  invalid: [
    {
      name: 'a 绩效目标表 project without indicators, at its name',
      projects: [record({ indicators: [] })],
      findings: [{ cell: 'D3', message: '项目“档案数字化”没有填列绩效指标' }],
    },
  ],
});
