import { budgetFigures } from '../../../src/domain/narrative/textCheck/rules/budgetFigures';
import { BUDGET_HEADING, EXPENDITURE, INCOME, misstate } from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/budget-figures: 收入预算, 支出预算 and their parts as the 编制说明 states them
// against the 财务收支预算总表 and the 财政拨款 tables, at the decimals the text prints.

textRuleTester(budgetFigures, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 4,
    },
    {
      name: 'the published 2024 income and expenditure paragraphs (万元, no decimals)',
      text: [BUDGET_HEADING, INCOME, EXPENDITURE],
      figures: [
        { figure: 253566, table: 253566.2851, cell: '1 财务收支预算总表!B12', claim: '收入预算' },
        { figure: 250203, table: 250203.2851, cell: '1 财务收支预算总表!B5', claim: '财政拨款收入' },
        { figure: 0, table: 0, cell: '1 财务收支预算总表!B9', claim: '事业收入' },
        { figure: 0, table: 0, cell: '1 财务收支预算总表!B10', claim: '事业单位经营收入' },
        { figure: 3363, table: 3363, cell: '1 财务收支预算总表!B11', claim: '其他收入' },
        { figure: 253566, table: 253566.2851, cell: '1 财务收支预算总表!D12', claim: '支出预算' },
        { figure: 250203, table: 250203.2851, cell: '4 财政拨款收支预算总表!D9', claim: '财政拨款支出预算' },
        { figure: 250203, table: 250203.2851, cell: '5 一般公共预算支出功能分类!E43', claim: '一般公共预算拨款支出预算' },
        { figure: 0, table: 0, cell: '6 政府性基金预算支出功能分类!E6', claim: '政府性基金拨款支出预算' },
        { figure: 0, table: 0, cell: '7 国有资本经营预算支出功能分类!E6', claim: '国有资本经营预算拨款支出预算' },
      ],
    },
    {
      name: 'two decimals, rounded',
      text: [BUDGET_HEADING, '2024年，本部门收入预算253,566.29万元，其中：财政拨款收入250,203.29万元；其他收入3,363.00万元。'],
      figures: [
        { figure: 253566.29, table: 253566.2851, cell: '1 财务收支预算总表!B12' },
        { figure: 250203.29, table: 250203.2851, cell: '1 财务收支预算总表!B5' },
        { figure: 3363, table: 3363, cell: '1 财务收支预算总表!B11' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a figure off (其他收入 3,363 written 3,336)',
      text: [BUDGET_HEADING, misstate(INCOME, '其他收入3,363万元', '其他收入3,336万元')],
      figures: [
        { verdict: 'ok', figure: 253566, table: 253566.2851, cell: '1 财务收支预算总表!B12' },
        { verdict: 'ok', figure: 250203, table: 250203.2851, cell: '1 财务收支预算总表!B5' },
        { verdict: 'ok', figure: 0, table: 0, cell: '1 财务收支预算总表!B9' },
        { verdict: 'ok', figure: 0, table: 0, cell: '1 财务收支预算总表!B10' },
        { verdict: 'error', figure: 3336, table: 3363, cell: '1 财务收支预算总表!B11', text: '其他收入3,336万元' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          sheet: undefined,
          expected: 3_363_000_000,
          actual: 3_336_000_000,
          difference: -27_000_000,
          message: '第 2 段：“其他收入”写作3,336万元，按表应为3,363万元（1 财务收支预算总表!B11）',
        },
      ],
    },
    {
      name: 'on the 编制说明 sheet: cut off instead of rounded (253,566.2851 written 253,566.28)',
      onSheet: true,
      text: [BUDGET_HEADING, '2024年，本部门收入预算253,566.28万元，其中：财政拨款收入250,203.29万元；其他收入3,363.00万元。'],
      figures: [
        { verdict: 'info', figure: 253566.28, table: 253566.2851, cell: '1 财务收支预算总表!B12' },
        { verdict: 'ok', figure: 250203.29, table: 250203.2851, cell: '1 财务收支预算总表!B5' },
        { verdict: 'ok', figure: 3363, table: 3363, cell: '1 财务收支预算总表!B11' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-truncated',
          severity: 'info',
          sheet: '编制说明',
          cell: 'A2',
          difference: -5100,
          message:
            '工作表“编制说明”A2：“收入预算”写作253,566.28万元，表中为253,566.2851万元（1 财务收支预算总表!B12），四舍五入应为253,566.29万元：疑为截尾而非四舍五入',
        },
      ],
    },
    {
      name: 'more decimals than the other figures of the section',
      text: [BUDGET_HEADING, '2024年，本部门收入预算253,566.2851万元，其中：财政拨款收入250,203.29万元；其他收入3,363.00万元。'],
      figures: [
        { verdict: 'info', figure: 253566.2851, table: 253566.2851, cell: '1 财务收支预算总表!B12' },
        { verdict: 'ok', figure: 250203.29, table: 250203.2851, cell: '1 财务收支预算总表!B5' },
        { verdict: 'ok', figure: 3363, table: 3363, cell: '1 财务收支预算总表!B11' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-more-decimals',
          severity: 'info',
          message: '第 2 段：“收入预算”写作253,566.2851万元，小数位多于本节其他数字；按表为253,566.29万元（1 财务收支预算总表!B12）',
        },
      ],
    },
    {
      name: 'fewer decimals than the section: the trailing digits are not zeros',
      text: [
        BUDGET_HEADING,
        '2024年，本部门收入预算253,566万元，其中：财政拨款收入250,203.29万元；其他收入3,363.00万元；事业收入0.00万元。',
      ],
      figures: [
        { verdict: 'info', figure: 253566, table: 253566.2851, cell: '1 财务收支预算总表!B12' },
        { verdict: 'ok', figure: 250203.29, table: 250203.2851, cell: '1 财务收支预算总表!B5' },
        { verdict: 'ok', figure: 3363, table: 3363, cell: '1 财务收支预算总表!B11' },
        { verdict: 'ok', figure: 0, table: 0, cell: '1 财务收支预算总表!B9' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-fewer-decimals',
          severity: 'info',
          difference: -285_100,
          message:
            '第 2 段：“收入预算”写作253,566万元，本节其他数字保留到253,566.29万元的位数，按表应为253,566.29万元（1 财务收支预算总表!B12，253,566.2851万元）',
        },
      ],
    },
  ],
});
