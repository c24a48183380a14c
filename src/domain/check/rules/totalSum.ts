import { term, withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classifiedTables, rowSubject, topRows } from '../tables';

/** The 合计 row equals the sum of the 类 rows, in every amount column. */
export const totalSum = arithmeticRule({
  id: 'total-sum',
  severity: 'error',
  description: '表内：合计行等于各类之和（各金额列）',
  checks(wb, ctx) {
    const out: KeyedCheck[] = [];
    for (const table of classifiedTables(wb)) {
      const total = table.total;
      if (!total || table.rows.length === 0) continue;
      const classes = topRows(table);
      for (const col of table.columns) {
        const amount = total.amounts[col.key];
        if (!amount) continue;
        out.push(
          withText(
            {
              rule: 'total-sum',
              relation: 'eq',
              left: [term(table.sheet, amount, table.unit)],
              right: classes
                .map((c) => c.amounts[col.key])
                .filter((a) => a !== undefined)
                .map((a) => term(table.sheet, a, table.unit)),
              tolerance: roundingTolerance(ctx, table.unit, classes.length),
              children: classes.length,
              at: { sheet: table.sheet, cell: amount.cell, column: col.label },
            },
            () => {
              const subject = rowSubject(table, total, col.label);
              return { description: `${subject} = 各类之和`, params: { subject, rightLabel: '各类之和' } };
            },
          ),
        );
      }
    }
    return out;
  },
});
