import { missingReason } from '../../../src/domain/narrative/textCheck/rules/missingReason';
import { ABROAD, misstate, OFFICE, OFFICE_HEADING, RECEPTION, SANGONG_HEADING, SANGONG_TOTAL, VEHICLE } from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/missing-reason: in the 三公 and 机关运行经费 sections a change against last year
// says why ("主要原因是…"); the 三公 total is explained by its items, and 持平 needs no reason.

textRuleTester(missingReason, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
    },
    {
      name: 'the published 2024 三公 and 机关运行经费 sections',
      text: [SANGONG_HEADING, SANGONG_TOTAL, ABROAD, VEHICLE, RECEPTION, OFFICE_HEADING, OFFICE],
    },
    {
      name: 'a change outside the 三公 and 机关运行经费 sections needs no reason here',
      text: ['2024年部门预算编制说明', '支出预算253,566万元，其中：财政拨款支出预算250,203万元，比2023年预算增加2,372万元。'],
    },
  ],
  invalid: [
    {
      name: 'a 三公 item changed without a reason',
      text: [SANGONG_HEADING, misstate(VEHICLE, '，主要原因是公务用车运行费预算减少', '')],
      findings: [
        {
          rule: 'narrative-check/missing-reason',
          severity: 'warning',
          message: '第 2 段：“公务用车运行费”比2023年预算减少3.50万元，未说明原因（应写“主要原因是……”）',
        },
      ],
    },
    {
      name: 'on the 编制说明 sheet: 机关运行经费 up without a reason',
      onSheet: true,
      text: [OFFICE_HEADING, misstate(OFFICE, '15,460.88万元。', '15,460.88万元，比2023年预算增加100.00万元。')],
      findings: [
        {
          rule: 'narrative-check/missing-reason',
          severity: 'warning',
          sheet: '编制说明',
          cell: 'A2',
          message: '工作表“编制说明”A2：“机关运行经费”比2023年预算增加100.00万元，未说明原因（应写“主要原因是……”）',
        },
      ],
    },
  ],
});
