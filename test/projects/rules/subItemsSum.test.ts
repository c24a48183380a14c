import type { ProjectRecord } from '../../../src/domain/projects/projectRecord';
import { subItemsSumRule } from '../../../src/domain/projects/rules/subItemsSum';
import { projectRuleTester, record } from './projectRuleTester';

const withFormula = (r: ProjectRecord, budgetFormula: string): ProjectRecord =>
  r.cells ? { ...r, cells: { ...r.cells, budgetFormula } } : r;

projectRuleTester(subItemsSumRule, 'error', {
  valid: [
    { name: '当年预算 equals the sub-items', projects: [record()] },
    { name: 'no sub-items: nothing to add up', projects: [record({ subItems: [], budget: 1_234_500 })] },
    { name: 'no 当年预算: another rule’s business', projects: [record({ budget: undefined })] },
    { name: 'a formula over every sub-item', projects: [withFormula(record(), 'SUM(D11:D12)')] },
  ],
  invalid: [
    {
      name: 'a typed 当年预算 that disagrees',
      projects: [record({ budget: 7_000_000 })],
      findings: [
        {
          cell: 'D7',
          difference: 1_000_000,
          message:
            '项目“档案数字化”当年预算 70,000 元与子项目金额合计 60,000 元不符，相差 10,000 元；当年预算是手填数，建议改为对子项目金额求和的公式',
        },
      ],
    },
    {
      name: 'a SUM that leaves out the last sub-item',
      projects: [withFormula(record({ budget: 4_000_000 }), 'SUM(D11:D11)')],
      findings: [{ cell: 'D7', difference: -2_000_000, message: /当年预算公式 SUM\(D11:D11\) 未包含第 12 行的子项目$/ }],
    },
    {
      name: 'a SUM that also takes a row outside the sub-items',
      projects: [withFormula(record({ budget: 7_000_000 }), 'SUM(D10:D12)')],
      findings: [{ cell: 'D7', message: /当年预算公式 SUM\(D10:D12\) 还加总了子项目以外的第 10 行$/ }],
    },
    {
      name: '万元 sheets show 万元',
      projects: [record({ budget: 7_000_000 }, { unit: '万元' })],
      findings: [{ cell: 'D7', message: /^项目“档案数字化”当年预算 7\.00 万元与子项目金额合计 6\.00 万元不符，相差 1\.00 万元/ }],
    },
  ],
});
