import { projectItems } from '../../../src/domain/narrative/textCheck/rules/projectItems';
import { EXAM_PROJECT, HOTLINE_PROJECT, misstate, TRAINING_PROJECT } from './published2024';
import { textRuleTester } from './textRuleTester';
import { facts2020, PUBLISHED_2020 } from './published2020';

// narrative-check/project-items: under "2024年该项目预算8600万元。其中：" the numbered items add up
// to the project figure, one item a paragraph or pasted as one line.

const [HEADING, LEAD, FIRST, ...REST] = TRAINING_PROJECT as [string, string, string, ...string[]];

textRuleTester(projectItems, {
  valid: [
    {
      name: 'the published 2020 text against the 2020 workbook (上年数 and 说明素材 from seed 000)',
      facts: facts2020,
      text: PUBLISHED_2020,
    },
    { name: 'the published 职业培训基础能力建设资助 items (8,600万元)', text: TRAINING_PROJECT },
    { name: 'the same pasted as one line', text: [HEADING, [LEAD, FIRST, ...REST].join('')] },
    { name: 'one item, figures with thousands separators (12333热线, 7,398.50万元)', text: HOTLINE_PROJECT },
  ],
  invalid: [
    {
      name: 'on the 编制说明 sheet: an item off (45 written 54)',
      onSheet: true,
      text: [HEADING, LEAD, misstate(FIRST, '45万元', '54万元'), ...REST],
      findings: [
        {
          rule: 'narrative-check/project-items',
          severity: 'warning',
          sheet: '编制说明',
          cell: 'A2',
          expected: 8_600_000_000,
          actual: 8_609_000_000,
          difference: 9_000_000,
          message: '工作表“编制说明”A2：项目预算8600万元，所列明细合计8,609万元，两者不相等',
        },
      ],
    },
    {
      name: 'pasted as one line, an item off (6362 written 6326)',
      text: [HEADING, misstate([LEAD, FIRST, ...REST].join(''), '6362万元', '6326万元')],
      findings: [
        {
          rule: 'narrative-check/project-items',
          severity: 'warning',
          difference: -36_000_000,
          message: '第 2 段：项目预算8600万元，所列明细合计8,564万元，两者不相等',
        },
      ],
    },
    {
      // seeds/sh-hrss-2024-projects.json "gaps": the publication lists the first 14 items only.
      name: 'the published 人事考试考务费用 items: a page missing (2,218.30 of 7,767.77万元)',
      text: EXAM_PROJECT,
      findings: [
        {
          rule: 'narrative-check/project-items',
          severity: 'warning',
          difference: -5_549_470_000,
          message: '第 2 段：项目预算7767.77万元，所列明细合计2,218.3万元，两者不相等',
        },
      ],
    },
  ],
});
