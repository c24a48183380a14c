import { economicVsGeneralPublic } from '../../../src/domain/check/rules/economicVsGeneralPublic';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { ECO, GP, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// economic-vs-general-public: the 基本支出经济分类预算表 合计 = the 一般公共预算 table's 基本支出 合计.

ruleTester(economicVsGeneralPublic, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    {
      name: 'without the 一般公共预算 table: nothing to compare',
      sheets: () => publishedSnapshots().then((s) => s.filter((x) => x.name !== GP)),
    },
  ],
  invalid: [
    {
      name: '经济分类 合计 ≠ 一般公共预算 基本支出 合计',
      sheets: published((s) => withCell(s, ECO, 'D46', 1090000000)),
      findings: [
        {
          sheet: ECO,
          cell: 'D46',
          severity: 'error',
          difference: -840200,
          column: '合计',
          message:
            '“8 基本支出经济分类预算表”合计【合计】为 1,090,000,000 元，应等于“5 一般公共预算支出功能分类”合计【基本支出】 1,090,008,402 元，相差 -8,402 元',
        },
      ],
    },
  ],
});
