import { tableTie } from '../../../src/domain/check/rules/tableTie';
import { DEPARTMENTS, departmentSnapshots, setCell, zxSnapshots } from '../../jiangsu/support';
import { ruleTester } from '../support/ruleTester';

// table-tie: figures a province edition takes from another table are the same in both (within one
// 0.01 万元 a 尾差 提示).

const FISCAL = '公开04表 财政拨款收支预算总表';
const FISCAL_FUNCTION = '公开05表 财政拨款支出(功能)';

ruleTester(tableTie, {
  valid: [...DEPARTMENTS.map((n) => ({ name: `published: ${n}`, sheets: () => departmentSnapshots(n) }))],
  invalid: [
    {
      name: '财政拨款收支总表 基本支出 not the 财政拨款基本支出（经济科目）合计',
      sheets: () => setCell(zxSnapshots(), FISCAL, 'D6', 6452.75),
      findings: [
        {
          severity: 'error',
          sheet: FISCAL,
          cell: 'D6',
          column: '一、基本支出',
          difference: 10_000_000,
          expected: 6_442_750_000,
          actual: 6_452_750_000,
          message:
            '“公开04表 财政拨款收支预算总表”一、基本支出为 6,452.75 万元，“公开06表 财政拨款基本支出(经济)”合计为 6,442.75 万元，相差 10.00 万元（同一数字在两表中应一致）',
        },
      ],
    },
    {
      name: 'a 财政拨款 功能科目 row not 一般公共预算 + 政府性基金 for its code (2010201 行政运行 5,223.22 → 5,223.02)',
      sheets: () => setCell(zxSnapshots(), FISCAL_FUNCTION, 'C7', 5223.02),
      findings: [
        {
          severity: 'error',
          sheet: FISCAL_FUNCTION,
          cell: 'C7',
          code: '2010201',
          difference: -200_000,
          message:
            '“公开05表 财政拨款支出(功能)”2010201 行政运行为 5,223.02 万元，“公开07表 一般公共预算支出(功能)”2010201为 5,223.22 万元，相差 -0.20 万元（财政拨款 = 一般公共预算 + 政府性基金（逐科目））',
        },
      ],
    },
    {
      name: 'a difference of 0.01 万元 is a 尾差 提示',
      sheets: () => setCell(zxSnapshots(), FISCAL, 'D6', 6442.76),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: FISCAL,
          cell: 'D6',
          column: '一、基本支出',
          difference: 10_000,
          message:
            '“公开04表 财政拨款收支预算总表”一、基本支出为 6,442.76 万元，“公开06表 财政拨款基本支出(经济)”合计为 6,442.75 万元，相差 0.01 万元，未超过 1 项 × 每项尾差限额（共 0.01 万元），属四舍五入形成的尾差',
        },
      ],
    },
  ],
});
