import type { Finding } from '../../findings/finding';
import { projectFinding, showAmount } from '../projectFinding';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/current-exceeds-total';
const SEVERITY = 'error';

export const currentExceedsTotalRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '项目当年预算不应超过项目总预算',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const { budget, totalBudget, name } = r.project;
      if (budget === undefined || totalBudget === undefined || budget <= totalBudget) continue;
      findings.push(
        projectFinding(
          ID,
          SEVERITY,
          fieldWhere(r, 'budget'),
          {
            project: name,
            budget: showAmount(budget, r.unit),
            total: showAmount(totalBudget, r.unit),
            unit: r.unit,
          },
          { expected: totalBudget, actual: budget },
        ),
      );
    }
    return findings;
  },
};
