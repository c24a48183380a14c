import { expenditureCoversFunds } from '../../../src/domain/check/rules/expenditureCoversFunds';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { EXP, GP, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// expenditure-covers-funds: 支出预算总表 基本支出 and 项目支出, row by row, are not below the sum of the
// 财政拨款 tables (the 非财政拨款 part cannot be negative).

ruleTester(expenditureCoversFunds, {
  valid: [
    { name: 'published 2024 (非财政拨款 其他收入 in 2080104)', sheets: () => publishedSnapshots() },
    { name: '一般公共预算 below 支出预算总表 (the rest is 非财政拨款)', sheets: published((s) => withCell(s, GP, 'G12', 116635100)) },
  ],
  invalid: [
    {
      name: '一般公共预算 项目支出 above 支出预算总表',
      sheets: published((s) => withCell(s, GP, 'G12', 116635300)),
      findings: [
        {
          sheet: EXP,
          cell: 'G12',
          code: '2080102',
          column: '项目支出',
          severity: 'error',
          difference: -9900,
          message:
            '“3 支出预算总表”2080102 一般行政管理事务【项目支出】为 116,635,201 元，小于“5 一般公共预算支出功能分类”2080102【项目支出】+“6 政府性基金预算支出功能分类”2080102【项目支出】+“7 国有资本经营预算支出功能分类”2080102【项目支出】之和 116,635,300 元（少 99 元）；支出预算总表包含全部资金来源，不应小于其中的财政拨款部分（“6 政府性基金预算支出功能分类”、“7 国有资本经营预算支出功能分类”没有该科目行）',
        },
      ],
    },
  ],
});
