import type { Finding } from '../../findings/finding';
import { projectFinding, showAmount } from '../projectFinding';
import { subItemSum } from '../project';
import { formulaRows } from '../simpleFormula';
import { fieldWhere, ProjectRule } from './projectRule';

const ID = 'projects/sub-items-sum';
const SEVERITY = 'error';

/** 当年预算 = Σ 子项目金额. Names the rows a SUM formula leaves out, the usual cause. */
export const subItemsSumRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '项目当年预算应等于各子项目金额之和',
  check(projects) {
    const findings: Finding[] = [];
    for (const r of projects) {
      const p = r.project;
      if (p.subItems.length === 0 || p.budget === undefined) continue;
      const sum = subItemSum(p);
      if (sum === p.budget) continue;
      let hint = '';
      const formula = r.cells?.budgetFormula ?? null;
      const rows = formula ? formulaRows(formula) : null;
      if (formula && rows && r.cells) {
        const itemRows = r.cells.subItems.map((s) => s.row);
        const missed = itemRows.filter((row) => !rows.has(row));
        const extra = [...rows].filter((row) => !itemRows.includes(row)).sort((a, b) => a - b);
        if (missed.length > 0) hint += `；当年预算公式 ${formula} 未包含第 ${missed.join('、')} 行的子项目`;
        if (extra.length > 0) hint += `；当年预算公式 ${formula} 还加总了子项目以外的第 ${extra.join('、')} 行`;
      } else if (r.cells && !formula) hint = '；当年预算是手填数，建议改为对子项目金额求和的公式';
      findings.push(
        projectFinding(
          ID,
          SEVERITY,
          fieldWhere(r, 'budget'),
          {
            project: p.name,
            budget: showAmount(p.budget, r.unit),
            sum: showAmount(sum, r.unit),
            difference: showAmount(Math.abs(p.budget - sum), r.unit),
            unit: r.unit,
            hint,
          },
          { expected: sum, actual: p.budget },
        ),
      );
    }
    return findings;
  },
};
