import { indicatorLevel1Rule } from '../../../src/domain/projects/rules/indicatorLevel1';
import { indicator, projectRuleTester, record } from './projectRuleTester';

const ALLOWED = '投入与管理、产出、效果（效益）、满意度、影响力、成本（可带“目标”或“指标”字样）';

projectRuleTester(indicatorLevel1Rule, 'error', {
  valid: [
    { name: 'the standard 一级指标', projects: [record()] },
    {
      name: 'with 指标/目标 words',
      projects: [
        record({
          indicators: [indicator('产出指标', '数量', '件数', '≥10件'), indicator('满意度指标', '服务对象满意度', '满意度', '≥90%')],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'an unknown 一级指标, at its cell, once per label',
      projects: [record({ indicators: [indicator('工作任务', '数量', '件数', '≥10件'), indicator('工作任务', '质量', '合格率', '≥95%')] })],
      findings: [{ cell: 'A13', message: `项目“档案数字化”的一级指标“工作任务”不在标准指标体系内（应为${ALLOWED}）` }],
    },
    {
      name: 'a blank 一级指标',
      projects: [record({ indicators: [indicator('', '数量', '件数', '≥10件')] })],
      findings: [{ cell: 'A13', message: /一级指标“（空）”不在标准指标体系内/ }],
    },
  ],
});
