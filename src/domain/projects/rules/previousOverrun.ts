import type { Finding } from '../../findings/finding';
import { projectFinding, showAmount } from '../projectFinding';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/previous-overrun';
const SEVERITY = 'warning';

/** 上年执行数 above 上年预算额 needs a word in 备注 (调剂追加, 上年结转 …). */
export const previousOverrunRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '同名项目上年预算执行数高于上年预算额时，应在备注中说明原因',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const { previousBudget, previousExecuted, remark, name } = r.project;
      if (previousBudget === undefined || previousExecuted === undefined || previousExecuted <= previousBudget) continue;
      if (remark && remark.trim() !== '') continue;
      findings.push(
        projectFinding(
          ID,
          SEVERITY,
          fieldWhere(r, 'previousExecuted'),
          {
            project: name,
            executed: showAmount(previousExecuted, r.unit),
            previous: showAmount(previousBudget, r.unit),
            difference: showAmount(previousExecuted - previousBudget, r.unit),
            unit: r.unit,
          },
          { expected: previousBudget, actual: previousExecuted },
        ),
      );
    }
    return findings;
  },
};
