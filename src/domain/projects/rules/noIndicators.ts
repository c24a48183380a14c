import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/no-indicators';
const SEVERITY = 'warning';

/** Only the 绩效目标表 carries indicators; the 经费情况说明 refers to it. */
export const noIndicatorsRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '绩效目标表中的每个项目都应填列绩效指标',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      if (r.kind !== 'performance' || r.project.indicators.length > 0) continue;
      findings.push(projectFinding(ID, SEVERITY, fieldWhere(r, 'name'), { project: r.project.name }));
    }
    return findings;
  },
};
