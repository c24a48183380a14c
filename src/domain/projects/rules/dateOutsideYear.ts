import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { yearOfIso } from '../projectDates';
import { fieldWhere, ProjectRule, projectYear } from './projectRule';

const ID = 'projects/date-outside-year';
const SEVERITY = 'warning';

/** 计划开始/完成日期 within the budget year (the sheet's own year, else the workbook's). */
export const dateOutsideYearRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '计划开始日期和计划完成日期应在预算年度内',
  check(projects, ctx) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const year = projectYear(r, ctx);
      if (year === null) continue;
      for (const [field, label] of [
        ['startDate', '计划开始日期'],
        ['endDate', '计划完成日期'],
      ] as const) {
        const d = r.project[field];
        if (d === undefined || yearOfIso(d) === year) continue;
        findings.push(projectFinding(ID, SEVERITY, fieldWhere(r, field), { project: r.project.name, field: label, value: d, year }));
      }
    }
    return findings;
  },
};
