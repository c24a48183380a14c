import { codeDuplicate } from '../../../src/domain/check/rules/codeDuplicate';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// code-duplicate: a code appears once in a table.

ruleTester(codeDuplicate, {
  valid: [
    { name: 'unique codes', sheets: exp() },
    { name: 'published 2024 (the same code in different tables)', sheets: () => publishedSnapshots() },
  ],
  invalid: [
    {
      name: 'a 项 twice',
      sheets: exp((r) => r.splice(4, 0, ['2080102', '一般行政管理事务', 0, null, null])),
      findings: [
        {
          sheet: SHEET,
          cell: 'A10',
          code: '2080102',
          severity: 'error',
          message: '科目 2080102（一般行政管理事务）重复出现，第 9 行已有该科目',
        },
      ],
    },
  ],
});
