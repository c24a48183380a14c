import { dateOrderRule } from '../../../src/domain/projects/rules/dateOrder';
import { projectRuleTester, record } from './projectRuleTester';

projectRuleTester(dateOrderRule, 'error', {
  valid: [
    { name: 'start before end', projects: [record()] },
    { name: 'a one-day project', projects: [record({ startDate: '2024-06-01', endDate: '2024-06-01' })] },
    { name: 'no end date', projects: [record({ endDate: undefined })] },
  ],
  invalid: [
    {
      name: 'dates reversed, at the start date',
      projects: [record({ startDate: '2024-12-31', endDate: '2024-01-01' })],
      findings: [{ cell: 'D4', message: '项目“档案数字化”的计划开始日期 2024-12-31 晚于计划完成日期 2024-01-01' }],
    },
  ],
});
