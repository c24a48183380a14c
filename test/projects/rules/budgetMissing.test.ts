import { budgetMissingRule } from '../../../src/domain/projects/rules/budgetMissing';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(budgetMissingRule, 'warning', {
  valid: [
    { name: 'every project has a 当年预算', projects: [record(), record({ name: '档案运输' }, { top: 20 })] },
    { name: 'a 当年预算 of 0 is filled in', projects: [record({ budget: 0, subItems: [] })] },
  ],
  invalid: [
    {
      name: 'blank 当年预算, at its cell',
      projects: [record({ budget: undefined })],
      findings: [{ cell: 'D7', message: '项目“档案数字化”未填列当年预算' }],
    },
    {
      name: 'only the second project, at its own block',
      projects: [record(), record({ name: '档案运输', budget: undefined }, { top: 20 })],
      findings: [{ cell: 'D24', message: '项目“档案运输”未填列当年预算' }],
    },
    {
      name: 'a project from a list file has no cell',
      projects: [record({ budget: undefined }, { located: false, sheet: null })],
      findings: [{ sheet: null, cell: null, message: '项目“档案数字化”未填列当年预算' }],
    },
  ],
});
