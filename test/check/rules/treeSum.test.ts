import { treeSum } from '../../../src/domain/check/rules/treeSum';
import { corpusSnapshots, FINANCE_BUREAU, PUTUO_OFFICE_UNIT, WANLI_2024, WANLI_2025 } from '../../corpus/support/corpus';
import { exp, formulaTable, set, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// tree-sum: each 类 = Σ 款, each 款 = Σ 项, in every column; a 类 that is right while one of its
// 款 is off (the 类 still equals the sum of the 项) is not reported a second time.

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
          sheet: SHEET,
          cell: 'G7',
          code: '20801',
          column: '项目支出',
          severity: 'error',
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
          cell: 'E7',
          difference: 100,
          message: /相差 1 元，未超过 2 项 × 每项尾差限额（共 2 元），属四舍五入形成的尾差/,
        },
      ],
    },
    {
      name: 'more than 1 元 per child is an error',
      sheets: exp((r) => set(r, '20805', 1, 52)),
      findings: [{ cell: 'F10', severity: 'error', difference: 200, message: /下级各项之和为 50 元，相差 2 元$/ }],
    },
    {
      name: 'tolerance is configurable (0 分: any difference is an error)',
      sheets: exp((r) => set(r, '20801', 0, 501)),
      ctx: { roundingFenPerChild: 0 },
      findings: [{ cell: 'E7', severity: 'error' }],
    },
    {
      name: 'a 款 typed over and its 类 raised to match: the 类 adds up, only the 款 is off',
      sheets: exp((r) => {
        set(r, '20801', 0, 560);
        set(r, '208', 0, 660);
      }),
      findings: [{ cell: 'E7', code: '20801', severity: 'error', difference: 6000 }],
    },
    {
      // 2025_普陀区万里街道办事处_部门预算.txt line 276: 212 01 城乡社区管理事务 94,995,790, its 项
      // (lines 278–283) add up to 94,995,789; 212 城乡社区支出 (154,369,326) equals the sum of the 项.
      name: 'corpus: 21201 printed 1 元 above its 项, 212 right — the 款 only, in each table',
      sheets: () => corpusSnapshots(WANLI_2025),
      findings: [
        { rule: 'rounding', sheet: '部门收入总表', cell: 'E58', code: '21201', column: '合计', difference: 100 },
        { rule: 'rounding', sheet: '部门收入总表', cell: 'F58', code: '21201', column: '财政拨款收入', difference: 100 },
        { rule: 'rounding', sheet: '部门支出总表', cell: 'E58', code: '21201', column: '合计', difference: 100 },
        { rule: 'rounding', sheet: '部门一般公共预算拨款表', cell: 'E67', code: '21201', column: '合计', difference: 100 },
      ],
    },
    {
      // 2025_上海市财政局_单位预算.txt line 270: 302 商品和服务支出 24,840,779; its 款 (lines 271–292) add up to 24,840,778.
      name: 'corpus: 302 printed 1 元 above its 款',
      sheets: () => corpusSnapshots(FINANCE_BUREAU),
      findings: [
        { rule: 'rounding', sheet: '单位一般公共预算拨款基本支出明细表', cell: 'D20', code: '302', column: '合计', difference: 100 },
        { rule: 'rounding', sheet: '单位一般公共预算拨款基本支出明细表', cell: 'F20', code: '302', column: '公用经费', difference: 100 },
      ],
    },
    {
      name: 'a parent typed over in a formula table',
      sheets: formulaTable({ typedOver: { cell: 'F7', value: 999 } }),
      findings: [{ cell: 'F7', code: '20801', message: /【基本支出】为 999 元，下级各项之和为 300 元/ }],
    },
  ],
});
