import { subItemAmountMissingRule } from '../../../src/domain/projects/rules/subItemAmountMissing';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(subItemAmountMissingRule, 'error', {
  valid: [
    { name: 'every sub-item has an amount', projects: [record()] },
    { name: 'an amount of 0 is an amount', projects: [record({ subItems: [{ name: '扫描', amount: 0 }] })] },
  ],
  invalid: [
    {
      name: 'the second sub-item left blank, at its amount cell',
      projects: [
        record({
          subItems: [
            { name: '扫描', amount: 6_000_000 },
            { name: '著录', amount: null },
          ],
        }),
      ],
      findings: [{ cell: 'D12', message: '项目“档案数字化”的子项目“著录”未填金额' }],
    },
    {
      name: 'two blanks, two findings in order',
      projects: [
        record({
          subItems: [
            { name: '扫描', amount: null },
            { name: '著录', amount: null },
          ],
        }),
      ],
      findings: [
        { cell: 'D11', message: '项目“档案数字化”的子项目“扫描”未填金额' },
        { cell: 'D12', message: '项目“档案数字化”的子项目“著录”未填金额' },
      ],
    },
  ],
});
