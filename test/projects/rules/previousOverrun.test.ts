import { previousOverrunRule } from '../../../src/domain/projects/rules/previousOverrun';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(previousOverrunRule, 'warning', {
  valid: [
    { name: 'executed within the previous budget', projects: [record({ previousBudget: 5_000_000, previousExecuted: 4_800_000 })] },
    {
      name: 'an overrun explained in 备注',
      projects: [record({ previousBudget: 5_000_000, previousExecuted: 5_500_000, remark: '年中追加预算50万元' })],
    },
    { name: 'no previous figures', projects: [record()] },
  ],
  invalid: [
    {
      name: 'an overrun without 备注, at the 执行数',
      projects: [record({ previousBudget: 5_000_000, previousExecuted: 5_500_000 })],
      findings: [
        {
          cell: 'D9',
          difference: 500_000,
          message: '项目“档案数字化”同名项目上年预算执行数 55,000 元高于上年预算额 50,000 元（超出 5,000 元），备注中未作说明',
        },
      ],
    },
    {
      name: 'a blank 备注 explains nothing',
      projects: [record({ previousBudget: 5_000_000, previousExecuted: 5_500_000, remark: '  ' })],
      findings: [{ cell: 'D9', message: /备注中未作说明$/ }],
    },
  ],
});
