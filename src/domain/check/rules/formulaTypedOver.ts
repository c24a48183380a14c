import type { Finding } from '../../findings/finding';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import { formulaSlots } from '../restoreFormula';
import type { CheckRule } from '../rule';
import { classifiedTables, rowSubject } from '../tables';

/**
 * A total typed over with a number in a table whose totals are otherwise formulas: it no longer
 * follows its items. Tables made entirely of typed numbers (exports, published figures) are left
 * alone — there the arithmetic rules judge the figures.
 */
export const formulaTypedOver: CheckRule = {
  id: 'formula-typed-over',
  severity: 'warning',
  description: '公式：以公式汇总的表中，某个上级科目或合计单元格被手工数值覆盖',
  check(wb) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const slots = formulaSlots(table);
      for (const kind of ['parent', 'identity'] as const) {
        const group = slots.filter((s) => s.kind === kind);
        const withFormula = group.filter((s) => s.row.amounts[s.columnKey]?.formula);
        const typed = group.filter((s) => {
          const a = s.row.amounts[s.columnKey];
          return a && !a.formula && a.fen !== null;
        });
        if (withFormula.length < 2 || withFormula.length < typed.length) continue;
        for (const s of typed) {
          const a = s.row.amounts[s.columnKey];
          const col = table.columns.find((c) => c.key === s.columnKey);
          if (!a || !col) continue;
          out.push(
            plainFinding(
              'formula-typed-over',
              'warning',
              { sheet: table.sheet, cell: s.cell, ...(s.row.code ? { code: s.row.code } : {}), column: col.label },
              {
                what: rowSubject(table, s.row, col.label),
                amount: formatFen(a.fen ?? 0, table.unit),
                formula: s.formula,
                others: kind === 'parent' ? '上级科目和合计' : '各行合计',
              },
              { actual: a.fen ?? 0 },
            ),
          );
        }
      }
    }
    return out;
  },
};
