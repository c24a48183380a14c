import { sangongFigures } from '../../../src/domain/narrative/textCheck/rules/sangongFigures';
import {
  ABROAD,
  misstate,
  OFFICE,
  OFFICE_HEADING,
  OTHER_HEADING,
  RECEPTION,
  SANGONG_HEADING,
  SANGONG_TOTAL,
  VEHICLE,
} from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/sangong-figures: the “三公” items and 机关运行经费 against the 三公 table (万元).

const SG = '9 三公经费和机关运行经费';

textRuleTester(sangongFigures, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 5,
    },
    {
      name: 'the published 2024 三公 and 机关运行经费 sections',
      text: [OTHER_HEADING, SANGONG_HEADING, SANGONG_TOTAL, ABROAD, VEHICLE, RECEPTION, OFFICE_HEADING, OFFICE],
      figures: [
        { figure: 1156.59, table: 1156.59, cell: `${SG}!A6`, claim: '“三公”经费预算数' },
        { figure: 534.3, table: 534.3, cell: `${SG}!B6`, claim: '因公出国（境）费' },
        { figure: 462.4, table: 462.4, cell: `${SG}!D6`, claim: '公务用车购置及运行费' },
        { figure: 162, table: 162, cell: `${SG}!E6`, claim: '公务用车购置费' },
        { figure: 300.4, table: 300.4, cell: `${SG}!F6`, claim: '公务用车运行费' },
        { figure: 159.89, table: 159.89, cell: `${SG}!C6`, claim: '公务接待费' },
        { figure: 15460.88, table: 15460.88, cell: `${SG}!G6`, claim: '机关运行经费' },
      ],
    },
  ],
  invalid: [
    {
      name: 'an item off (公务接待费 159.89 written 159.98)',
      text: [SANGONG_HEADING, misstate(RECEPTION, '159.89', '159.98')],
      figures: [{ verdict: 'error', figure: 159.98, table: 159.89, cell: `${SG}!C6`, text: '（三）公务接待费159.98万元' }],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          expected: 159_890_000,
          actual: 159_980_000,
          difference: 90_000,
          message: '第 2 段：“公务接待费”写作159.98万元，按表应为159.89万元（9 三公经费和机关运行经费!C6）',
        },
      ],
    },
    {
      name: 'on the 编制说明 sheet: 机关运行经费 off (15,460.88 written 15,640.88)',
      onSheet: true,
      text: [OFFICE_HEADING, misstate(OFFICE, '15,460.88', '15,640.88')],
      figures: [{ verdict: 'error', figure: 15640.88, table: 15460.88, cell: `${SG}!G6` }],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          sheet: '编制说明',
          cell: 'A2',
          message: '工作表“编制说明”A2：“机关运行经费”写作15,640.88万元，按表应为15,460.88万元（9 三公经费和机关运行经费!G6）',
        },
      ],
    },
    {
      name: 'the 三公 total cut to one decimal (1,156.59 written 1,156.5)',
      text: [SANGONG_HEADING, misstate(SANGONG_TOTAL, '1,156.59', '1,156.5'), ABROAD],
      figures: [
        { verdict: 'info', figure: 1156.5, table: 1156.59, cell: `${SG}!A6` },
        { verdict: 'ok', figure: 534.3, table: 534.3, cell: `${SG}!B6` },
      ],
      findings: [
        {
          rule: 'narrative-check/figure-truncated',
          severity: 'info',
          difference: -90_000,
          message:
            '第 2 段：““三公”经费预算数”写作1,156.5万元，表中为1,156.59万元（9 三公经费和机关运行经费!A6），四舍五入应为1,156.6万元：疑为截尾而非四舍五入',
        },
      ],
    },
  ],
});
