import { counts } from '../../../src/domain/narrative/textCheck/rules/counts';
import {
  ASSETS_HEADING,
  misstate,
  OFFICE,
  OFFICE_HEADING,
  PERFORMANCE,
  PERFORMANCE_HEADING,
  VEHICLES_HELD,
  VEHICLES_PLANNED,
} from './published2024';
import { factsWithoutMaterials, textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/counts: 机关家数, 绩效 units and projects, vehicles against the 说明素材 sheet; and,
// with nothing on the sheet, the vehicles by category add up to the number the text gives.

textRuleTester(counts, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
    },
    {
      name: 'the published 2024 counts against the 说明素材 sheet',
      text: [OFFICE_HEADING, OFFICE, PERFORMANCE_HEADING, PERFORMANCE, ASSETS_HEADING, VEHICLES_HELD, VEHICLES_PLANNED],
    },
    {
      name: 'without 说明素材: the vehicles by category add up',
      facts: factsWithoutMaterials,
      text: [ASSETS_HEADING, VEHICLES_HELD, VEHICLES_PLANNED],
    },
  ],
  invalid: [
    {
      name: 'vehicles held off the 说明素材 sheet (91 written 92)',
      text: [ASSETS_HEADING, misstate(VEHICLES_HELD, '共有车辆91辆', '共有车辆92辆')],
      findings: [
        {
          rule: 'narrative-check/count-mismatch',
          severity: 'error',
          message: '第 2 段：“车辆总数”写作共有车辆92辆，说明素材中为91（说明素材!B49）',
        },
      ],
    },
    {
      name: 'a category of vehicles off (执法执勤用车 52 written 53)',
      text: [ASSETS_HEADING, misstate(VEHICLES_HELD, '执法执勤用车52辆', '执法执勤用车53辆')],
      findings: [
        {
          rule: 'narrative-check/count-mismatch',
          severity: 'error',
          message: '第 2 段：“执法执勤用车”写作执法执勤用车53辆，说明素材中为52（说明素材!B45）',
        },
      ],
    },
    {
      name: 'on the 编制说明 sheet: the number of 机关',
      onSheet: true,
      text: [OFFICE_HEADING, misstate(OFFICE, '下属1家机关', '下属2家机关')],
      findings: [
        {
          rule: 'narrative-check/count-mismatch',
          severity: 'error',
          sheet: '编制说明',
          cell: 'A2',
          message: '工作表“编制说明”A2：“下属机关家数”写作下属2家机关，说明素材中为1（说明素材!B6）',
        },
      ],
    },
    {
      name: '绩效: units and projects',
      text: [PERFORMANCE_HEADING, misstate(misstate(PERFORMANCE, '项目105个', '项目150个'), '14个预算单位', '15个预算单位')],
      findings: [
        {
          rule: 'narrative-check/count-mismatch',
          severity: 'error',
          message: '第 2 段：“预算单位个数”写作本部门15个预算单位，说明素材中为14（说明素材!B27）',
        },
        {
          rule: 'narrative-check/count-mismatch',
          severity: 'error',
          message: '第 2 段：“编报绩效目标的项目个数”写作编报绩效目标的项目150个，说明素材中为105（说明素材!B28）',
        },
      ],
    },
    {
      name: 'without 说明素材: the categories do not add up to the total',
      facts: factsWithoutMaterials,
      text: [ASSETS_HEADING, misstate(VEHICLES_HELD, '共有车辆91辆', '共有车辆90辆')],
      findings: [
        { rule: 'narrative-check/vehicle-sum', severity: 'warning', message: '第 2 段：“共有车辆90辆”与所列各类车辆之和 91 辆不符' },
      ],
    },
  ],
});
