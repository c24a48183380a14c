import { sangongVsEconomic } from '../../../src/domain/check/rules/sangongVsEconomic';
import { corpusSnapshots, corpusWith, FINANCE_BUREAU, WANLI_2024 } from '../../corpus/support/corpus';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { published, SG } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// sangong-vs-economic: a 三公 item (万元) is not below its 经济分类 款 (元), allowing for the 万元
// figure being printed rounded to 2 decimals.

ruleTester(sangongVsEconomic, {
  valid: [
    // 公务接待费 159.89 万元 is above 30217 (108.889 万元): the rest is project spending — not flagged.
    { name: 'published 2024: 三公 at or above the basic-expenditure amounts', sheets: () => publishedSnapshots() },
    { name: `corpus: ${FINANCE_BUREAU}`, sheets: () => corpusSnapshots(FINANCE_BUREAU) },
    { name: `corpus: ${WANLI_2024}`, sheets: () => corpusSnapshots(WANLI_2024) },
    {
      name: '288.70 万元 printed for 2,887,040 元: within the 万元 rounding',
      sheets: corpusWith(FINANCE_BUREAU, '单位一般公共预算拨款基本支出明细表', 'D31', 2887040),
    },
  ],
  invalid: [
    {
      name: 'corpus: 288.69 万元 against 2,887,000 元 (more than the rounding)',
      sheets: corpusWith(FINANCE_BUREAU, '单位“三公”经费和机关运行费预算表', 'B7', 288.69),
      findings: [{ sheet: '单位“三公”经费和机关运行费预算表', cell: 'B7', code: '30212', severity: 'warning', message: /少 0.01 万元/ }],
    },
    {
      name: '因公出国(境)费 below 30212',
      sheets: published((s) => withCell(s, SG, 'B6', 500)),
      findings: [
        {
          sheet: SG,
          cell: 'B6',
          code: '30212',
          severity: 'warning',
          message:
            /“9 三公经费和机关运行经费”因公出国\(境\)费 500.00 万元 小于“8 基本支出经济分类预算表”30212 因公出国（境）费用【合计】 534.30 万元（少 34.30 万元）。“三公”经费含基本支出和项目支出/,
        },
      ],
    },
  ],
});
