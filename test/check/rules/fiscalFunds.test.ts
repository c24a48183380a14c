import { fiscalFunds } from '../../../src/domain/check/rules/fiscalFunds';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { GP, INC, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// fiscal-funds: 收入预算总表 财政拨款收入, row by row, = 一般公共预算 + 政府性基金 + 国有资本经营预算 合计.

ruleTester(fiscalFunds, {
  valid: [{ name: 'published 2024', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '一般公共预算 row differs from 收入预算总表 财政拨款收入',
      sheets: published((s) => withCell(s, GP, 'E13', 177450000)),
      findings: [
        {
          sheet: INC,
          cell: 'F13',
          code: '2080104',
          column: '财政拨款收入',
          severity: 'error',
          difference: 41200,
          expected: 17_745_000_000,
          actual: 17_745_041_200,
          message:
            '“2 收入预算总表”2080104 综合业务管理【财政拨款收入】为 177,450,412 元，应等于“5 一般公共预算支出功能分类”2080104【合计】+“6 政府性基金预算支出功能分类”2080104【合计】+“7 国有资本经营预算支出功能分类”2080104【合计】之和 177,450,000 元，相差 412 元（“6 政府性基金预算支出功能分类”、“7 国有资本经营预算支出功能分类”没有该科目行）',
        },
      ],
    },
  ],
});
