import { outlineSum } from '../../../src/domain/check/rules/outlineSum';
import { DEPARTMENTS, departmentSnapshots, setCell, zxSnapshots } from '../../jiangsu/support';
import { ruleTester } from '../support/ruleTester';

// outline-sum: each level of an outline table (江苏 2019 政府采购预算表) adds up its next level, and
// 合计 adds up the 大类.

const PROCUREMENT = '公开12表 政府采购预算表';

ruleTester(outlineSum, {
  valid: [...DEPARTMENTS.map((n) => ({ name: `published: ${n}`, sheets: () => departmentSnapshots(n) }))],
  invalid: [
    {
      name: 'a 采购品目大类 not the sum of its 专项, and 合计 then not the sum of the 大类 (一、货物A 350.00 → 351)',
      sheets: () => setCell(zxSnapshots(), PROCUREMENT, 'F5', 351),
      findings: [
        {
          severity: 'error',
          sheet: PROCUREMENT,
          cell: 'F4',
          difference: -1_000_000,
          message: '“公开12表 政府采购预算表”合计为 1,624.42 万元，下一级各行之和为 1,625.42 万元，相差 -1.00 万元',
        },
        {
          severity: 'error',
          sheet: PROCUREMENT,
          cell: 'F5',
          difference: 1_000_000,
          message: '“公开12表 政府采购预算表”一、货物A为 351.00 万元，下一级各行之和为 350.00 万元，相差 1.00 万元',
        },
      ],
    },
    {
      name: 'an item under a 专项 changed (台式计算机 18.00 → 19 under 办公设备购置费 300.00)',
      sheets: () => setCell(zxSnapshots(), PROCUREMENT, 'F7', 19),
      findings: [
        {
          severity: 'error',
          sheet: PROCUREMENT,
          cell: 'F6',
          difference: -1_000_000,
          expected: 301_000_000,
          actual: 300_000_000,
          message: '“公开12表 政府采购预算表”办公设备购置费 办公设备购置为 300.00 万元，下一级各行之和为 301.00 万元，相差 -1.00 万元',
        },
      ],
    },
  ],
});
