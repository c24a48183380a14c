import { formIdentity } from '../../../src/domain/check/rules/formIdentity';
import { DEPARTMENTS, departmentSnapshots, setCell, zxSnapshots } from '../../jiangsu/support';
import { ruleTester } from '../support/ruleTester';

// form-identity: figures a province edition defines as sums of the same table (江苏 2019: 收入合计 =
// 当年收入小计 + 上年结转资金, 当年支出小计 = Σ 功能科目, “三公”合计 = 小计 + 会议费 + 培训费 …).

const SUMMARY = '公开01表 收支预算总表';
const SANGONG = '公开09表 三公经费会议费培训费';

ruleTester(formIdentity, {
  valid: [...DEPARTMENTS.map((n) => ({ name: `published: ${n}`, sheets: () => departmentSnapshots(n) }))],
  invalid: [
    {
      name: '收入合计 not 当年收入小计 + 上年结转资金, and 支出合计 no longer equals it',
      sheets: () => setCell(zxSnapshots(), SUMMARY, 'B28', 13378.11),
      findings: [
        {
          severity: 'error',
          sheet: SUMMARY,
          cell: 'B28',
          column: '收入合计',
          difference: 1_000_000,
          message: '“公开01表 收支预算总表”收入合计为 13,378.11 万元，当年收入小计 + 上年结转资金为 13,377.11 万元，相差 1.00 万元',
        },
        {
          severity: 'error',
          sheet: SUMMARY,
          cell: 'F28',
          column: '支出合计',
          difference: -1_000_000,
          message: '“公开01表 收支预算总表”支出合计为 13,377.11 万元，收入合计为 13,378.11 万元，相差 -1.00 万元',
        },
      ],
    },
    {
      name: 'the 类 lines no longer add up to 当年支出小计 (八、社会保障和就业支出 858.51 → 860.51)',
      sheets: () => setCell(zxSnapshots(), SUMMARY, 'D13', 860.51),
      findings: [
        {
          severity: 'error',
          sheet: SUMMARY,
          cell: 'F26',
          difference: -2_000_000,
          message: '“公开01表 收支预算总表”当年支出小计为 13,377.11 万元，“功能科目名称”各行之和为 13,379.11 万元，相差 -2.00 万元',
        },
      ],
    },
    {
      name: '“三公”合计 not 小计 + 会议费 + 培训费',
      sheets: () => setCell(zxSnapshots(), SANGONG, 'A6', 2300),
      findings: [
        {
          severity: 'error',
          sheet: SANGONG,
          cell: 'A6',
          column: '合计',
          difference: 75_570_000,
          expected: 2_224_430_000,
          actual: 2_300_000_000,
          message: '“公开09表 三公经费会议费培训费”合计为 2,300.00 万元，小计 + 会议费 + 培训费为 2,224.43 万元，相差 75.57 万元',
        },
      ],
    },
  ],
});
