import type { Finding } from '../../findings/finding';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import type { ParsedAmount, ParsedColumn, ParsedRow } from '../../read/parsedTables';
import { eachFormulaCell, type FormulaSlot, formulaSlots } from '../restoreFormula';
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
      // One pass over the cells that should be formulas, making nothing for each: by kind, how many
      // hold their formula and which hold a typed number.
      const withFormula = { parent: 0, identity: 0 };
      const typedOver: Record<FormulaSlot['kind'], Array<{ row: ParsedRow; column: ParsedColumn; a: ParsedAmount }>> = {
        parent: [],
        identity: [],
      };
      eachFormulaCell(table, (row, column, a, kind) => {
        if (a.formula) withFormula[kind]++;
        else if (a.fen !== null) typedOver[kind].push({ row, column, a });
      });
      // The formula each reported cell should hold, from the table's slots: made only when one is reported.
      let slotAt: Map<string, FormulaSlot> | undefined;
      const slotOf = (cell: string) => (slotAt ??= new Map(formulaSlots(table).map((x) => [x.cell, x]))).get(cell);
      for (const kind of ['parent', 'identity'] as const) {
        const typed = typedOver[kind];
        if (withFormula[kind] < 2 || withFormula[kind] < typed.length) continue;
        for (const { row, column, a } of typed) {
          const slot = slotOf(a.cell);
          if (!slot) continue;
          out.push(
            plainFinding(
              'formula-typed-over',
              'warning',
              { sheet: table.sheet, cell: a.cell, ...(row.code ? { code: row.code } : {}), column: column.label },
              {
                what: rowSubject(table, row, column.label),
                amount: formatFen(a.fen ?? 0, table.unit),
                formula: slot.formula,
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
