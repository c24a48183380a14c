import type { Finding } from '../../findings/finding';
import { classifiedTable } from '../../read/parsedTables';
import { projectFinding, showAmount } from '../projectFinding';
import type { ProjectRecord } from '../projectRecord';
import type { ProjectRule } from './projectRule';

const ID = 'projects/total-vs-expenditure';
const SEVERITY = 'warning';

const yuan = (fen: number) => showAmount(fen, '元');

/** Up to three projects whose 当年预算 add up to exactly `target` 分 (smallest set first). */
export function explainingProjects(records: readonly ProjectRecord[], target: number): ProjectRecord[] | null {
  const rs = records.flatMap((r) => (r.project.budget !== undefined && r.project.budget > 0 ? [{ r, b: r.project.budget }] : []));
  for (const x of rs) if (x.b === target) return [x.r];
  for (const [i, x] of rs.entries()) for (const y of rs.slice(i + 1)) if (x.b + y.b === target) return [x.r, y.r];
  if (rs.length <= 150) {
    for (const [i, x] of rs.entries()) {
      for (const [j, y] of rs.entries()) {
        if (j <= i) continue;
        const rest = target - x.b - y.b;
        if (rest <= 0) continue;
        for (const z of rs.slice(j + 1)) if (z.b === rest) return [x.r, y.r, z.r];
      }
    }
  }
  return null;
}

const names = (rs: readonly ProjectRecord[]) => rs.map((r) => `“${r.project.name}”`).join('、');

/**
 * Σ 项目当年预算 = the 项目支出 合计 of the 支出预算总表. Counts the 项目经费情况说明 projects of the
 * budget year (the 绩效目标表 ones when there is no 说明 sheet). A difference is reported at the
 * table's total cell together with what explains it: projects whose budgets add up to it, or the
 * projects left without a 当年预算.
 */
export const totalVsExpenditureRule: ProjectRule = {
  id: ID,
  severity: SEVERITY,
  description: '各项目当年预算之和应等于支出预算总表的项目支出合计',
  check(projects, ctx) {
    const table = ctx.budget ? classifiedTable(ctx.budget, 'expenditure') : undefined;
    const total = table?.total?.amounts.project;
    if (!table || !total || total.fen === null) return [];
    const inYear = projects.filter((r) => ctx.year === null || r.year === null || r.year === ctx.year);
    const explanation = inYear.filter((r) => r.kind === 'explanation');
    const scope = explanation.length > 0 ? explanation : inYear.filter((r) => r.kind === 'performance');
    if (scope.length === 0) return [];
    const counted = scope.filter((r) => r.project.budget !== undefined);
    const sum = counted.reduce((s, r) => s + (r.project.budget ?? 0), 0);
    const diff = total.fen - sum;
    if (diff === 0) return [];
    const unbudgeted = scope.filter((r) => r.project.budget === undefined);
    let explanationText: string;
    if (diff < 0) {
      const hit = explainingProjects(counted, -diff);
      explanationText = hit
        ? `项目合计多出的 ${yuan(-diff)} 元恰为项目${names(hit)}的当年预算之和，请核对这些项目是否重复列示或不属于本年度项目支出`
        : '项目合计大于项目支出，未找到当年预算之和恰等于差额的项目组合，请逐项核对';
    } else {
      explanationText =
        unbudgeted.length > 0
          ? `项目表中项目${names(unbudgeted)}未填当年预算，其余差额为项目表未列示的项目支出`
          : `项目表比项目支出少 ${yuan(diff)} 元，为项目表未列示的项目，请补列或在说明中注明`;
    }
    const sheets = [...new Set(scope.map((r) => r.sheet).filter((s): s is string => s !== null))];
    const finding: Finding = projectFinding(
      ID,
      SEVERITY,
      { sheet: table.sheet, cell: total.cell },
      {
        count: counted.length,
        scope: sheets.length > 0 ? `工作表${sheets.map((s) => `“${s}”`).join('、')}` : '项目清单',
        sum: yuan(sum),
        total: yuan(total.fen),
        difference: yuan(Math.abs(diff)),
        explanation: explanationText,
      },
      { expected: total.fen, actual: sum },
    );
    return [finding];
  },
};
