import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { analyzeTarget } from '../targetValue';
import type { ProjectRule } from './projectRule';

const ID = 'projects/target-unit';
const SEVERITY = 'warning';

export const targetUnitRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '定量指标目标值应带计量单位（%、元、人次等）',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      r.project.indicators.forEach((ind, i) => {
        const a = analyzeTarget(ind.target);
        if (a.kind !== 'quantitative' || a.unit !== null) return;
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
