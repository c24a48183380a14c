import { currentExceedsTotalRule } from '../../../src/domain/projects/rules/currentExceedsTotal';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(currentExceedsTotalRule, 'error', {
  valid: [
    { name: '当年预算 under 总预算', projects: [record()] },
    { name: '当年预算 equal to 总预算 (a one-year project)', projects: [record({ totalBudget: 6_000_000 })] },
    { name: 'no 总预算 filled in', projects: [record({ totalBudget: undefined })] },
  ],
  invalid: [
    {
      name: '当年预算 above 总预算',
      projects: [record({ totalBudget: 5_000_000 })],
      findings: [{ cell: 'D7', difference: 1_000_000, message: '项目“档案数字化”当年预算 60,000 元超过项目总预算 50,000 元' }],
    },
  ],
});
