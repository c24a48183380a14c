import { summaryBalance } from '../../../src/domain/check/rules/summaryBalance';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { FIS, FS, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// summary-balance: in the 财务收支预算总表 and the 财政拨款收支预算总表, 收入总计 = 支出总计.

ruleTester(summaryBalance, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    {
      name: 'a detail table alone has no summary to balance',
      sheets: () => publishedSnapshots().then((s) => s.filter((x) => /^3 /.test(x.name))),
    },
  ],
  invalid: [
    {
      name: '支出总计 changed',
      sheets: published((s) => withCell(s, FS, 'D12', 2535662800)),
      findings: [
        {
          sheet: FS,
          cell: 'B12',
          severity: 'error',
          difference: 5000,
          expected: 253_566_280_000,
          actual: 253_566_285_000,
          message: '“1 财务收支预算总表”收入总计 2,535,662,850 元 不等于支出总计 2,535,662,800 元，收支不平，相差 50 元',
        },
      ],
    },
    {
      name: '财政拨款收支预算总表: 收入总计 changed',
      sheets: published((s) => withCell(s, FIS, 'B9', 2502032950)),
      findings: [
        {
          sheet: FIS,
          cell: 'B9',
          severity: 'error',
          difference: 10000,
          message: '“4 财政拨款收支预算总表”收入总计 2,502,032,950 元 不等于支出总计 2,502,032,850 元，收支不平，相差 100 元',
        },
      ],
    },
  ],
});
