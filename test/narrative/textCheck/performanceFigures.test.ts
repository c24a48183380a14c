import { performanceFigures } from '../../../src/domain/narrative/textCheck/rules/performanceFigures';
import { misstate, PERFORMANCE, PERFORMANCE_HEADING } from './published2024';
import { factsWithoutMaterials, textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/performance-figures: 绩效目标 funds against the 说明素材 sheet, and never above the
// 项目支出 of the 支出预算总表 (144,565.44万元, 3 支出预算总表!G43).

textRuleTester(performanceFigures, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figureCount: 1,
    },
    {
      name: 'the published 2024 section',
      text: [PERFORMANCE_HEADING, PERFORMANCE],
      figures: [
        { figure: 143532.78, table: 143532.78, cell: '说明素材!B29', claim: '涉及项目预算资金', text: '涉及项目预算资金143,532.78万元' },
      ],
    },
    {
      name: 'without 说明素材: below the 项目支出 (listed, not checked)',
      facts: factsWithoutMaterials,
      text: [PERFORMANCE_HEADING, PERFORMANCE],
      figures: [{ verdict: 'info', figure: 143532.78, table: null, cell: null }],
    },
  ],
  invalid: [
    {
      name: 'funds off the 说明素材 sheet (143,532.78 written 143,523.78)',
      text: [PERFORMANCE_HEADING, misstate(PERFORMANCE, '143,532.78', '143,523.78')],
      figures: [{ verdict: 'error', figure: 143523.78, table: 143532.78, cell: '说明素材!B29' }],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          difference: -9_000_000,
          message: '第 2 段：“涉及项目预算资金”写作143,523.78万元，按表应为143,532.78万元（说明素材!B29）',
        },
      ],
    },
    {
      name: 'without 说明素材: funds above the 项目支出',
      facts: factsWithoutMaterials,
      text: [PERFORMANCE_HEADING, misstate(PERFORMANCE, '143,532.78', '150,000.00')],
      findings: [
        {
          rule: 'narrative-check/performance-exceeds-project',
          severity: 'warning',
          expected: 144_565_444_800,
          actual: 150_000_000_000,
          difference: 5_434_555_200,
          message: '第 2 段：绩效目标涉及项目预算资金150,000.00万元大于项目支出预算144,565.44万元（3 支出预算总表!G43），请核对',
        },
      ],
    },
    {
      name: 'funds off the 说明素材 sheet and above the 项目支出: both said',
      onSheet: true,
      text: [PERFORMANCE_HEADING, misstate(PERFORMANCE, '143,532.78', '150,000.00')],
      findings: [
        {
          rule: 'narrative-check/figure-mismatch',
          severity: 'error',
          sheet: '编制说明',
          cell: 'A2',
          message: '工作表“编制说明”A2：“涉及项目预算资金”写作150,000.00万元，按表应为143,532.78万元（说明素材!B29）',
        },
        {
          rule: 'narrative-check/performance-exceeds-project',
          severity: 'warning',
          sheet: '编制说明',
          cell: 'A2',
          message: '工作表“编制说明”A2：绩效目标涉及项目预算资金150,000.00万元大于项目支出预算144,565.44万元（3 支出预算总表!G43），请核对',
        },
      ],
    },
  ],
});
