import { dateOutsideYearRule } from '../../../src/domain/projects/rules/dateOutsideYear';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(dateOutsideYearRule, 'warning', {
  valid: [
    { name: 'both dates in the budget year', projects: [record()] },
    { name: 'no year known anywhere', projects: [record({ startDate: '2019-01-01' }, { year: null })], ctx: { year: null } },
  ],
  invalid: [
    {
      name: 'a start in the previous year',
      projects: [record({ startDate: '2023-12-01' })],
      findings: [{ cell: 'D4', message: '项目“档案数字化”的计划开始日期 2023-12-01 不在预算年度 2024 年内' }],
    },
    {
      name: 'both dates outside, each at its cell',
      projects: [record({ startDate: '2025-01-01', endDate: '2025-12-31' })],
      findings: [
        { cell: 'D4', message: '项目“档案数字化”的计划开始日期 2025-01-01 不在预算年度 2024 年内' },
        { cell: 'D5', message: '项目“档案数字化”的计划完成日期 2025-12-31 不在预算年度 2024 年内' },
      ],
    },
    {
      name: 'the sheet’s own year wins over the budget year',
      projects: [record({ startDate: '2024-01-01', endDate: '2024-12-31' }, { year: 2020 })],
      ctx: { year: 2024 },
      findings: [
        { cell: 'D4', message: /不在预算年度 2020 年内$/ },
        { cell: 'D5', message: /不在预算年度 2020 年内$/ },
      ],
    },
  ],
});
