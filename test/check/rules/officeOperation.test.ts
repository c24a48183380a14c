import { officeOperation } from '../../../src/domain/check/rules/officeOperation';
import { corpusSnapshots, corpusWith, FINANCE_BUREAU, PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { published, SG } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// office-operation: 机关运行经费 (三公 table, 万元) ≤ 公用经费 合计 (economic table, 元), allowing for
// the 万元 figure being printed rounded to 2 decimals.

ruleTester(officeOperation, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    // 213.28 万元 printed for 2,132,777.54 元 of 公用经费 (2025_普陀区人民政府办公室_部门预算.txt lines 371 and 357).
    { name: 'corpus: 万元 to 2 decimals, rounded up from the 元 figure', sheets: () => corpusSnapshots(PUTUO_OFFICE_DEPT) },
    { name: 'corpus: 2,517.78 万元 for 25,177,779 元', sheets: () => corpusSnapshots(FINANCE_BUREAU) },
  ],
  invalid: [
    {
      name: 'corpus: 0.01 万元 more than the rounding allows',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, '单位“三公”经费和机关运行费预算表', 'G7', 213.29),
      findings: [
        {
          sheet: '单位“三公”经费和机关运行费预算表',
          cell: 'G7',
          severity: 'warning',
          message:
            /机关运行经费 213.29 万元 大于“单位一般公共预算拨款基本支出明细表”合计【公用经费】 213.277754 万元（超出 0.012246 万元）/,
        },
      ],
    },
    {
      name: '机关运行经费 above 公用经费',
      sheets: published((s) => withCell(s, SG, 'G6', 20000)),
      findings: [
        {
          sheet: SG,
          cell: 'G6',
          severity: 'warning',
          message: /机关运行经费 20,000.00 万元 大于“8 基本支出经济分类预算表”合计【公用经费】 19,700.9271 万元/,
        },
      ],
    },
  ],
});
