import { fiscalSummaryVsTables } from '../../../src/domain/check/rules/fiscalSummaryVsTables';
import { ALL_CORPUS, corpusSnapshots } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { FIS, published } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// fiscal-summary-vs-tables: 财政拨款收支预算总表 against 收入预算总表 and the three 财政拨款 tables.

ruleTester(fiscalSummaryVsTables, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    ...ALL_CORPUS.map((n) => ({ name: `corpus: ${n}`, sheets: () => corpusSnapshots(n) })),
  ],
  invalid: [
    {
      name: '一般公共预算 column of a 类 line and the 合计 column',
      sheets: published((s) => withCell(withCell(s, FIS, 'E8', 164834000), FIS, 'D8', 164834000)),
      findings: [
        {
          severity: 'error',
          sheet: FIS,
          cell: 'D8',
          code: '221',
          column: '合计',
          difference: -8700,
          message:
            '“4 财政拨款收支预算总表”四、住房保障支出【合计】为 164,834,000 元，与“2 收入预算总表”221 住房保障支出【财政拨款收入】 164,834,087 元 不一致，相差 -87 元',
        },
        {
          severity: 'error',
          sheet: FIS,
          cell: 'E8',
          code: '221',
          column: '一般公共预算',
          difference: -8700,
          message:
            '“4 财政拨款收支预算总表”四、住房保障支出【一般公共预算】为 164,834,000 元，与“5 一般公共预算支出功能分类”221 住房保障支出【合计】 164,834,087 元 不一致，相差 -87 元',
        },
      ],
    },
  ],
});
