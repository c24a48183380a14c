import { unrecognised } from '../../../src/domain/narrative/textCheck/rules/unrecognised';
import { INCOME, PROCUREMENT, PROCUREMENT_HEADING, PUBLISHED_2024, TRAINING_PROJECT, BUDGET_HEADING } from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/unrecognised: a 万元 figure nothing in the tables or 说明素材 is claimed by is listed,
// with a 提示 that it was not checked; thresholds ("单价100万元（含）以上") and project sums are not.

textRuleTester(unrecognised, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
      figures: [],
    },
    { name: 'the published 2024 编制说明 and 其他相关情况说明: every figure is claimed', text: PUBLISHED_2024, figures: [] },
    { name: 'a project explanation: its sums are the project rule’s', text: TRAINING_PROJECT },
  ],
  invalid: [
    {
      name: 'a figure nothing claims',
      text: [BUDGET_HEADING, INCOME, '另安排专项资金500万元。'],
      figures: [{ verdict: 'info', figure: 500, table: null, cell: null, text: '另安排专项资金500万元' }],
      findings: [
        {
          rule: 'narrative-check/unrecognised',
          severity: 'info',
          message: '第 3 段：“另安排专项资金500万元”中的500万元对应不到表中的数，未核对',
        },
      ],
    },
    {
      name: 'on the 编制说明 sheet: a procurement figure the 说明素材 has no line for',
      onSheet: true,
      text: [PROCUREMENT_HEADING, PROCUREMENT, '其中用于信息化建设的采购120.50万元。'],
      figures: [{ verdict: 'info', figure: 120.5, table: null, cell: null }],
      findings: [
        {
          rule: 'narrative-check/unrecognised',
          severity: 'info',
          sheet: '编制说明',
          cell: 'A3',
          message: '工作表“编制说明”A3：“其中用于信息化建设的采购120.50万元”中的120.50万元对应不到表中的数，未核对',
        },
      ],
    },
  ],
});
