import { incomeVsExpenditure } from '../../../src/domain/check/rules/incomeVsExpenditure';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { EXP, INC, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// income-vs-expenditure: 支出预算总表 and 收入预算总表 agree row by row in 合计; a difference seen at a
// 项 is not reported again at its 款, 类 and 合计.

ruleTester(incomeVsExpenditure, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    {
      name: 'only one of the two tables: nothing to compare',
      sheets: () => publishedSnapshots().then((s) => s.filter((x) => x.name !== INC)),
    },
  ],
  invalid: [
    {
      name: 'a 项 changed in 收入预算总表 with its parents (the difference is reported once, at the 项)',
      sheets: published((s) =>
        ['E12', 'E10', 'E9', 'E43'].reduce(
          (acc, c) => withCell(acc, INC, c, (acc.find((x) => x.name === INC)!.values[Number(c.slice(1)) - 1]![4] as number) + 100),
          s,
        ),
      ),
      findings: [
        {
          sheet: EXP,
          cell: 'E12',
          code: '2080102',
          column: '合计',
          severity: 'error',
          difference: -10000,
          message:
            '“3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,201 元，与“2 收入预算总表”2080102【合计】 116,635,301 元 不一致，相差 -100 元',
        },
      ],
    },
    {
      name: 'a row missing from 支出预算总表',
      sheets: published((s) => withCell(withCell(withCell(s, EXP, 'A42', null), EXP, 'B42', null), EXP, 'C42', null)),
      findings: [
        {
          sheet: INC,
          cell: 'E42',
          code: '2210203',
          column: '合计',
          severity: 'error',
          difference: -8_732_420_400,
          message:
            '“3 支出预算总表”2210203 购房补贴【合计】为 0 元，与“2 收入预算总表”2210203【合计】 87,324,204 元 不一致，相差 -87,324,204 元（“3 支出预算总表”没有该科目行）',
        },
      ],
    },
  ],
});
