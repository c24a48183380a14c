import { summaryBreakdownBlank } from '../../../src/domain/check/rules/summaryBreakdownBlank';
import { ALL_CORPUS, corpusSnapshots, corpusWith, WANLI_2024 } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { ruleTester } from '../support/ruleTester';

// summary-breakdown-blank: a 提示 when an income line carries the figure and its sub-lines are all blank.

const WL_FS = '部门收支总表';

ruleTester(summaryBreakdownBlank, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    ...ALL_CORPUS.map((n) => ({ name: `corpus: ${n}`, sheets: () => corpusSnapshots(n) })),
    { name: 'a sub-line filled (even wrongly) is not a blank breakdown', sheets: corpusWith(WANLI_2024, WL_FS, 'B9', 100) },
  ],
  invalid: [
    {
      name: '一、财政拨款收入 filled, 1. 2. 3. blank',
      sheets: corpusWith(WANLI_2024, WL_FS, 'B9', null),
      findings: [
        {
          sheet: WL_FS,
          cell: 'B9',
          severity: 'info',
          message:
            '“部门收支总表”一、财政拨款收入为 156,211,123 元，其下“1. 一般公共预算资金”、“2. 政府性基金”、“3. 国有资本经营预算”均未填列（只在上级行列了数）；不是求和错误，如需公开资金来源明细请逐项填写',
        },
      ],
    },
  ],
});
