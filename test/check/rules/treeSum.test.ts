import { treeSum } from '../../../src/domain/check/rules/treeSum';
import { corpusSnapshots, FINANCE_BUREAU, PUTUO_OFFICE_UNIT, WANLI_2024, WANLI_2025 } from '../../corpus/support/corpus';
import type { SheetSnapshot } from '../../../src/domain/port/workbookPort';
import { exp, formulaTable, ROWS, set, SHEET, TOTAL } from '../support/ruleFixtures';
import { tableSheet } from '../support/snapshots';
import { ruleTester } from '../support/ruleTester';

// tree-sum: each 类 = Σ 款, each 款 = Σ 项, in every column; a 类 that is right while one of its
// 款 is off (the 类 still equals the sum of the 项) is not reported a second time.

/** The expenditure table and the 一般公共预算 table one under another on one sheet (rows 1–15, 18–32), both edited. */
function stacked(edit: Parameters<typeof exp>[0]): SheetSnapshot[] {
  const a = exp(edit)[0]!;
  const rows = ROWS.map((r) => [...r] as unknown as (typeof ROWS)[number]);
  edit?.(rows, [...TOTAL]);
  const b = tableSheet({ kind: 'generalPublic', rows, total: TOTAL });
  return [{ ...a, name: 'Sheet1', values: [...a.values, [], [], ...b.values], formulas: [...a.formulas, [], [], ...b.formulas] }];
}

