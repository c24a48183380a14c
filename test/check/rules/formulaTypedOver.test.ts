import { formulaTypedOver } from '../../../src/domain/check/rules/formulaTypedOver';
import { exp, formulaTable, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// formula-typed-over: in a table summed by formulas, a parent or 合计 cell holds a typed number.

ruleTester(formulaTypedOver, {
  valid: [
    { name: 'all totals are formulas', sheets: formulaTable() },
    { name: 'a table of typed numbers (export, published figures) is not flagged', sheets: exp() },
  ],
  invalid: [
    {
      name: 'one parent typed over',
      sheets: formulaTable({ typedOver: { cell: 'F7', value: 300 } }),
      findings: [
        {
          sheet: SHEET,
          cell: 'F7',
          code: '20801',
          column: '基本支出',
          severity: 'warning',
          actual: 30000,
          message:
            '“部门支出预算总表”20801 人力资源和社会保障管理事务【基本支出】是手工填入的数值 300 元，不是公式；同表其他上级科目和合计都是公式，手工数不会随明细变化，建议恢复公式 =SUM(F8:F9)',
        },
      ],
    },
    {
      name: 'the 合计 row typed over',
      sheets: formulaTable({ typedOver: { cell: 'E12', value: 500 } }),
      findings: [
        {
          sheet: SHEET,
          cell: 'E12',
          column: '合计',
          severity: 'warning',
          actual: 50000,
          message:
            '“部门支出预算总表”合计【合计】是手工填入的数值 500 元，不是公式；同表其他上级科目和合计都是公式，手工数不会随明细变化，建议恢复公式 =SUM(E6)',
        },
      ],
    },
    {
      name: 'a line item’s 合计 typed over where the other 合计 are their parts’ sum',
      sheets: formulaTable({ typedOver: { cell: 'E8', value: 300 } }),
      findings: [
        {
          sheet: SHEET,
          cell: 'E8',
          code: '2080101',
          column: '合计',
          severity: 'warning',
          actual: 30000,
          message:
            '“部门支出预算总表”2080101 行政运行【合计】是手工填入的数值 300 元，不是公式；同表其他各行合计都是公式，手工数不会随明细变化，建议恢复公式 =SUM(F8:G8)',
        },
      ],
    },
  ],
});
