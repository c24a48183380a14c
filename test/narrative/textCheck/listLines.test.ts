import { join } from 'node:path';
import { narrativeFromSheets } from '../../../src/domain/narrative/narrativeFromSheets';
import { listLines } from '../../../src/domain/narrative/textCheck/rules/listLines';
import { openXlsx } from '../../../src/hosts/xlsx/openXlsx';
import { BUDGET_HEADING, LIST_HEAD, LIST_LINES, misstate } from './published2024';
import { demoFacts, factsOnce, PREVIOUS_2024_WITH_LINES, textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/list-lines: each line of 财政拨款支出主要内容 (类, 款 or 项; by name, code or path)
// against the 财政拨款 amount of its row; "上年当年预算执行数为…" against the 上年数 sheet; rows of the
// list's level it leaves out (a 提示).

const [EDUCATION, SOCIAL, HEALTH, HOUSING] = LIST_LINES as [string, string, string, string];
const withLines = factsOnce(() => demoFacts(PREVIOUS_2024_WITH_LINES));
const E6 = '5 一般公共预算支出功能分类!E6';
/** 2024 普陀区万里街道 (test/fixtures/corpus/shanghai): 一般行政管理事务 is a 项 of several 款. */
const wanli2024 = factsOnce(async () => {
  const book = await openXlsx(join(__dirname, '..', '..', 'fixtures', 'corpus', 'shanghai', '2024_普陀区万里街道办事处_部门预算.xlsx'));
  const { facts } = narrativeFromSheets({ sheets: await book.readSheets() });
  if (!facts) throw new Error('wanli2024: 没有读出说明所需的数');
  return facts;
});

textRuleTester(listLines, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 5,
    },
    {
      name: 'the published 2024 list, four 类',
      text: [BUDGET_HEADING, LIST_HEAD, ...LIST_LINES],
      figures: [
        { figure: 50179, table: 50179.4779, cell: E6, claim: '教育支出（205）', text: '1. “教育支出”科目50,179万元' },
        { figure: 178706, table: 178705.6591, cell: '5 一般公共预算支出功能分类!E9', claim: '社会保障和就业支出（208）' },
        { figure: 4835, table: 4834.7394, cell: '5 一般公共预算支出功能分类!E32', claim: '卫生健康支出（210）' },
        { figure: 16483, table: 16483.4087, cell: '5 一般公共预算支出功能分类!E39', claim: '住房保障支出（221）' },
      ],
    },
    {
      name: 'a 项 written as its path joined with "-"',
      text: [BUDGET_HEADING, LIST_HEAD, '1. “社会保障和就业支出-人力资源和社会保障管理事务-行政运行”科目58,243万元，主要用于行政运行。'],
      figures: [{ figure: 58243, table: 58243.2014, cell: '5 一般公共预算支出功能分类!E11', claim: '行政运行（2080101）' }],
    },
    {
      name: 'the same 项 named by its path (published 2024 普陀区万里街道 line 2)',
      facts: wanli2024,
      text: [
        BUDGET_HEADING,
        LIST_HEAD,
        '2. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”42.60万元，主要用于群众团体事务一般行政管理事务。',
      ],
      figures: [{ figure: 42.6, table: 42.6, cell: '部门一般公共预算拨款表!E13', claim: '一般行政管理事务（2012902）' }],
    },
    {
      name: '上年当年预算执行数 and 预算安排 restated on the line',
      facts: withLines,
      text: [
        BUDGET_HEADING,
        LIST_HEAD,
        '1. “教育支出”科目50,179万元，2023年当年预算执行数为47,000万元，2024年预算安排50,179万元，主要用于地方教育附加安排的支出。',
      ],
      figures: [
        { figure: 50179, table: 50179.4779, cell: E6 },
        { figure: 47000, table: 47000, cell: null, claim: '教育支出（205）上年当年预算执行数' },
        { figure: 50179, table: 50179.4779, cell: E6, text: '2024年预算安排50,179万元' },
      ],
    },
  ],
  invalid: [
    {
      name: 'on the 编制说明 sheet: a 类 figure off (178,706 written 182,069)',
      onSheet: true,
      text: [BUDGET_HEADING, LIST_HEAD, EDUCATION, misstate(SOCIAL, '178,706', '182,069'), HEALTH, HOUSING],
      figures: [
        { verdict: 'ok', figure: 50179, table: 50179.4779, cell: E6 },
        { verdict: 'error', figure: 182069, table: 178705.6591, cell: '5 一般公共预算支出功能分类!E9' },
        { verdict: 'ok', figure: 4835, table: 4834.7394, cell: '5 一般公共预算支出功能分类!E32' },
        { verdict: 'ok', figure: 16483, table: 16483.4087, cell: '5 一般公共预算支出功能分类!E39' },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          sheet: '编制说明',
          cell: 'A4',
          expected: 178_705_659_100,
          actual: 182_069_000_000,
          message: '工作表“编制说明”A4：“社会保障和就业支出（208）”写作182,069万元，按表应为178,706万元（5 一般公共预算支出功能分类!E9）',
        },
      ],
    },
    {
      name: 'a 类 the tables do not have',
      text: [BUDGET_HEADING, LIST_HEAD, ...LIST_LINES, '5. “农林水支出”科目100万元，主要用于农业。'],
      figures: [
        { verdict: 'ok', figure: 50179, table: 50179.4779, cell: E6 },
        { verdict: 'ok', figure: 178706, table: 178705.6591, cell: '5 一般公共预算支出功能分类!E9' },
        { verdict: 'ok', figure: 4835, table: 4834.7394, cell: '5 一般公共预算支出功能分类!E32' },
        { verdict: 'ok', figure: 16483, table: 16483.4087, cell: '5 一般公共预算支出功能分类!E39' },
        { verdict: 'warning', figure: 100, table: null, cell: null, claim: '农林水支出' },
      ],
      findings: [
        {
          rule: 'narrative-check/unknown-line',
          severity: 'warning',
          message: '第 7 段：“农林水支出”科目在本年财政拨款支出中找不到，其金额未核对',
        },
      ],
    },
    {
      name: 'a path with a wrong 款 name: checked against the 项 it names, the path reported',
      text: [BUDGET_HEADING, LIST_HEAD, '1. “社会保障和就业支出（类）人力资源事务（款）行政运行（项）”科目58,243万元，主要用于行政运行。'],
      figures: [
        { verdict: 'warning', figure: 58243, table: 58243.2014, cell: '5 一般公共预算支出功能分类!E11', claim: '行政运行（2080101）' },
      ],
      findings: [
        {
          rule: 'narrative-check/line-path',
          severity: 'warning',
          message:
            '第 3 段：科目写作“社会保障和就业支出-人力资源事务-行政运行”，与表中科目“社会保障和就业支出-人力资源和社会保障管理事务-行政运行（2080101）”不符，金额按该科目核对',
        },
      ],
    },
    {
      name: 'a 项 named by a name several 款 share',
      facts: wanli2024,
      text: [BUDGET_HEADING, LIST_HEAD, '1. “一般行政管理事务”科目42.60万元，主要用于群众团体事务一般行政管理事务。'],
      figures: [{ verdict: 'warning', figure: 42.6, table: null, cell: null, claim: '一般行政管理事务' }],
      findings: [
        {
          rule: 'narrative-check/ambiguous-line',
          severity: 'warning',
          message:
            '第 3 段：“一般行政管理事务”在本年财政拨款支出中有多个科目（2012902、2013202、2013302、2013402、2013802、2081602、2120102），请写出完整科目路径或编码，其金额未核对',
        },
      ],
    },
    {
      name: 'two of the four 类 listed (a 提示: a list may name only the main ones)',
      text: [BUDGET_HEADING, LIST_HEAD, EDUCATION, SOCIAL],
      findings: [
        {
          rule: 'narrative-check/list-incomplete',
          severity: 'info',
          message:
            '第 3 段：财政拨款支出主要内容未列出：210 卫生健康支出（5 一般公共预算支出功能分类!E32）、221 住房保障支出（5 一般公共预算支出功能分类!E39）',
        },
      ],
    },
    {
      name: '上年当年预算执行数 not the one on the 上年数 sheet',
      facts: withLines,
      text: [BUDGET_HEADING, LIST_HEAD, '1. “教育支出”科目50,179万元，2023年当年预算执行数为47,100万元，主要用于地方教育附加安排的支出。'],
      figures: [
        { verdict: 'ok', figure: 50179, table: 50179.4779, cell: E6 },
        { verdict: 'error', figure: 47100, table: 47000, cell: null },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          expected: 47_000_000_000,
          actual: 47_100_000_000,
          message: '第 3 段：“教育支出（205）上年当年预算执行数”写作47,100万元，按表应为47,000万元（上年数）',
        },
      ],
    },
    {
      name: '预算安排 restated on the line with another figure',
      facts: withLines,
      text: [
        BUDGET_HEADING,
        LIST_HEAD,
        '1. “教育支出”科目50,179万元，2023年当年预算执行数为47,000万元，2024年预算安排50,197万元，主要用于地方教育附加安排的支出。',
      ],
      figures: [
        { verdict: 'ok', figure: 50179, table: 50179.4779, cell: E6 },
        { verdict: 'ok', figure: 47000, table: 47000, cell: null },
        { verdict: 'error', figure: 50197, table: 50179.4779, cell: E6 },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          difference: 17_522_100,
          message: '第 3 段：“教育支出（205）”写作50,197万元，按表应为50,179万元（5 一般公共预算支出功能分类!E6）',
        },
      ],
    },
  ],
});
