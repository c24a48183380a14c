import { withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { figureOf, formDef, formTables, provinceEditionOf, withinTable } from '../provinceFigures';
import { arithmeticRule, KeyedCheck } from '../rule';

/**
 * Inside a table of labelled figures, each figure the edition defines as a sum of others of the same
 * table equals it (收入合计 = 当年收入小计 + 上年结转资金; “三公”合计 = 小计 + 会议费 + 培训费), and a list
 * of lines adds up to its total (the 类 lines of the 收支总表 = 当年支出小计).
 */
export const formIdentity = arithmeticRule({
  id: 'form-identity',
  severity: 'error',
  description: '表内：各项合计、小计等于其组成项之和（按表样定义，如收入合计 = 当年收入小计 + 上年结转资金）',
  checks(wb, ctx) {
    const edition = provinceEditionOf(wb);
    if (!edition) return [];
    const out: KeyedCheck[] = [];
    for (const table of formTables(wb)) {
      const def = formDef(edition, table.tableId);
      if (!def) continue;
      for (const field of def.fields) {
        for (const refs of [field.sumOf, ...(field.alsoEquals ?? [])]) {
          if (!refs || !withinTable(refs)) continue;
          const left = figureOf(wb, edition, { field: field.key }, table.tableId);
          const right = refs.map((r) => figureOf(wb, edition, r, table.tableId)).filter((x) => x !== undefined);
          if (!left || right.length === 0) continue;
          out.push(
            withText(
              {
                rule: 'form-identity',
                relation: 'eq',
                left: [left.term],
                right: right.map((x) => x.term),
                tolerance: roundingTolerance(ctx, table.unit, right.length),
                children: right.length,
                at: { sheet: table.sheet, cell: left.amount.cell, column: field.label },
              },
              () => {
                const rightLabel = right.map((x) => x.label.replace(`“${table.sheet}”`, '')).join(' + ');
                return { description: `${left.label} = ${rightLabel}`, params: { subject: left.label, rightLabel } };
              },
            ),
          );
        }
      }
      for (const list of def.lists ?? []) {
        const lines = table.lists[list.key];
        const left = figureOf(wb, edition, { field: list.totalField }, table.tableId);
        if (!lines || !left) continue;
        const withFigures = lines.filter((l) => l.amount.fen !== null);
        out.push(
          withText(
            {
              rule: 'form-identity',
              relation: 'eq',
              left: [left.term],
              right: lines.map((l) => ({ sheet: table.sheet, cell: l.amount.cell, fen: l.amount.fen ?? 0, unit: table.unit })),
              tolerance: roundingTolerance(ctx, table.unit, Math.max(1, withFigures.length)),
              children: Math.max(1, withFigures.length),
              at: { sheet: table.sheet, cell: left.amount.cell },
            },
            () => {
              const rightLabel = `“${list.labelHeader}”各行之和`;
              return { description: `${left.label} = ${rightLabel}`, params: { subject: left.label, rightLabel } };
            },
          ),
        );
      }
    }
    return out;
  },
});
