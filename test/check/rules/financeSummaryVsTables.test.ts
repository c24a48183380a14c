import { financeSummaryVsTables } from '../../../src/domain/check/rules/financeSummaryVsTables';
import { ALL_CORPUS, corpusSnapshots, corpusWith, PUTUO_OFFICE_UNIT, WANLI_2024 } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { FS, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// finance-summary-vs-tables: 财务收支预算总表 against the detail tables; 类 lines matched by code when
// they print one, else by name; the 单位 layout's 基本支出 and 项目支出 columns too.

const WL_FS = '部门收支总表';
const UNIT_FS = '单位收支总表';

ruleTester(financeSummaryVsTables, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    ...ALL_CORPUS.map((n) => ({ name: `corpus: ${n}`, sheets: () => corpusSnapshots(n) })),
    { name: 'income sub-lines all left blank are not compared', sheets: corpusWith(WANLI_2024, WL_FS, 'B9', null) },
    { name: 'a 类 line with its code, matched by code', sheets: corpusWith(WANLI_2024, WL_FS, 'C8', '201 一般公共服务支出') },
  ],
  invalid: [
    {
      name: 'a line’s code wins over its name (never matched by position)',
      sheets: corpusWith(WANLI_2024, WL_FS, 'C8', '204 一般公共服务支出'),
      findings: [
        {
          sheet: WL_FS,
          cell: 'D8',
          code: undefined,
          message: /204 一般公共服务支出【预算数】为 2,932,700 元，与“部门支出总表”204 公共安全支出【合计】 1,633,000 元 不一致/,
        },
        { sheet: '部门支出总表', cell: 'E9', code: '201', message: /“部门收支总表”（未列出）一般公共服务支出为 0 元/ },
      ],
    },
    {
      name: '单位 layout: 项目支出 of a 类 line ≠ 支出预算总表',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, UNIT_FS, 'G10', 66400000),
      findings: [
        {
          sheet: UNIT_FS,
          cell: 'G10',
          column: '项目支出',
          difference: -1000000,
          message:
            /一、一般公共服务支出【项目支出】为 66,400,000 元，与“单位支出总表”201 一般公共服务支出【项目支出】 66,410,000 元 不一致/,
        },
      ],
    },
    {
      name: '单位 layout: 人员经费 + 公用经费 of a 类 line ≠ 基本支出',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, UNIT_FS, 'F11', 265000),
      findings: [
        { sheet: UNIT_FS, cell: 'E11', column: '人员经费', difference: -38000, message: /【人员经费\+公用经费】为 4,213,399.28 元/ },
      ],
    },
    {
      name: '四、其他收入 ≠ 收入预算总表 其他收入 合计',
      sheets: published((s) => withCell(s, FS, 'B11', 33600000)),
      findings: [
        {
          sheet: FS,
          cell: 'B11',
          difference: -3000000,
          message: /四、其他收入为 33,600,000 元，与“2 收入预算总表”合计【其他收入】 33,630,000 元 不一致/,
        },
      ],
    },
    {
      name: 'a 类 line ≠ 支出预算总表',
      sheets: published((s) => withCell(s, FS, 'D7', 48347000)),
      findings: [
        {
          sheet: FS,
          cell: 'D7',
          column: '预算数',
          message: /三、卫生健康支出【预算数】为 48,347,000 元，与“3 支出预算总表”210 卫生健康支出【合计】 48,347,394 元 不一致/,
        },
      ],
    },
  ],
});
