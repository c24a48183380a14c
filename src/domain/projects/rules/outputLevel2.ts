import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { isOutputLevel2, level1Key } from '../indicatorFramework';
import type { ProjectRule } from './projectRule';

const ID = 'projects/output-level2';
const SEVERITY = 'error';

export const outputLevel2Rule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '产出指标的二级指标应为数量、质量、时效、成本',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const seen = new Set<string>();
      r.project.indicators.forEach((ind, i) => {
        if (level1Key(ind.level1) !== 'output' || isOutputLevel2(ind.level2) || seen.has(ind.level2)) return;
        seen.add(ind.level2);
        findings.push(
          projectFinding(
            ID,
            SEVERITY,
            { sheet: r.sheet, cell: r.cells?.indicators[i]?.level2 ?? null },
            {
              project: r.project.name,
              value: ind.level2 || '（空）',
            },
          ),
        );
      });
    }
    return findings;
  },
};
