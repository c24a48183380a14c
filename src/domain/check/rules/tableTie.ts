import type { Term } from '../arithmetic';
import { withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { figureOf, formDef, formTables, provinceEditionOf, withinTable } from '../provinceFigures';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classifiedTables, rowsByCode } from '../tables';

/**
 * Between tables, the equalities the edition defines: a figure taken from another table (收支总表
 * 一般公共预算 = 收入总表 一般公共预算资金小计; 财政拨款收支总表 基本支出 = 财政拨款基本支出表合计), and code
 * tables that add up code by code (财政拨款 = 一般公共预算 + 政府性基金).
 */
export const tableTie = arithmeticRule({
  id: 'table-tie',
  severity: 'error',
  description:
    '表间：按表样定义相互引用的数相等（如收支总表与收入总表、财政拨款收支总表与功能/经济科目表；财政拨款功能科目表逐科目等于一般公共预算与政府性基金之和）',
  checks(wb, ctx) {
    const edition = provinceEditionOf(wb);
    if (!edition) return [];
    const out: KeyedCheck[] = [];
    for (const table of formTables(wb)) {
      const def = formDef(edition, table.tableId);
      for (const field of def?.fields ?? []) {
        for (const refs of [field.sumOf, ...(field.alsoEquals ?? [])]) {
          if (!refs || withinTable(refs)) continue;
          const left = figureOf(wb, edition, { field: field.key }, table.tableId);
          const right = refs.map((r) => figureOf(wb, edition, r, table.tableId)).filter((x) => x !== undefined);
          if (!left || right.length === 0) continue;
          const why = '同一数字在两表中应一致';
          out.push(
            withText(
              {
                rule: 'table-tie',
                relation: 'eq',
                left: [left.term],
                right: right.map((x) => x.term),
                tolerance: roundingTolerance(ctx, table.unit, right.length),
                children: right.length,
                at: { sheet: table.sheet, cell: left.amount.cell, column: field.label },
              },
              () => {
                const rightLabel = right.map((x) => x.label).join(' + ');
                return { description: `${left.label} = ${rightLabel}`, params: { subject: left.label, rightLabel, why } };
              },
            ),
          );
        }
      }
    }
    for (const tie of edition.ties.filter((t) => t.relation === 'eq')) {
      const left = figureOf(wb, edition, tie.left, '');
      const right = tie.right.map((r) => figureOf(wb, edition, r, '')).filter((x) => x !== undefined);
      if (!left || right.length === 0) continue;
      out.push(
        withText(
          {
            rule: 'table-tie',
            relation: 'eq',
            left: [left.term],
            right: right.map((x) => x.term),
            tolerance: roundingTolerance(ctx, left.term.unit, right.length),
            children: right.length,
            at: { sheet: left.sheet, cell: left.amount.cell },
          },
          () => {
            const rightLabel = right.map((x) => x.label).join(' + ');
            return { description: `${left.label} = ${rightLabel}`, params: { subject: left.label, rightLabel, why: tie.why } };
          },
        ),
      );
    }
    // Code tables that add up code by code, 合计 included.
    for (const tie of edition.rowTies.filter((t) => t.relation === 'eq')) {
      const table = classifiedTables(wb).find((t) => t.tableId === tie.table);
      const against = classifiedTables(wb).filter((t) => tie.against.includes(t.tableId));
      if (!table || against.length === 0) continue;
      const own = rowsByCode(table);
      const codes = [...new Set([...own.keys(), ...against.flatMap((t) => [...rowsByCode(t).keys()])])].sort();
      const totalCell = table.total?.amounts.total;
      for (const code of [...codes, null]) {
        const row = code === null ? table.total : own.get(code);
        const amount = row?.amounts.total;
        const parts = against
          .map((t) => ({ t, a: code === null ? t.total?.amounts.total : rowsByCode(t).get(code)?.amounts.total }))
          .filter((x): x is { t: typeof x.t; a: NonNullable<typeof x.a> } => x.a !== undefined);
        const at = amount ?? totalCell;
        if (!at || (parts.length === 0 && !amount)) continue;
        const left: Term[] = amount ? [{ sheet: table.sheet, cell: amount.cell, fen: amount.fen ?? 0, unit: table.unit }] : [];
        out.push(
          withText(
            {
              rule: 'table-tie',
              relation: 'eq',
              left,
              right: parts.map((p) => ({ sheet: p.t.sheet, cell: p.a.cell, fen: p.a.fen ?? 0, unit: p.t.unit })),
              tolerance: roundingTolerance(ctx, table.unit, Math.max(1, parts.length)),
              children: Math.max(1, parts.length),
              at: { sheet: table.sheet, cell: at.cell, ...(code !== null ? { code } : {}) },
            },
            () => {
              const what = code === null ? '合计' : `${code} ${row?.name ?? '（本表未列）'}`;
              const subject = `“${table.sheet}”${what}`;
              const rightLabel = (parts.length > 0 ? parts.map((p) => p.t) : against)
                .map((t) => `“${t.sheet}”${code === null ? '合计' : code}`)
                .join(' + ');
              return { description: `${subject} = ${rightLabel}`, params: { subject, rightLabel, why: tie.why } };
            },
          ),
        );
      }
    }
    return out;
  },
});
