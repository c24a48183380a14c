import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import type { ProjectRule } from './projectRule';

const ID = 'projects/target-missing';
const SEVERITY = 'error';

export const targetMissingRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '每个三级指标都应填列指标目标值',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      r.project.indicators.forEach((ind, i) => {
        if (ind.target.trim() !== '') return;
        findings.push(
          projectFinding(
            ID,
            SEVERITY,
            { sheet: r.sheet, cell: r.cells?.indicators[i]?.target ?? null },
            {
              project: r.project.name,
              indicator: ind.level3 || `${ind.level1}/${ind.level2}`,
            },
          ),
        );
      });
    }
    return findings;
  },
};
