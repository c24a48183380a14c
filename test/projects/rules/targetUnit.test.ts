import { targetUnitRule } from '../../../src/domain/projects/rules/targetUnit';
import { indicator, projectRuleTester, record } from './projectRuleTester';

projectRuleTester(targetUnitRule, 'warning', {
  valid: [
    { name: 'units on every quantitative target', projects: [record()] },
    { name: 'qualitative targets need none', projects: [record({ indicators: [indicator('效果', '社会效益', '便利', '明显提高')] })] },
  ],
  invalid: [
    {
      name: 'a bare number, at its cell',
      projects: [
        record({ indicators: [indicator('产出', '数量', '扫描页数', '≥100万页'), indicator('效果', '资金', '资金使用规范性', '≥95')] }),
      ],
      findings: [{ cell: 'D14', message: '项目“档案数字化”的三级指标“资金使用规范性”目标值“≥95”缺少计量单位（如 %、元、人次、天）' }],
    },
  ],
});
