import { outputLevel2Rule } from '../../../src/domain/projects/rules/outputLevel2';
import { indicator, projectRuleTester, record } from './projectRuleTester';

projectRuleTester(outputLevel2Rule, 'error', {
  valid: [
    { name: '数量 and 质量 under 产出', projects: [record()] },
    {
      name: '时效 and 成本 under 产出指标',
      projects: [
        record({ indicators: [indicator('产出指标', '时效', '完成时间', '≤12月'), indicator('产出指标', '成本', '单页成本', '≤1元')] }),
      ],
    },
    { name: 'other 一级指标 have their own 二级', projects: [record({ indicators: [indicator('效果', '社会效益', '便利', '提高')] })] },
  ],
  invalid: [
    {
      name: 'a 二级 that is not 数量/质量/时效/成本, at its cell, once per label',
      projects: [
        record({
          indicators: [
            indicator('产出', '数量', '页数', '≥1页'),
            indicator('产出', '品质', '合格率', '≥98%'),
            indicator('产出', '品质', '准确率', '≥99%'),
          ],
        }),
      ],
      findings: [{ cell: 'B14', message: '项目“档案数字化”产出指标下的二级指标“品质”不规范，应为数量、质量、时效、成本之一' }],
    },
  ],
});
