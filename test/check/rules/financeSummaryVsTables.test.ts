import type { SheetSnapshot } from '../../../src/domain/port/workbookPort';
import { financeSummaryVsTables } from '../../../src/domain/check/rules/financeSummaryVsTables';
import { ALL_CORPUS, corpusSnapshots, corpusWith, FINANCE_BUREAU, PUTUO_OFFICE_UNIT, WANLI_2024 } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { FS, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { inWanRounded, withCell } from '../support/snapshots';

// finance-summary-vs-tables: 财务收支预算总表 against the detail tables; 类 lines matched by code when
// they print one, else by name; the 单位 layout's 基本支出 and 项目支出 columns too.

/** The whole publication printed in 万元 to 2 decimals, optionally with one cell changed. */
const wanRounded = (name: string, edit?: { sheet: string; cell: string; value: number }) => async (): Promise<SheetSnapshot[]> => {
  const s = await corpusSnapshots(name);
  const w = inWanRounded(
    s,
    s.map((x) => x.name),
  );
  return edit ? withCell(w, edit.sheet, edit.cell, edit.value) : w;
};

const WL_FS = '部门收支总表';
const UNIT_FS = '单位收支总表';

ruleTester(financeSummaryVsTables, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    ...ALL_CORPUS.map((n) => ({ name: `corpus: ${n}`, sheets: () => corpusSnapshots(n) })),
    { name: 'income sub-lines all left blank are not compared', sheets: corpusWith(WANLI_2024, WL_FS, 'B9', null) },
    { name: 'a 类 line with its code, matched by code', sheets: corpusWith(WANLI_2024, WL_FS, 'C8', '201 一般公共服务支出') },
    { name: '单位 layout in 万元 to 2 decimals, sums that round alike', sheets: wanRounded(PUTUO_OFFICE_UNIT) },
  ],
  invalid: [
    {
      // 人员经费 + 公用经费, each rounded, need not add up to the rounded 基本支出: a 尾差, not an error.
      name: '单位 layout in 万元 to 2 decimals: 人员经费 + 公用经费 0.01 万元 off 基本支出 is a 尾差',
      sheets: wanRounded(FINANCE_BUREAU),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: UNIT_FS,
          cell: 'E10',
          code: '201',
          column: '人员经费',
          difference: 10000,
          message:
            '“单位收支总表”一、一般公共服务支出【人员经费+公用经费】为 8,486.18 万元，“单位支出总表”201 一般公共服务支出【基本支出】为 8,486.17 万元，相差 0.01 万元，未超过 2 项 × 每项尾差限额（共 0.02 万元），属四舍五入形成的尾差',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: UNIT_FS,
          cell: 'E17',
          column: '人员经费',
          difference: 10000,
          message:
            '“单位收支总表”支出总计【人员经费+公用经费】为 12,764.21 万元，“单位支出总表”合计【基本支出】为 12,764.20 万元，相差 0.01 万元，未超过 2 项 × 每项尾差限额（共 0.02 万元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      name: '单位 layout in 万元 to 2 decimals: 0.03 万元 off is more than the rounding',
      // 人员经费 6,033.03 → 6,033.05 万元: 8,486.20 against 8,486.17, beyond 2 figures × 0.01 万元.
      sheets: wanRounded(FINANCE_BUREAU, { sheet: UNIT_FS, cell: 'E10', value: 6033.05 }),
      findings: [
        {
          severity: 'error',
          sheet: UNIT_FS,
          cell: 'E10',
          code: '201',
          column: '人员经费',
          difference: 30000,
          message:
            '“单位收支总表”一、一般公共服务支出【人员经费+公用经费】为 8,486.20 万元，与“单位支出总表”201 一般公共服务支出【基本支出】 8,486.17 万元 不一致，相差 0.03 万元',
        },
        {
          rule: 'rounding',
          severity: 'info',
          sheet: UNIT_FS,
          cell: 'E17',
          column: '人员经费',
          difference: 10000,
          message:
            '“单位收支总表”支出总计【人员经费+公用经费】为 12,764.21 万元，“单位支出总表”合计【基本支出】为 12,764.20 万元，相差 0.01 万元，未超过 2 项 × 每项尾差限额（共 0.02 万元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      name: 'a line’s code wins over its name (never matched by position)',
      sheets: corpusWith(WANLI_2024, WL_FS, 'C8', '204 一般公共服务支出'),
      findings: [
        {
          severity: 'error',
          sheet: WL_FS,
          cell: 'D8',
          code: undefined,
          column: '预算数',
          difference: 129970000,
          message:
            '“部门收支总表”204 一般公共服务支出【预算数】为 2,932,700 元，与“部门支出总表”204 公共安全支出【合计】 1,633,000 元 不一致，相差 1,299,700 元',
        },
        {
          severity: 'error',
          sheet: '部门支出总表',
          cell: 'E9',
          code: '201',
          column: '合计',
          difference: -293270000,
          message:
            '“部门收支总表”（未列出）一般公共服务支出为 0 元，与“部门支出总表”201 一般公共服务支出【合计】 2,932,700 元 不一致，相差 -2,932,700 元',
        },
      ],
    },
    {
      name: '单位 layout: 项目支出 of a 类 line ≠ 支出预算总表',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, UNIT_FS, 'G10', 66400000),
      findings: [
        {
          severity: 'error',
          sheet: UNIT_FS,
          cell: 'G10',
          column: '项目支出',
          difference: -1000000,
          message:
            '“单位收支总表”一、一般公共服务支出【项目支出】为 66,400,000 元，与“单位支出总表”201 一般公共服务支出【项目支出】 66,410,000 元 不一致，相差 -10,000 元',
        },
      ],
    },
    {
      name: '单位 layout: 人员经费 + 公用经费 of a 类 line ≠ 基本支出',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, UNIT_FS, 'F11', 265000),
      findings: [
        {
          severity: 'error',
          sheet: UNIT_FS,
          cell: 'E11',
          code: '208',
          column: '人员经费',
          difference: -38000,
          message:
            '“单位收支总表”二、社会保障和就业支出【人员经费+公用经费】为 4,213,399.28 元，与“单位支出总表”208 社会保障和就业支出【基本支出】 4,213,779.28 元 不一致，相差 -380 元',
        },
      ],
    },
    {
      name: '四、其他收入 ≠ 收入预算总表 其他收入 合计',
      sheets: published((s) => withCell(s, FS, 'B11', 33600000)),
      findings: [
        {
          severity: 'error',
          sheet: FS,
          cell: 'B11',
          difference: -3000000,
          message:
            '“1 财务收支预算总表”四、其他收入为 33,600,000 元，与“2 收入预算总表”合计【其他收入】 33,630,000 元 不一致，相差 -30,000 元',
        },
      ],
    },
    {
      name: 'a 类 line ≠ 支出预算总表',
      sheets: published((s) => withCell(s, FS, 'D7', 48347000)),
      findings: [
        {
          severity: 'error',
          sheet: FS,
          cell: 'D7',
          column: '预算数',
          difference: -39400,
          message:
            '“1 财务收支预算总表”三、卫生健康支出【预算数】为 48,347,000 元，与“3 支出预算总表”210 卫生健康支出【合计】 48,347,394 元 不一致，相差 -394 元',
        },
      ],
    },
  ],
});
