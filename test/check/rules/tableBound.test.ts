import { tableBound } from '../../../src/domain/check/rules/tableBound';
import { DEPARTMENTS, departmentSnapshots, setCell, zxSnapshots } from '../../jiangsu/support';
import { ruleTester } from '../support/ruleTester';

// table-bound: a wider figure of a province edition is not below a narrower one of another table
// (公务用车运行维护费 ≥ 30231 of the 基本支出 table, 机关运行经费 ≤ 一般公共预算基本支出 …).

const SANGONG = '公开09表 三公经费会议费培训费';
const OFFICE = '公开11表 机关运行经费支出';
const SUMMARY = '公开01表 收支预算总表';

ruleTester(tableBound, {
  valid: [...DEPARTMENTS.map((n) => ({ name: `published: ${n}`, sheets: () => departmentSnapshots(n) }))],
  invalid: [
    {
      name: '公务用车运行维护费 below the 30231 of the 基本支出 经济科目 table',
      sheets: () => setCell(zxSnapshots(), SANGONG, 'F6', 150),
      findings: [
        {
          severity: 'warning',
          sheet: SANGONG,
          cell: 'F6',
          difference: -6_600_000,
          expected: 156_600_000,
          actual: 150_000_000,
          message:
            '“公开09表 三公经费会议费培训费”公务用车运行维护费 150.00 万元 小于“公开08表 一般公共预算基本支出(经济)”30231 公务用车运行维护费 156.60 万元（少 6.60 万元）；公务用车运行维护费（基本支出加项目支出）不小于基本支出经济科目 30231，请核对两表口径',
        },
      ],
    },
    {
      name: 'a 机关运行经费 row above the same code of 一般公共预算基本支出 (30201 办公费 110.00 → 120)',
      sheets: () => setCell(zxSnapshots(), OFFICE, 'C6', 120),
      findings: [
        {
          severity: 'warning',
          sheet: OFFICE,
          cell: 'C6',
          code: '30201',
          difference: 10_000_000,
          message:
            '“公开11表 机关运行经费支出”30201 办公费 120.00 万元 大于“公开08表 一般公共预算基本支出(经济)”30201 110.00 万元（多 10.00 万元）；机关运行经费是一般公共预算基本支出的一部分（逐科目），请核对两表口径',
        },
      ],
    },
    {
      name: 'a 收支总表 类 line below the 财政拨款 类 of the same name (十八、住房保障支出 2,247.04 → 2,000)',
      sheets: () => setCell(zxSnapshots(), SUMMARY, 'D23', 2000),
      findings: [
        {
          severity: 'warning',
          sheet: SUMMARY,
          cell: 'D23',
          code: '221',
          difference: -247_040_000,
          message:
            '“公开01表 收支预算总表”十八、住房保障支出 2,000.00 万元 小于“公开05表 财政拨款支出(功能)”221 住房保障支出 2,247.04 万元（少 247.04 万元）；全部资金的功能分类支出不小于其中的财政拨款，请核对两表口径',
        },
      ],
    },
  ],
});
