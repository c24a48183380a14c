import { readBudgetTables } from '../../../src/domain/read/readBudgetTables';
import { tableSheet } from '../../check/support/snapshots';
import { totalVsExpenditureRule } from '../../../src/domain/projects/rules/totalVsExpenditure';
import { projectRuleTester, record } from './projectRuleTester';

/** A 支出预算总表 whose 项目支出 合计 is `projectYuan` 元. */
function budgetWith(projectYuan: number) {
  const sheet = tableSheet({
    kind: 'expenditure',
    rows: [
      ['201', '一般公共服务支出', 100_000 + projectYuan, 100_000, projectYuan],
      ['20101', '人大事务', 100_000 + projectYuan, 100_000, projectYuan],
      ['2010101', '行政运行', 100_000, 100_000, null],
      ['2010102', '一般行政管理事务', projectYuan, null, projectYuan],
    ],
    total: [100_000 + projectYuan, 100_000, projectYuan],
  });
  return readBudgetTables([sheet]).workbook;
}

const EXPLANATION = '项目经费情况说明';
const explained = (name: string, budget: number | undefined, top: number) =>
  record({ name, budget }, { kind: 'explanation', sheet: EXPLANATION, top });

projectRuleTester(totalVsExpenditureRule, 'warning', {
  valid: [
    {
      name: 'the projects add up to 项目支出',
      projects: [explained('甲', 6_000_000, 3), explained('乙', 4_000_000, 20)],
      ctx: { budget: budgetWith(100_000) },
    },
    { name: 'no budget tables in the workbook', projects: [explained('甲', 6_000_000, 3)] },
    {
      name: 'other years’ projects are not counted',
      projects: [explained('甲', 10_000_000, 3), record({ budget: 99 }, { year: 2023 })],
      ctx: { budget: budgetWith(100_000) },
    },
  ],
  invalid: [
    {
      name: 'one project more than 项目支出: names it',
      projects: [explained('甲', 6_000_000, 3), explained('乙', 4_000_000, 20), explained('丙', 1_500_000, 40)],
      ctx: { budget: budgetWith(100_000) },
      findings: [
        {
          sheet: '部门支出预算总表',
          cell: 'G10',
          difference: 1_500_000,
          message:
            '3 个项目（工作表“项目经费情况说明”）的当年预算合计 115,000 元，与支出预算总表项目支出合计 100,000 元相差 15,000 元；项目合计多出的 15,000 元恰为项目“丙”的当年预算之和，请核对这些项目是否重复列示或不属于本年度项目支出',
        },
      ],
    },
    {
      name: 'less than 项目支出 with a project left unbudgeted',
      projects: [explained('甲', 6_000_000, 3), explained('乙', undefined, 20)],
      ctx: { budget: budgetWith(100_000) },
      findings: [
        {
          sheet: '部门支出预算总表',
          cell: 'G10',
          difference: -4_000_000,
          message: /项目表中项目“乙”未填当年预算，其余差额为项目表未列示的项目支出$/,
        },
      ],
    },
  ],
});