ruleTester(treeSum, {
  valid: [
    { name: 'balanced table', sheets: exp() },
    { name: `corpus: ${WANLI_2024}`, sheets: () => corpusSnapshots(WANLI_2024) },
    { name: `corpus: ${PUTUO_OFFICE_UNIT} (元 with cents, blank cells)`, sheets: () => corpusSnapshots(PUTUO_OFFICE_UNIT) },
    { name: 'one code column', sheets: exp(() => {}, { codes: 'single' }) },
    { name: 'formulas without saved results are computed', sheets: formulaTable() },
    { name: 'blanks count as 0 (项目支出 of 2080101 blank)', sheets: exp((r) => set(r, '2080101', 2, '')) },
  ],
  invalid: [
    {
      name: 'a 项 changed: its 款 and 类 no longer add up',
      sheets: exp((r) => set(r, '2080102', 2, 260)),
      // Typed numbers: only the 款 right above is off; its 类 still adds up its 款.
      findings: [
        {
          severity: 'error',
          sheet: SHEET,
          cell: 'G7',
          code: '20801',
          column: '项目支出',
          difference: -6000,
          message: '“部门支出预算总表”20801 人力资源和社会保障管理事务【项目支出】为 200 元，下级各项之和为 260 元，相差 -60 元',
        },
      ],
    },
    {
      // The 类 208 still equals the sum of the 项 under 20801: only the 款 typed 501 is reported.
      name: '1 元 per child is a rounding difference (尾差), reported as info',
      sheets: exp((r) => set(r, '20801', 0, 501)),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: SHEET,
          cell: 'E7',
          code: '20801',
          column: '合计',
          difference: 100,
          message:
            '“部门支出预算总表”20801 人力资源和社会保障管理事务【合计】为 501 元，下级各项之和为 500 元，相差 1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      name: 'more than 1 元 per child is an error',
      sheets: exp((r) => set(r, '20805', 1, 52)),
      findings: [
        {
          severity: 'error',
          sheet: SHEET,
          cell: 'F10',
          code: '20805',
          column: '基本支出',
          difference: 200,
          message: '“部门支出预算总表”20805 行政事业单位养老支出【基本支出】为 52 元，下级各项之和为 50 元，相差 2 元',
        },
      ],
    },
    {
      name: 'tolerance is configurable (0 分: any difference is an error)',
      sheets: exp((r) => set(r, '20801', 0, 501)),
      ctx: { roundingFenPerChild: 0 },
      findings: [
        {
          severity: 'error',
          sheet: SHEET,
          cell: 'E7',
          code: '20801',
          column: '合计',
          difference: 100,
          message: '“部门支出预算总表”20801 人力资源和社会保障管理事务【合计】为 501 元，下级各项之和为 500 元，相差 1 元',
        },
      ],
    },
    {
      name: 'a 款 typed over and its 类 raised to match: the 类 adds up, only the 款 is off',
      sheets: exp((r) => {
        set(r, '20801', 0, 560);
        set(r, '208', 0, 660);
      }),
      findings: [
        {
          severity: 'error',
          sheet: SHEET,
          cell: 'E7',
          code: '20801',
          column: '合计',
          difference: 6000,
          message: '“部门支出预算总表”20801 人力资源和社会保障管理事务【合计】为 560 元，下级各项之和为 500 元，相差 60 元',
        },
      ],
    },
    {
      // The 类 right in each table is matched with its own table's 款, not with the other table's.
      name: 'two tables on one sheet, a 款 1 元 above its 项 in each: the 款 only, twice',
      sheets: stacked((r) => set(r, '20801', 0, 501)),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: 'Sheet1',
          cell: 'E7',
          code: '20801',
          column: '合计',
          difference: 100,
          message:
            '“Sheet1”20801 人力资源和社会保障管理事务【合计】为 501 元，下级各项之和为 500 元，相差 1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: 'Sheet1',
          cell: 'E24',
          code: '20801',
          column: '合计',
          difference: 100,
          message:
            '“Sheet1”20801 人力资源和社会保障管理事务【合计】为 501 元，下级各项之和为 500 元，相差 1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      // 2025_普陀区万里街道办事处_部门预算.txt line 276: 212 01 城乡社区管理事务 94,995,790, its 项
      // (lines 278–283) add up to 94,995,789; 212 城乡社区支出 (154,369,326) equals the sum of the 项.
      name: 'corpus: 21201 printed 1 元 above its 项, 212 right — the 款 only, in each table',
      sheets: () => corpusSnapshots(WANLI_2025),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '部门收入总表',
          cell: 'E58',
          code: '21201',
          column: '合计',
          difference: 100,
          message:
            '“部门收入总表”21201 城乡社区管理事务【合计】为 94,995,790 元，下级各项之和为 94,995,789 元，相差 1 元，未超过 4 项 × 每项尾差限额（共 4 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '部门收入总表',
          cell: 'F58',
          code: '21201',
          column: '财政拨款收入',
          difference: 100,
          message:
            '“部门收入总表”21201 城乡社区管理事务【财政拨款收入】为 94,995,790 元，下级各项之和为 94,995,789 元，相差 1 元，未超过 4 项 × 每项尾差限额（共 4 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '部门支出总表',
          cell: 'E58',
          code: '21201',
          column: '合计',
          difference: 100,
          message:
            '“部门支出总表”21201 城乡社区管理事务【合计】为 94,995,790 元，下级各项之和为 94,995,789 元，相差 1 元，未超过 4 项 × 每项尾差限额（共 4 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '部门一般公共预算拨款表',
          cell: 'E67',
          code: '21201',
          column: '合计',
          difference: 100,
          message:
            '“部门一般公共预算拨款表”21201 城乡社区管理事务【合计】为 94,995,790 元，下级各项之和为 94,995,789 元，相差 1 元，未超过 4 项 × 每项尾差限额（共 4 元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      // 2025_上海市财政局_单位预算.txt line 270: 302 商品和服务支出 24,840,779; its 款 (lines 271–292) add up to 24,840,778.
      name: 'corpus: 302 printed 1 元 above its 款',
      sheets: () => corpusSnapshots(FINANCE_BUREAU),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '单位一般公共预算拨款基本支出明细表',
          cell: 'D20',
          code: '302',
          column: '合计',
          difference: 100,
          message:
            '“单位一般公共预算拨款基本支出明细表”302 商品和服务支出【合计】为 24,840,779 元，下级各款之和为 24,840,778 元，相差 1 元，未超过 18 项 × 每项尾差限额（共 18 元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '单位一般公共预算拨款基本支出明细表',
          cell: 'F20',
          code: '302',
          column: '公用经费',
          difference: 100,
          message:
            '“单位一般公共预算拨款基本支出明细表”302 商品和服务支出【公用经费】为 24,840,779 元，下级各款之和为 24,840,778 元，相差 1 元，未超过 18 项 × 每项尾差限额（共 18 元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      name: 'a parent typed over in a formula table',
      sheets: formulaTable({ typedOver: { cell: 'F7', value: 999 } }),
      findings: [
        {
          severity: 'error',
          sheet: SHEET,
          cell: 'F7',
          code: '20801',
          column: '基本支出',
          difference: 69900,
          message: '“部门支出预算总表”20801 人力资源和社会保障管理事务【基本支出】为 999 元，下级各项之和为 300 元，相差 699 元',
        },
      ],
    },
  ],
});
