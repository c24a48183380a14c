import { sangongIdentity } from '../../../src/domain/check/rules/sangongIdentity';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { published, SG } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// sangong-identity: in the 三公 table (万元), 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费,
// and 公务用车购置及运行费 = 购置费 + 运行费; within 0.01 万元 per part a 尾差.

ruleTester(sangongIdentity, {
  valid: [
    { name: 'published 2024 (万元)', sheets: () => publishedSnapshots() },
    {
      name: '公务用车 and 合计 raised together',
      sheets: published((s) => withCell(withCell(withCell(s, SG, 'E6', 163), SG, 'D6', 463.4), SG, 'A6', 1157.59)),
    },
  ],
  invalid: [
    {
      name: '三公合计 off by 1 万元',
      sheets: published((s) => withCell(s, SG, 'A6', 1157.59)),
      findings: [
        {
          sheet: SG,
          cell: 'A6',
          severity: 'error',
          difference: 10_000 * 100,
          column: '“三公”经费合计',
          message:
            '“9 三公经费和机关运行经费”“三公”经费合计为 1,157.59 万元，因公出国(境)费+公务接待费+公务用车购置及运行费为 1,156.59 万元，相差 1.00 万元',
        },
      ],
    },
    {
      name: '公务用车 小计 ≠ 购置费 + 运行费, within 0.02 万元 is a 尾差',
      sheets: published((s) => withCell(withCell(s, SG, 'D6', 462.41), SG, 'A6', 1156.6)),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: SG,
          cell: 'D6',
          difference: 10_000,
          message:
            '“9 三公经费和机关运行经费”公务用车购置及运行费为 462.41 万元，购置费+运行费为 462.40 万元，相差 0.01 万元，未超过 2 项 × 每项尾差限额（共 0.02 万元），属四舍五入形成的尾差',
        },
      ],
    },
    {
      name: '公务用车 小计 0.10 万元 off 购置费 + 运行费',
      sheets: published((s) => withCell(withCell(s, SG, 'D6', 462.5), SG, 'A6', 1156.69)),
      findings: [
        {
          sheet: SG,
          cell: 'D6',
          column: '公务用车购置及运行费',
          severity: 'error',
          difference: 100_000,
          expected: 462_400_000,
          actual: 462_500_000,
          message: '“9 三公经费和机关运行经费”公务用车购置及运行费为 462.50 万元，购置费+运行费为 462.40 万元，相差 0.10 万元',
        },
      ],
    },
  ],
});
