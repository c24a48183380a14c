import { unitScale } from '../../../src/domain/check/rules/unitScale';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, published, set, SG, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { tableSheet, withCell } from '../support/snapshots';

// unit-scale: 元 and 万元 mixed — a figure about 10,000 times (or a ten-thousandth of) what it should be.

ruleTester(unitScale, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    { name: 'small table', sheets: exp() },
  ],
  invalid: [
    {
      name: 'a 项 typed in 万元 into an 元 table (a 提示: small items can be genuine)',
      sheets: [
        tableSheet({
          kind: 'expenditure',
          rows: [
            ['208', '社会保障和就业支出', 6000100, 6000100, null],
            ['20801', '人力资源和社会保障管理事务', 6000100, 6000100, null],
            ['2080101', '行政运行', 3000000, 3000000, null],
            ['2080102', '一般行政管理事务', 2000000, 2000000, null],
            ['2080104', '综合业务管理', 1000000, 1000000, null],
            ['2080105', '劳动保障监察', 100, 100, null],
          ],
        }),
      ],
      findings: [
        {
          sheet: SHEET,
          cell: 'E11',
          code: '2080105',
          severity: 'info',
          column: '合计',
          actual: 10000,
          message: '2080105 劳动保障监察【合计】为 100 元，仅为同级其他科目（1,000,000 元 至 3,000,000 元）的约万分之一，疑似元与万元混用',
        },
        {
          sheet: SHEET,
          cell: 'F11',
          code: '2080105',
          column: '基本支出',
          severity: 'info',
          message:
            '2080105 劳动保障监察【基本支出】为 100 元，仅为同级其他科目（1,000,000 元 至 3,000,000 元）的约万分之一，疑似元与万元混用',
        },
      ],
    },
    {
      name: 'a parent 10,000× the sum of its children',
      sheets: exp((r) => set(r, '22102', 1, 800000)),
      findings: [
        {
          sheet: SHEET,
          cell: 'F12',
          code: '221',
          column: '基本支出',
          severity: 'warning',
          expected: 80_000_000,
          actual: 8000,
          message: '221 住房保障支出【基本支出】为 80 元，约为下级科目之和 800,000 元 的万分之一，疑似元与万元混用',
        },
        {
          sheet: SHEET,
          cell: 'F13',
          code: '22102',
          column: '基本支出',
          severity: 'warning',
          message: '22102 住房改革支出【基本支出】为 800,000 元，约为下级科目之和 80 元 的 1 万倍，疑似元与万元混用',
        },
      ],
    },
    {
      name: 'the 三公 table (万元) holding 元 figures',
      sheets: published((s) =>
        ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6'].reduce(
          (acc, c) => withCell(acc, SG, c, (acc.find((x) => x.name === SG)!.values[5]![c.charCodeAt(0) - 65] as number) * 10000),
          s,
        ),
      ),
      findings: [
        {
          sheet: SG,
          cell: 'A6',
          severity: 'error',
          column: '“三公”经费合计',
          message: '“三公”经费合计为 11,565,900.00 万元，超过了部门支出总计 2,535,662,850 元，该表应以万元为单位，疑似元与万元混用',
        },
      ],
    },
  ],
});
