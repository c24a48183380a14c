import { term, withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { directChildren } from '../../read/province/outlineChildren';
import { outlineTables } from '../provinceFigures';
import { arithmeticRule, KeyedCheck } from '../rule';

/** In an outline table (政府采购预算表) each row with sub-rows equals their sum, and 合计 the sum of the top rows. */
export const outlineSum = arithmeticRule({
  id: 'outline-sum',
  severity: 'error',
  description: '表内：政府采购预算表等分级表中，每一级等于其下一级各行之和，合计等于各大类之和',
  checks(wb, ctx) {
    const out: KeyedCheck[] = [];
    for (const table of outlineTables(wb)) {
      const rows = table.rows;
      const parents: Array<{ label: string; cell: string; amount: (typeof rows)[number]['amount']; kids: typeof rows }> = [];
      rows.forEach((r, i) => {
        const kids = directChildren(rows, i);
        if (kids.length > 0) parents.push({ label: r.label, cell: r.labelCell, amount: r.amount, kids });
      });
      if (table.total)
        parents.push({ label: '合计', cell: table.total.labelCell, amount: table.total.amount, kids: rows.filter((r) => r.level === 0) });
      for (const p of parents) {
        if (p.kids.length === 0) continue;
        out.push(
          withText(
            {
              rule: 'outline-sum',
              relation: 'eq',
              left: [term(table.sheet, p.amount, table.unit)],
              right: p.kids.map((k) => term(table.sheet, k.amount, table.unit)),
              tolerance: roundingTolerance(ctx, table.unit, p.kids.length),
              children: p.kids.length,
              at: { sheet: table.sheet, cell: p.amount.cell },
            },
            () => {
              const subject = `“${table.sheet}”${p.label}`;
              return { description: `${subject} = 下一级各行之和`, params: { subject, rightLabel: '下一级各行之和' } };
            },
          ),
        );
      }
    }
    return out;
  },
});
