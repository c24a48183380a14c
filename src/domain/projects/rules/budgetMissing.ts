import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/budget-missing';
const SEVERITY = 'warning';

export const budgetMissingRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '每个项目都应填列当年预算',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      if (r.project.budget !== undefined) continue;
      const where = fieldWhere(r, 'budget');
      findings.push(projectFinding(ID, SEVERITY, where.cell ? where : fieldWhere(r, 'name'), { project: r.project.name }));
    }
    return findings;
  },
};
