import type { Finding } from '../../findings/finding';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import { type FormulaSlot, formulaSlots } from '../restoreFormula';
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
      // One pass over the slots: by kind, how many hold their formula and which hold a typed number.
      const withFormula = { parent: 0, identity: 0 };
      const typedOver: Record<FormulaSlot['kind'], FormulaSlot[]> = { parent: [], identity: [] };
      for (const s of formulaSlots(table)) {
        const a = s.row.amounts[s.columnKey];
        if (!a) continue;
        if (a.formula) withFormula[s.kind]++;
        else if (a.fen !== null) typedOver[s.kind].push(s);
      }
      for (const kind of ['parent', 'identity'] as const) {
        const typed = typedOver[kind];
        if (withFormula[kind] < 2 || withFormula[kind] < typed.length) continue;
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
