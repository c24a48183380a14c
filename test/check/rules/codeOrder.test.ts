import { codeOrder } from '../../../src/domain/check/rules/codeOrder';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// code-order: rows in code order, each parent before its children.

ruleTester(codeOrder, {
  valid: [
    { name: 'code order', sheets: exp() },
    { name: 'published 2024', sheets: () => publishedSnapshots() },
  ],
  invalid: [
    {
      name: '221 before 208',
      sheets: exp((r) => r.unshift(...r.splice(6, 3))),
      findings: [
        {
          sheet: SHEET,
          cell: 'A9',
          code: '208',
          severity: 'warning',
          message: '科目 208（社会保障和就业支出）排在第 8 行的 2210201 之后，未按科目编码顺序排列',
        },
      ],
    },
    {
      name: 'two 项 of one 款 swapped',
      sheets: exp((r) => r.splice(2, 2, r[3]!, r[2]!)),
      findings: [
        {
          sheet: SHEET,
          cell: 'A9',
          code: '2080101',
          severity: 'warning',
          message: '科目 2080101（行政运行）排在第 8 行的 2080102 之后，未按科目编码顺序排列',
        },
      ],
    },
  ],
});
