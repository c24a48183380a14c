import { crossSheetBudgetRule } from '../../../src/domain/projects/rules/crossSheetBudget';
import { projectRuleTester, record } from './projectRuleTester';

const EXPLANATION = '项目经费情况说明';
const explained = (budget: number, year = 2024) => record({ budget }, { kind: 'explanation', sheet: EXPLANATION, top: 3, year });

projectRuleTester(crossSheetBudgetRule, 'error', {
  valid: [
    { name: 'the same 当年预算 on both sheets', projects: [explained(6_000_000), record()] },
    { name: 'a project on one sheet only', projects: [record()] },
    { name: 'different years are different projects', projects: [explained(5_000_000, 2023), record()] },
    { name: 'a name twice on one sheet is not matched', projects: [explained(5_000_000), explained(6_000_000), record()] },
  ],
  invalid: [
    {
      name: 'the two sheets disagree: at the 绩效目标表 cell, naming the other',
      projects: [explained(5_000_000), record()],
      findings: [
        {
          cell: 'D7',
          difference: 1_000_000,
          message: '项目“档案数字化”在绩效目标表中的当年预算 60,000 元与工作表“项目经费情况说明”D7的 50,000 元不一致，相差 10,000 元',
        },
      ],
    },
  ],
});
