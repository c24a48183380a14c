import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { analyzeTarget } from '../targetValue';
import type { ProjectRule } from './projectRule';

const ID = 'projects/target-comparator';
const SEVERITY = 'warning';

/** "100%" says neither "at least" nor "exactly": a quantitative target needs =, ≥, ≤, > or <. */
export const targetComparatorRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '定量指标目标值应带比较符（=、≥、≤、>、<）',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      r.project.indicators.forEach((ind, i) => {
        const a = analyzeTarget(ind.target);
        if (a.kind !== 'quantitative' || a.comparator !== null) return;
        findings.push(
          projectFinding(
            ID,
            SEVERITY,
            { sheet: r.sheet, cell: r.cells?.indicators[i]?.target ?? null },
            {
              project: r.project.name,
              indicator: ind.level3,
              value: ind.target,
            },
          ),
        );
      });
    }
    return findings;
  },
};
