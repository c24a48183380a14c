import { procurementFigures } from '../../../src/domain/narrative/textCheck/rules/procurementFigures';
import { misstate, PROCUREMENT, PROCUREMENT_HEADING, PROCUREMENT_SME } from './published2024';
import { factsWithoutMaterials, textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/procurement-figures: 政府采购 figures against the 说明素材 sheet; without them, the
// text against itself (total = 货物 + 工程 + 服务, a reservation not above what it is reserved from).

const M = '说明素材';
const TEXT = [PROCUREMENT_HEADING, PROCUREMENT, PROCUREMENT_SME];

textRuleTester(procurementFigures, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 6,
    },
    {
      name: 'the published 2024 section against the 说明素材 sheet',
      text: TEXT,
      figures: [
        { figure: 31816.91, table: 31816.91, cell: `${M}!B19`, claim: '政府采购预算' },
        { figure: 1022.19, table: 1022.19, cell: `${M}!B19`, claim: '政府采购货物预算', text: '其中：政府采购货物预算1,022.19万元' },
        {
          figure: 1437.81,
          table: 1437.81,
          cell: `${M}!B20`,
          claim: '政府采购工程预算',
          text: '政府采购工程预算1,437.81万元',
        },
        { figure: 29356.91, table: 29356.91, cell: `${M}!B21`, claim: '政府采购服务预算' },
        { figure: 15202.08, table: 15202.08, cell: `${M}!B22`, claim: '面向中小企业预留政府采购项目预算' },
        { figure: 613.66, table: 613.66, cell: `${M}!B23`, claim: '预留给小型和微型企业的政府采购项目预算' },
      ],
    },
    {
      name: 'without 说明素材: the text agrees with itself (the figures are listed, not checked)',
      facts: factsWithoutMaterials,
      text: TEXT,
      figures: [
        { verdict: 'info', figure: 31816.91, table: null, cell: null },
        { verdict: 'info', figure: 1022.19, table: null, cell: null },
        { verdict: 'info', figure: 1437.81, table: null, cell: null },
        { verdict: 'info', figure: 29356.91, table: null, cell: null },
        { verdict: 'info', figure: 15202.08, table: null, cell: null },
        { verdict: 'info', figure: 613.66, table: null, cell: null },
      ],
    },
  ],
  invalid: [
    {
      name: 'a figure off the 说明素材 sheet (工程 1,437.81 written 1,473.81)',
      text: [PROCUREMENT_HEADING, misstate(PROCUREMENT, '1,437.81', '1,473.81'), PROCUREMENT_SME],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          expected: 1_437_810_000,
          actual: 1_473_810_000,
          message: '第 2 段：“政府采购工程预算”写作1,473.81万元，按表应为1,437.81万元（说明素材!B20）',
        },
      ],
    },
    {
      name: 'without 说明素材: the total is not 货物 + 工程 + 服务',
      facts: factsWithoutMaterials,
      text: [PROCUREMENT_HEADING, misstate(PROCUREMENT, '29,356.91', '29,356.00'), PROCUREMENT_SME],
      findings: [
        {
          rule: 'narrative-check/text-sum',
          severity: 'warning',
          expected: 31_816_000_000,
          actual: 31_816_910_000,
          difference: 910_000,
          message:
            '第 2 段：政府采购预算写作31,816.91万元，文中所列政府采购货物预算、政府采购工程预算、政府采购服务预算之和为31,816.00万元，两者不符',
        },
      ],
    },
    {
      name: 'without 说明素材: the 中小企业 reservation above the total',
      facts: factsWithoutMaterials,
      text: [PROCUREMENT_HEADING, PROCUREMENT, misstate(PROCUREMENT_SME, '15,202.08', '35,202.08')],
      findings: [
        {
          rule: 'narrative-check/text-exceeds',
          severity: 'warning',
          message: '第 3 段：面向中小企业预留政府采购项目预算35,202.08万元大于政府采购预算31,816.91万元，请核对',
        },
      ],
    },
    {
      name: 'without 说明素材: the 小微企业 reservation above the 中小企业 one',
      facts: factsWithoutMaterials,
      text: [PROCUREMENT_HEADING, PROCUREMENT, misstate(PROCUREMENT_SME, '613.66', '16,613.66')],
      findings: [
        {
          rule: 'narrative-check/text-exceeds',
          severity: 'warning',
          message: '第 3 段：预留给小型和微型企业的政府采购项目预算16,613.66万元大于面向中小企业预留政府采购项目预算15,202.08万元，请核对',
        },
      ],
    },
  ],
});
