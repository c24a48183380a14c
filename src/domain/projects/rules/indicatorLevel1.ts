import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import { LEVEL1_ALLOWED_ZH, level1Key } from '../indicatorFramework';
import type { ProjectRule } from './projectRule';

const ID = 'projects/indicator-level1';
const SEVERITY = 'error';

/** 一级指标 from the standard frameworks only; each distinct wrong label reported once per project. */
export const indicatorLevel1Rule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '一级指标应取自标准绩效指标体系（投入与管理、产出、效果（效益）、满意度、影响力、成本）',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const seen = new Set<string>();
      r.project.indicators.forEach((ind, i) => {
        if (level1Key(ind.level1) !== null || seen.has(ind.level1)) return;
        seen.add(ind.level1);
        findings.push(
          projectFinding(
            ID,
            SEVERITY,
            { sheet: r.sheet, cell: r.cells?.indicators[i]?.level1 ?? null },
            {
              project: r.project.name,
              value: ind.level1 || '（空）',
              allowed: LEVEL1_ALLOWED_ZH,
            },
          ),
        );
      });
    }
    return findings;
  },
};
