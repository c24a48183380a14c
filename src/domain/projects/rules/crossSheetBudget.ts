import type { Finding } from '../../findings/finding';
import { projectFinding, showAmount } from '../projectFinding';
import type { ProjectRecord } from '../projectRecord';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/cross-sheet-budget';
const SEVERITY = 'error';

/**
 * A project in both the 项目经费情况说明 and the 绩效目标表 of the same year states one 当年预算.
 * Only names that occur once on each side are paired (several units may use the same name).
 */
export const crossSheetBudgetRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '同一项目在项目经费情况说明和绩效目标表中的当年预算应一致',
  check(projects) {
    const findings: Finding[] = [];
    const key = (r: ProjectRecord) => `${r.year ?? ''}\u0000${r.project.name}`;
    const group = (kind: ProjectRecord['kind']) => {
      const m = new Map<string, ProjectRecord[]>();
      for (const r of projects) if (r.kind === kind) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
      return m;
    };
    const explanation = group('explanation');
    const performance = group('performance');
    for (const [k, perf] of performance) {
      const expl = explanation.get(k);
      const [a] = expl ?? [];
      const [b] = perf;
      if (!a || !b || expl?.length !== 1 || perf.length !== 1) continue;
      if (a.project.budget === undefined || b.project.budget === undefined || a.project.budget === b.project.budget) continue;
      const where = fieldWhere(b, 'budget');
      findings.push(
        projectFinding(
          ID,
          SEVERITY,
          where,
          {
            project: b.project.name,
            performanceBudget: showAmount(b.project.budget, '元'),
            explanationBudget: showAmount(a.project.budget, '元'),
            explanationAt: a.sheet ? `工作表“${a.sheet}”${a.cells?.fields.budget ?? ''}` : '项目经费情况说明',
            difference: showAmount(Math.abs(b.project.budget - a.project.budget), '元'),
          },
          { expected: a.project.budget, actual: b.project.budget },
        ),
      );
    }
    return findings;
  },
};
