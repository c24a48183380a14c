import { totalSum } from '../../../src/domain/check/rules/totalSum';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, formulaTable, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// total-sum: the 合计 row of a classified table is the sum of its 类 rows, in every amount column.

const ECO = '8 基本支出经济分类预算表';

ruleTester(totalSum, {
  valid: [
    { name: 'balanced', sheets: exp() },
    { name: 'one code column', sheets: exp(() => {}, { codes: 'single' }) },
    { name: 'formulas without saved results are computed', sheets: formulaTable() },
    { name: 'published 2024 figures, 合计 rows', sheets: () => publishedSnapshots().then((s) => s.filter((x) => !/^8 /.test(x.name))) },
  ],
  invalid: [
    {
      name: '合计 ≠ Σ 类',
      sheets: exp((_r, t) => (t[2] = 260)),
      findings: [
        {
          sheet: SHEET,
          cell: 'G15',
          column: '项目支出',
          severity: 'error',
          difference: 1000,
          expected: 25000,
          actual: 26000,
          message: '“部门支出预算总表”合计【项目支出】为 260 元，各类之和为 250 元，相差 10 元',
        },
      ],
    },
    {
      name: '合计 of every column off',
      sheets: exp((_r, t) => {
        t[0] = 690;
        t[1] = 420;
      }),
      findings: [
        {
          sheet: SHEET,
          cell: 'E15',
          column: '合计',
          severity: 'error',
          difference: 1000,
          message: '“部门支出预算总表”合计【合计】为 690 元，各类之和为 680 元，相差 10 元',
        },
        {
          sheet: SHEET,
          cell: 'F15',
          column: '基本支出',
          severity: 'error',
          difference: -1000,
          message: '“部门支出预算总表”合计【基本支出】为 420 元，各类之和为 430 元，相差 -10 元',
        },
      ],
    },
    {
      name: 'economic table 合计 in the published budget: 1 元 rounding',
      sheets: () => publishedSnapshots(),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: ECO,
          cell: 'D46',
          difference: -100,
          column: '合计',
          message:
            '“8 基本支出经济分类预算表”合计【合计】为 1,090,008,402 元，各类之和为 1,090,008,403 元，相差 -1 元，未超过 4 项 × 每项尾差限额（共 4 元），属四舍五入形成的尾差',
        },
      ],
    },
  ],
});
