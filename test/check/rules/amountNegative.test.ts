import { amountNegative } from '../../../src/domain/check/rules/amountNegative';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, set, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// amount-negative: a budget figure is not negative.

ruleTester(amountNegative, {
  valid: [
    { name: 'no negative figures', sheets: exp() },
    { name: 'zero is not negative', sheets: exp((r) => set(r, '2080102', 1, 0)) },
    { name: 'published 2024', sheets: () => publishedSnapshots() },
  ],
  invalid: [
    {
      name: 'a negative 项 (also as "(100)" text)',
      sheets: exp((r) => {
        set(r, '2080501', 1, -50);
        set(r, '2080101', 1, '(300)');
      }),
      findings: [
        {
          sheet: SHEET,
          cell: 'F8',
          code: '2080101',
          column: '基本支出',
          severity: 'warning',
          actual: -30000,
          message: '2080101 行政运行【基本支出】为负数 -300 元，预算数不应为负',
        },
        {
          sheet: SHEET,
          cell: 'F11',
          code: '2080501',
          column: '基本支出',
          severity: 'warning',
          actual: -5000,
          message: '2080501 行政单位离退休【基本支出】为负数 -50 元，预算数不应为负',
        },
      ],
    },
  ],
});
