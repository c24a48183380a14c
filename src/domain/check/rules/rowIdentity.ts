import { Term, term, withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classifiedTables, rowSubject } from '../tables';

/**
 * Across a row, 合计 equals its parts: 基本支出 + 项目支出; 财政拨款收入 + 事业收入 + 事业单位经营收入
 * + 其他收入; 人员经费 + 公用经费 — whichever of these columns the table has.
 */
export const rowIdentity = arithmeticRule({
  id: 'row-identity',
  severity: 'error',
  description: '表内：每行合计等于各组成列之和（基本支出+项目支出；财政拨款收入+事业收入+事业单位经营收入+其他收入；人员经费+公用经费）',
  checks(wb, ctx, scope) {
    const out: KeyedCheck[] = [];
    const nonZero = scope === 'nonZero';
    for (const table of classifiedTables(wb)) {
      const totalCol = table.columns.find((c) => c.key === 'total');
      const parts = table.columns.filter((c) => c.key !== 'total');
      if (!totalCol || parts.length === 0) continue;
      const partsLabel = parts.map((p) => p.label).join('+');
      const tolerance = roundingTolerance(ctx, table.unit, parts.length);
      for (const row of table.total ? [...table.rows, table.total] : table.rows) {
        const amount = row.amounts.total;
        if (!amount) continue;
        if (nonZero) {
          // 合计 less its parts, in 分, without making the terms.
          let d = amount.fen ?? 0;
          for (const p of parts) d -= row.amounts[p.key]?.fen ?? 0;
          if (d === 0) continue;
        }
        const right: Term[] = [];
        for (const p of parts) {
          const a = row.amounts[p.key];
          if (a !== undefined) right.push(term(table.sheet, a, table.unit));
        }
        out.push(
          withText(
            {
              rule: 'row-identity',
              relation: 'eq',
              left: [term(table.sheet, amount, table.unit)],
              right,
              tolerance,
              children: parts.length,
              at: row.code
                ? { sheet: table.sheet, cell: amount.cell, code: row.code, column: totalCol.label }
                : { sheet: table.sheet, cell: amount.cell, column: totalCol.label },
            },
            () => {
              const subject = rowSubject(table, row, totalCol.label);
              return { description: `${subject} = ${partsLabel}`, params: { subject, rightLabel: partsLabel } };
            },
          ),
        );
      }
    }
    return out;
  },
});
