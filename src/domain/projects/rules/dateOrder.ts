import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/date-order';
const SEVERITY = 'error';

export const dateOrderRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '计划开始日期不应晚于计划完成日期',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const { startDate, endDate, name } = r.project;
      if (startDate === undefined || endDate === undefined || startDate <= endDate) continue;
      findings.push(projectFinding(ID, SEVERITY, fieldWhere(r, 'startDate'), { project: name, start: startDate, end: endDate }));
    }
    return findings;
  },
};
