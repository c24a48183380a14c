import { NO_PREVIOUS } from '../../../src/domain/narrative/previousYear';
import { comparisons } from '../../../src/domain/narrative/textCheck/rules/comparisons';
import {
  ABROAD,
  BUDGET_HEADING,
  EXPENDITURE,
  INCOME,
  LIST_HEAD,
  misstate,
  OTHER_HEADING,
  RECEPTION,
  SANGONG_HEADING,
  SANGONG_TOTAL,
  VEHICLE,
} from './published2024';
import { demoFacts, factsOnce, PREVIOUS_2024_WITH_LINES, textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/comparisons: "比2023年预算增加2,372万元", "与上年持平", "比2023年预算执行数增加6.76%":
// direction and amount (or rate) against this year's and last year's figures. Without 上年数, one
// 提示 for the whole text; a rate against an 执行数 the text states itself is still worked through.

const withLines = factsOnce(() => demoFacts(PREVIOUS_2024_WITH_LINES));
const withoutPrevious = factsOnce(() => demoFacts(NO_PREVIOUS));
const SG = '9 三公经费和机关运行经费';
const EDUCATION_EXECUTED = (rate: string) =>
  `1. “教育支出”科目50,179万元，2023年当年预算执行数为47,000万元，比2023年预算执行数增加${rate}，主要用于地方教育附加安排的支出。`;

textRuleTester(comparisons, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 7,
    },
    {
      name: 'the published 2024 budget and 三公 paragraphs (上年数 from the seed)',
      text: [BUDGET_HEADING, INCOME, EXPENDITURE, OTHER_HEADING, SANGONG_HEADING, SANGONG_TOTAL, ABROAD, VEHICLE, RECEPTION],
      figures: [
        { figure: 2372, table: 2372, cell: '1 财务收支预算总表!B5', claim: '财政拨款收入', text: '比2023年预算增加2,372万元' },
        { figure: 2372, table: 2372, cell: '4 财政拨款收支预算总表!D9', claim: '财政拨款支出预算' },
        { figure: 2372, table: 2372, cell: '5 一般公共预算支出功能分类!E43', claim: '一般公共预算拨款支出预算' },
        { figure: 158.5, table: 158.5, cell: `${SG}!A6`, claim: '“三公”经费预算数' },
        { figure: 0, table: 0, cell: `${SG}!B6`, claim: '因公出国（境）费', text: '与2023年预算持平' },
        { figure: 158.5, table: 158.5, cell: `${SG}!D6`, claim: '公务用车购置及运行费' },
        { figure: 162, table: 162, cell: `${SG}!E6`, claim: '公务用车购置费' },
        { figure: 3.5, table: -3.5, cell: `${SG}!F6`, claim: '公务用车运行费', text: '比2023年预算减少3.50万元' },
        { figure: 0, table: 0, cell: `${SG}!C6`, claim: '公务接待费' },
      ],
    },
    {
      name: 'list lines against the 上年数 sheet: 上年预算 and 上年当年预算执行数 (a rate)',
      facts: withLines,
      text: [
        BUDGET_HEADING,
        LIST_HEAD,
        '1. “教育支出”科目50,179万元，比2023年预算增加2,179万元，主要用于地方教育附加安排的支出。',
        '2. “住房保障支出”科目16,483万元，2023年当年预算执行数为16,000万元，比2023年预算执行数增加3.02%。',
      ],
      figures: [
        { figure: 2179, table: 2179, cell: '5 一般公共预算支出功能分类!E6', claim: '教育支出（205）' },
        { figure: 3.02, table: 3.02, cell: '5 一般公共预算支出功能分类!E39', claim: '住房保障支出（221）' },
      ],
    },
  ],
  invalid: [
    {
      name: 'an amount off (2,372 written 2,327)',
      text: [BUDGET_HEADING, misstate(INCOME, '增加2,372', '增加2,327')],
      figures: [{ verdict: 'error', figure: 2327, table: 2372, cell: '1 财务收支预算总表!B5' }],
      findings: [
        {
          rule: 'narrative-check/comparison-mismatch',
          severity: 'error',
          expected: 2_372_000_000,
          actual: 2_327_000_000,
          message: '第 2 段：“财政拨款收入”写作“比2023年预算增加2,327万元”，按本年数和上年数应为“比2023年预算增加2,372万元”',
        },
      ],
    },
    {
      name: 'the direction wrong (公务用车运行费 减少 written 增加)',
      onSheet: true,
      text: [SANGONG_HEADING, misstate(VEHICLE, '比2023年预算减少3.50万元', '比2023年预算增加3.50万元')],
      figures: [
        { verdict: 'ok', figure: 158.5, table: 158.5, cell: `${SG}!D6` },
        { verdict: 'ok', figure: 162, table: 162, cell: `${SG}!E6` },
        { verdict: 'error', figure: 3.5, table: -3.5, cell: `${SG}!F6` },
      ],
      findings: [
        {
          rule: 'narrative-check/comparison-mismatch',
          severity: 'error',
          sheet: '编制说明',
          cell: 'A2',
          expected: -3_500_000,
          actual: 3_500_000,
          message: '工作表“编制说明”A2：“公务用车运行费”写作“比2023年预算增加3.50万元”，按本年数和上年数应为“比2023年预算减少3.50万元”',
        },
      ],
    },
    {
      name: 'an increase where the figure is unchanged (“比上年预算增长”)',
      text: [SANGONG_HEADING, misstate(RECEPTION, '与2023年预算持平', '比上年预算增长1.00万元，主要原因是会议增加')],
      figures: [{ verdict: 'error', figure: 1, table: 0, cell: `${SG}!C6` }],
      findings: [
        {
          rule: 'narrative-check/comparison-mismatch',
          severity: 'error',
          message: '第 2 段：“公务接待费”写作“比上年预算增长1.00万元”，按本年数和上年数应为“与上年预算持平”',
        },
      ],
    },
    {
      name: 'a rate against 上年执行数 in the wrong direction',
      facts: withLines,
      text: [BUDGET_HEADING, LIST_HEAD, '1. “住房保障支出”科目16,483万元，2023年当年预算执行数为16,000万元，比2023年预算执行数减少3.02%。'],
      findings: [
        {
          rule: 'narrative-check/comparison-mismatch',
          severity: 'error',
          message: '第 3 段：“住房保障支出（221）”写作“比2023年预算执行数减少3.02%”，按本年数和上年数应为“比2023年预算执行数增加3.02%”',
        },
      ],
    },
    {
      name: 'a rate against an 上年执行数 of 0',
      facts: withLines,
      text: [BUDGET_HEADING, LIST_HEAD, '1. “卫生健康支出”科目4,835万元，2023年当年预算执行数为0万元，比2023年预算执行数增加100.00%。'],
      figures: [{ verdict: 'info', figure: 100, table: 0, cell: '5 一般公共预算支出功能分类!E32' }],
      findings: [
        {
          rule: 'narrative-check/rate-from-zero',
          severity: 'info',
          message: '第 3 段：“卫生健康支出（210）”上年为 0，“比2023年预算执行数增加100.00%”的增减率无从计算，请核对写法',
        },
      ],
    },
    {
      name: 'a rate against the 执行数 the text states: its arithmetic (6.76%, written 6.67%); the 执行数 itself unverified',
      text: [BUDGET_HEADING, LIST_HEAD, EDUCATION_EXECUTED('6.67%')],
      figures: [{ verdict: 'error', figure: 6.67, table: 6.76, cell: '5 一般公共预算支出功能分类!E6' }],
      findings: [
        {
          rule: 'narrative-check/rate-arithmetic',
          severity: 'error',
          message:
            '第 3 段：“教育支出（205）”写作“比2023年预算执行数增加6.67%”，按文中所列本年数和上年执行数应为“比2023年预算执行数增加6.76%”',
        },
        { rule: 'narrative-check/no-previous', severity: 'info', message: '第 3 段：共 1 处与上年的比较没有对应的上年数，未能核对' },
      ],
    },
    {
      name: 'the rate right, the 执行数 the text states not on the 上年数 sheet: a 提示',
      text: [BUDGET_HEADING, LIST_HEAD, EDUCATION_EXECUTED('6.76%')],
      figures: [{ verdict: 'ok', figure: 6.76, table: 6.76, cell: '5 一般公共预算支出功能分类!E6' }],
      findings: [
        { rule: 'narrative-check/no-previous', severity: 'info', message: '第 3 段：共 1 处与上年的比较没有对应的上年数，未能核对' },
      ],
    },
    {
      name: 'a figure without a 上年数 (其他收入)',
      text: [BUDGET_HEADING, misstate(INCOME, '其他收入3,363万元。', '其他收入3,363万元，比2023年预算增加100万元。')],
      figures: [
        { verdict: 'ok', figure: 2372, table: 2372, cell: '1 财务收支预算总表!B5' },
        { verdict: 'info', figure: 100, table: null, cell: '1 财务收支预算总表!B11', claim: '其他收入' },
      ],
      findings: [
        {
          rule: 'narrative-check/no-previous',
          severity: 'info',
          message: '第 2 段：其他收入等共 1 处与上年的比较没有对应的上年数，未能核对',
        },
      ],
    },
    {
      name: 'no 上年数 at all: one 提示 for the whole text, at no paragraph',
      facts: withoutPrevious,
      onSheet: true,
      text: [BUDGET_HEADING, INCOME, EXPENDITURE],
      findings: [
        {
          rule: 'narrative-check/no-previous-text',
          severity: 'info',
          sheet: undefined,
          cell: undefined,
          message: '编制说明中有 3 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对',
        },
      ],
    },
    {
      name: 'a comparison with no figure before it',
      text: [BUDGET_HEADING, '比2023年预算增加10万元。'],
      figures: [{ verdict: 'info', figure: 10, table: null, cell: null, claim: '' }],
      findings: [
        {
          rule: 'narrative-check/unrecognised',
          severity: 'info',
          message: '第 2 段：“比2023年预算增加10万元”中的10万元对应不到表中的数，未核对',
        },
      ],
    },
  ],
});
