import type { Finding } from '../../findings/finding';
import { projectFinding } from '../projectFinding';
import type { ProjectRule } from './projectRule';

const ID = 'projects/sub-item-amount-missing';
const SEVERITY = 'error';

export const subItemAmountMissingRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '每个子项目都应填列预算金额',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      r.project.subItems.forEach((item, i) => {
        if (item.amount !== null) return;
        findings.push(
          projectFinding(
            ID,
            SEVERITY,
            { sheet: r.sheet, cell: r.cells?.subItems[i]?.amount ?? null },
            { project: r.project.name, item: item.name },
          ),
        );
      });
    }
    return findings;
  },
};
