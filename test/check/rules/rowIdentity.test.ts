import { rowIdentity } from '../../../src/domain/check/rules/rowIdentity';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, formulaTable, set, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { tableSheet } from '../support/snapshots';

// row-identity: each row's 合计 is the sum of its parts (基本支出 + 项目支出; the four income columns;
// 人员经费 + 公用经费).

const INCOME = '部门收入预算总表';
const income = (other: number) => [
  tableSheet({
    kind: 'income',
    rows: [
      ['205', '教育支出', 100, 60, 10, 0, 30],
      ['20508', '进修及培训', 100, 60, 10, 0, 30],
      ['2050803', '培训支出', 100, 60, 10, 0, other],
    ],
  }),
];

ruleTester(rowIdentity, {
  valid: [
    { name: 'balanced', sheets: exp() },
    { name: 'formulas without saved results are computed', sheets: formulaTable() },
    { name: 'income table: 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入', sheets: income(30) },
  ],
  invalid: [
    {
      name: '合计 ≠ 基本支出 + 项目支出',
      sheets: exp((r) => set(r, '2080501', 0, 110)),
      findings: [
        {
          sheet: SHEET,
          cell: 'E11',
          code: '2080501',
          column: '合计',
          severity: 'error',
          difference: 1000,
          expected: 10000,
          actual: 11000,
          message: '“部门支出预算总表”2080501 行政单位离退休【合计】为 110 元，基本支出+项目支出为 100 元，相差 10 元',
        },
      ],
    },
    {
      name: 'income table: 合计 ≠ 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入',
      sheets: [
        tableSheet({
          kind: 'income',
          rows: [
            ['205', '教育支出', 100, 60, 10, 0, 20],
            ['20508', '进修及培训', 100, 60, 10, 0, 30],
            ['2050803', '培训支出', 100, 60, 10, 0, 30],
          ],
        }),
      ],
      findings: [
        {
          sheet: INCOME,
          cell: 'E6',
          code: '205',
          severity: 'error',
          difference: 1000,
          column: '合计',
          message: '“部门收入预算总表”205 教育支出【合计】为 100 元，财政拨款收入+事业收入+事业单位经营收入+其他收入为 90 元，相差 10 元',
        },
      ],
    },
    {
      name: 'income table: a 项 with its 其他收入 short',
      sheets: income(20),
      findings: [
        {
          sheet: INCOME,
          cell: 'E8',
          code: '2050803',
          column: '合计',
          severity: 'error',
          difference: 1000,
          message:
            '“部门收入预算总表”2050803 培训支出【合计】为 100 元，财政拨款收入+事业收入+事业单位经营收入+其他收入为 90 元，相差 10 元',
        },
      ],
    },
    {
      // The published tables carry their printed ±1 元: 尾差 提示, not errors.
      name: 'published 2024: the printed 1 元 differences are 尾差',
      sheets: () => publishedSnapshots(),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '3 支出预算总表',
          cell: 'E10',
          code: '20801',
          column: '合计',
          difference: -100,
          message:
            '“3 支出预算总表”20801 人力资源和社会保障管理事务【合计】为 1,537,524,259 元，基本支出+项目支出为 1,537,524,260 元，相差 -1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '5 一般公共预算支出功能分类',
          cell: 'E10',
          code: '20801',
          difference: -100,
          message:
            '“5 一般公共预算支出功能分类”20801 人力资源和社会保障管理事务【合计】为 1,503,894,259 元，基本支出+项目支出为 1,503,894,260 元，相差 -1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '8 基本支出经济分类预算表',
          cell: 'D46',
          difference: -100,
          message:
            '“8 基本支出经济分类预算表”合计【合计】为 1,090,008,402 元，人员经费+公用经费为 1,090,008,403 元，相差 -1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
      ],
    },
  ],
});
