import { budgetFigures } from '../../../src/domain/narrative/textCheck/rules/budgetFigures';
import { BUDGET_HEADING, EXPENDITURE, INCOME, misstate } from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';
import { narrativeFromSheets } from '../../../src/domain/narrative/narrativeFromSheets';
import { departmentSnapshots } from '../../jiangsu/support';
import { factsOnce } from './textRuleTester';

/** The facts of the 江苏省政协办公厅 2019 tables as published (the corpus transcription). */
const zxFacts = factsOnce(() => {
  const facts = narrativeFromSheets({ sheets: departmentSnapshots('2019_江苏省政协办公厅') }).facts;
  if (!facts) return Promise.reject(new Error('政协办公厅 2019: 没有读出说明所需的数'));
  return Promise.resolve(facts);
});
const ZX_HEADING = '二、部门预算情况说明';

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
    {
      name: 'a 收支总表 with no 上年结转 apart: 本年收入预算 is the 收入预算; 项目支出预算 is the 支出预算总表’s 项目支出',
      text: [BUDGET_HEADING, '2024年，本部门本年收入预算253,566万元，其中项目支出预算144,565万元。'],
      figures: [
        { figure: 253566, table: 253566.2851, cell: '1 财务收支预算总表!B12', claim: '收入预算' },
        { figure: 144565, table: 144565.4448, cell: '3 支出预算总表!G43', claim: '项目支出预算' },
      ],
    },
    {
      name: '江苏: the 收入预算 and 支出预算 parts restate the 收支总表 (本年 合计, sources, 结转下年)',
      facts: zxFacts,
      text: [
        ZX_HEADING,
        '江苏省政协办公厅本年收入预算合计 13,377.11 万元，其中：一般公共预算收入 13,297.11 万元，占 99.4%；政府性基金预算收入 0 万元；财政专户管理资金 0 万元；其他资金 80 万元；上年结转资金 0 万元。',
        '江苏省政协办公厅本年支出预算合计 13,377.11 万元，其中：基本支出 6,522.75 万元；单位预留机动经费预算为 1,886.02 万元；结转下年资金 0 万元。',
        '江苏省政协办公厅 2019 年度财政拨款收、支总预算 13,297.11万元。',
      ],
      figures: [
        { figure: 13377.11, table: 13377.11, cell: '公开01表 收支预算总表!B26', claim: '本年收入预算合计' },
        { figure: 13297.11, table: 13297.11, cell: '公开01表 收支预算总表!B7', claim: '一般公共预算收入预算' },
        { figure: 0, table: 0, cell: '公开01表 收支预算总表!B8', claim: '政府性基金收入预算' },
        { figure: 0, table: 0, cell: '公开01表 收支预算总表!B9', claim: '财政专户管理资金收入预算总计' },
        { figure: 80, table: 80, cell: '公开01表 收支预算总表!B10', claim: '其他资金收入预算总计' },
        { figure: 0, table: 0, cell: '公开01表 收支预算总表!B27', claim: '上年结转资金预算' },
        { figure: 13377.11, table: 13377.11, cell: '公开01表 收支预算总表!F26', claim: '本年支出预算合计' },
        { figure: 6522.75, table: 6522.75, cell: '公开01表 收支预算总表!F6', claim: '基本支出预算数' },
        { figure: 1886.02, table: 1886.02, cell: '公开01表 收支预算总表!F8', claim: '单位预留机动经费预算数' },
        { figure: 0, table: 0, cell: '公开01表 收支预算总表!F27', claim: '结转下年资金' },
        { figure: 13297.11, table: 13297.11, cell: '公开01表 收支预算总表!B6', claim: '财政拨款收入预算总计' },
      ],
    },
    {
      name: '江苏: 人员经费 and 公用经费 of the 基本支出 just stated, 财政拨款 then 一般公共预算 (301 + 303, and the other 类)',
      facts: zxFacts,
      text: [
        ZX_HEADING,
        '江苏省政协办公厅2019年度财政拨款基本支出预算6,442.75万元，其中：',
        '（一）人员经费5,312.01万元。主要包括：基本工资、津贴补贴。',
        '（二）公用经费1,130.74万元。主要包括：办公费、水费、电费。',
        '江苏省政协办公厅2019年度一般公共预算财政拨款基本支出预算6,442.75万元，其中：',
        '（一）人员经费5,312.01万元。',
        '（二）公用经费1,130.74万元。',
      ],
      figures: [
        { figure: 6442.75, table: 6442.75, claim: '财政拨款基本支出预算', cell: '公开04表 财政拨款收支预算总表!D6' },
        { figure: 5312.01, table: 5312.01, claim: '财政拨款基本支出中的人员经费', cell: '公开06表 财政拨款基本支出(经济)!C5' },
        { figure: 1130.74, table: 1130.74, claim: '财政拨款基本支出中的公用经费', cell: '公开06表 财政拨款基本支出(经济)!C15' },
        { figure: 6442.75, table: 6442.75, claim: '一般公共预算财政拨款基本支出预算', cell: '公开08表 一般公共预算基本支出(经济)!C4' },
        {
          figure: 5312.01,
          table: 5312.01,
          claim: '一般公共预算财政拨款基本支出中的人员经费',
          cell: '公开08表 一般公共预算基本支出(经济)!C5',
        },
        {
          figure: 1130.74,
          table: 1130.74,
          claim: '一般公共预算财政拨款基本支出中的公用经费',
          cell: '公开08表 一般公共预算基本支出(经济)!C15',
        },
      ],
    },
    {
      name: '江苏: 人员经费 after the 支出用途’s 基本支出, which no table splits, is not claimed',
      facts: zxFacts,
      text: [ZX_HEADING, '基本支出6,522.75万元，其中：人员经费5,312.01万元。'],
      figures: [{ figure: 6522.75, table: 6522.75, claim: '基本支出预算数', cell: '公开01表 收支预算总表!F6' }],
    },
    {
      name: 'a PDF’s text laid out with a space between every character',
      facts: zxFacts,
      text: [ZX_HEADING, '项 目 支 出 预 算 数 为 4,968.34 万 元 。 与 上 年 相 比 增 加1,653.66 万元，增长 49.89%。'],
      figures: [
        {
          figure: 4968.34,
          table: 4968.34,
          claim: '项目支出预算数',
          cell: '公开01表 收支预算总表!F7',
          text: '项 目 支 出 预 算 数 为 4,968.34 万 元',
        },
      ],
    },
  ],
  invalid: [
    {
      name: '江苏: 人员经费 misstated (5,312.01 written 5,321.01)',
      facts: zxFacts,
      text: [
        ZX_HEADING,
        '江苏省政协办公厅2019年度财政拨款基本支出预算6,442.75万元，其中：（一）人员经费5,321.01万元；（二）公用经费1,130.74万元。',
      ],
      figures: [
        { verdict: 'ok', figure: 6442.75, table: 6442.75, cell: '公开04表 财政拨款收支预算总表!D6' },
        { verdict: 'error', figure: 5321.01, table: 5312.01, cell: '公开06表 财政拨款基本支出(经济)!C5' },
        { verdict: 'ok', figure: 1130.74, table: 1130.74, cell: '公开06表 财政拨款基本支出(经济)!C15' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          expected: 5_312_010_000,
          actual: 5_321_010_000,
          message: '第 2 段：“财政拨款基本支出中的人员经费”写作5,321.01万元，按表应为5,312.01万元（公开06表 财政拨款基本支出(经济)!C5）',
        },
      ],
    },
    {
      name: '江苏: 一般公共预算收入 misstated in the 收入预算 part',
      facts: zxFacts,
      text: [ZX_HEADING, '江苏省政协办公厅本年收入预算合计 13,377.11 万元，其中：一般公共预算收入 13,279.11 万元，占 99.4%。'],
      figures: [
        { verdict: 'ok', figure: 13377.11, table: 13377.11, cell: '公开01表 收支预算总表!B26' },
        { verdict: 'error', figure: 13279.11, table: 13297.11, cell: '公开01表 收支预算总表!B7' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          message: '第 2 段：“一般公共预算收入预算”写作13,279.11 万元，按表应为13,297.11万元（公开01表 收支预算总表!B7）',
        },
      ],
    },
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
