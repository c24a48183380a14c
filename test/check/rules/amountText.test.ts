import { amountText } from '../../../src/domain/check/rules/amountText';
import { exp, formulaTable, set, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// amount-text: in a table summed by formulas an amount is not stored as text (SUM skips it).

ruleTester(amountText, {
  valid: [
    { name: 'text amounts in a table of typed numbers are read as numbers', sheets: exp((r) => set(r, '2080101', 0, '300')) },
    { name: 'a formula table of numbers', sheets: formulaTable() },
  ],
  invalid: [
    {
      name: 'a text amount in a formula table',
      sheets: formulaTable({ textAmount: true }),
      findings: [
        {
          sheet: SHEET,
          cell: 'G11',
          code: '2080501',
          severity: 'warning',
          column: '项目支出',
          actual: 5000,
          message: '2080501 行政单位离退休【项目支出】的金额 50 元 以文本形式存放，本表的求和公式会忽略它；请改为数值',
        },
      ],
    },
  ],
});
