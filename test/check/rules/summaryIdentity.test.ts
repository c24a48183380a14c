import { summaryIdentity } from '../../../src/domain/check/rules/summaryIdentity';
import { ALL_CORPUS, corpusSnapshots, corpusWith, PUTUO_OFFICE_UNIT, WANLI_2024 } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { FIS, FS, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// summary-identity: sums within the two summary tables, including the 单位 layout's 合计 =
// 人员经费 + 公用经费 + 项目支出; income sub-lines all left blank are not compared.

const WL_FS = '部门收支总表';
const UNIT_FS = '单位收支总表';

ruleTester(summaryIdentity, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    ...ALL_CORPUS.map((n) => ({ name: `corpus: ${n}`, sheets: () => corpusSnapshots(n) })),
    // Only the parent line carries the figure: not a sum error (summary-breakdown-blank says so, as a 提示).
    { name: 'income sub-lines all left blank', sheets: corpusWith(WANLI_2024, WL_FS, 'B9', null) },
  ],
  invalid: [
    {
      name: 'one income sub-line filled with the wrong figure, the others blank',
      sheets: corpusWith(WANLI_2024, WL_FS, 'B9', 156211000),
      findings: [
        {
          severity: 'error',
          sheet: WL_FS,
          cell: 'B8',
          difference: 12300,
          message:
            '“部门收支总表”一、财政拨款收入为 156,211,123 元，其下各项（一般公共预算资金、政府性基金、国有资本经营预算）之和为 156,211,000 元，相差 123 元',
        },
      ],
    },
    {
      name: '单位 layout: a line’s 合计 ≠ 人员经费 + 公用经费 + 项目支出',
      sheets: corpusWith(PUTUO_OFFICE_UNIT, UNIT_FS, 'E11', 3948000),
      findings: [
        {
          severity: 'error',
          sheet: UNIT_FS,
          cell: 'D11',
          column: '合计',
          difference: 39928,
          message:
            '“单位收支总表”二、社会保障和就业支出【合计】为 4,213,779.28 元，人员经费+公用经费+项目支出为 4,213,380 元，相差 399.28 元',
        },
        {
          severity: 'error',
          sheet: UNIT_FS,
          cell: 'E17',
          column: '人员经费',
          difference: 39928,
          message: '“单位收支总表”支出总计【人员经费】为 22,473,997.81 元，各支出项之和为 22,473,598.53 元，相差 399.28 元',
        },
      ],
    },
    {
      name: '一、财政拨款收入 ≠ 1、+ 2、+ 3、',
      sheets: published((s) => withCell(s, FS, 'B5', 2502032950)),
      findings: [
        {
          severity: 'error',
          sheet: FS,
          cell: 'B5',
          difference: 10000,
          message:
            '“1 财务收支预算总表”一、财政拨款收入为 2,502,032,950 元，其下各项（一般公共预算资金、政府性基金、国有资本经营预算）之和为 2,502,032,850 元，相差 100 元',
        },
        {
          severity: 'error',
          sheet: FS,
          cell: 'B12',
          difference: -10000,
          message:
            '“1 财务收支预算总表”收入总计为 2,535,662,850 元，各收入项（财政拨款收入、事业收入、事业单位经营收入、其他收入）之和为 2,535,662,950 元，相差 -100 元',
        },
      ],
    },
    {
      name: '财政拨款收支预算总表 合计 ≠ 一般公共预算 + 政府性基金 + 国有资本经营',
      sheets: published((s) => withCell(s, FIS, 'E6', 1787056000)),
      findings: [
        {
          severity: 'error',
          sheet: FIS,
          cell: 'D6',
          column: '合计',
          difference: 59000,
          message:
            '“4 财政拨款收支预算总表”二、社会保障和就业支出【合计】为 1,787,056,590 元，一般公共预算+政府性基金预算+国有资本经营预算为 1,787,056,000 元，相差 590 元',
        },
        {
          severity: 'error',
          sheet: FIS,
          cell: 'E9',
          column: '一般公共预算',
          difference: 59000,
          message: '“4 财政拨款收支预算总表”支出总计【一般公共预算】为 2,502,032,850 元，各支出项之和为 2,502,032,260 元，相差 590 元',
        },
      ],
    },
  ],
});
