import { withText } from '../arithmetic';
import { canonLabel } from '../../read/province/readCell';
import { figureOf, formDef, formTables, provinceEditionOf } from '../provinceFigures';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classifiedTables, rowsByCode } from '../tables';

/**
 * Between tables, the bounds the edition defines: a figure covering more money than another is not
 * smaller (“三公”会议费 ≥ 基本支出经济科目 30215; 全部资金的基本支出 ≥ 其中财政拨款; the 收支总表 类 line ≥ the
 * 财政拨款 类), a part is not larger (机关运行经费 ≤ 一般公共预算基本支出, code by code). A 警告: the two
 * figures may be scoped differently, but the reverse order cannot be right.
 */
export const tableBound = arithmeticRule({
  id: 'table-bound',
  severity: 'warning',
  description:
    '表间：口径较宽的数不小于口径较窄的数（如“三公”经费、会议费、培训费不小于基本支出经济科目中的对应科目；机关运行经费逐科目不大于一般公共预算基本支出）',
  checks(wb) {
    const edition = provinceEditionOf(wb);
    if (!edition) return [];
    const out: KeyedCheck[] = [];
    const push = (
      relation: 'ge' | 'le',
      left: { sheet: string; cell: string; fen: number; unit: '元' | '万元' },
      right: ReadonlyArray<{ sheet: string; cell: string; fen: number; unit: '元' | '万元' }>,
      code: string | undefined,
      text: () => { subject: string; rightLabel: string; why: string },
    ) =>
      out.push(
        withText(
          {
            rule: 'table-bound',
            relation,
            left: [left],
            right,
            tolerance: 0,
            children: 1,
            at: { sheet: left.sheet, cell: left.cell, ...(code ? { code } : {}) },
          },
          () => {
            const t = text();
            return { description: `${t.subject} ${relation === 'ge' ? '≥' : '≤'} ${t.rightLabel}`, params: { ...t, relation } };
          },
        ),
      );
    for (const tie of edition.ties) {
      if (tie.relation === 'eq') continue;
      const left = figureOf(wb, edition, tie.left, '');
      const right = tie.right.map((r) => figureOf(wb, edition, r, '')).filter((x) => x !== undefined);
      if (!left || right.length === 0) continue;
      push(
        tie.relation,
        left.term,
        right.map((x) => x.term),
        undefined,
        () => ({ subject: left.label, rightLabel: right.map((x) => x.label).join(' + '), why: tie.why }),
      );
    }
    for (const tie of edition.rowTies) {
      if (tie.relation === 'eq') continue;
      const table = classifiedTables(wb).find((t) => t.tableId === tie.table);
      const against = classifiedTables(wb).filter((t) => tie.against.includes(t.tableId));
      if (!table || against.length === 0) continue;
      for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
        const amount = row.amounts.total;
        if (!amount) continue;
        const parts = against
          .map((t) => ({ t, a: row.code === undefined ? t.total?.amounts.total : rowsByCode(t).get(row.code)?.amounts.total }))
          .filter((x): x is { t: typeof x.t; a: NonNullable<typeof x.a> } => x.a !== undefined);
        push(
          tie.relation,
          { sheet: table.sheet, cell: amount.cell, fen: amount.fen ?? 0, unit: table.unit },
          parts.map((p) => ({ sheet: p.t.sheet, cell: p.a.cell, fen: p.a.fen ?? 0, unit: p.t.unit })),
          row.code,
          () => ({
            subject: `“${table.sheet}”${row.code ? `${row.code} ${row.name}` : '合计'}`,
            rightLabel: against.map((t) => `“${t.sheet}”${row.code ?? '合计'}`).join(' + '),
            why: tie.why,
          }),
        );
      }
    }
    // A 类 line of all funds is at least the 财政拨款 类 of the same name.
    for (const table of formTables(wb)) {
      for (const list of formDef(edition, table.tableId)?.lists ?? []) {
        const of = list.atLeastClassesOf;
        const codeTable = of ? classifiedTables(wb).find((t) => t.tableId === of) : undefined;
        const lines = table.lists[list.key];
        if (!codeTable || !lines) continue;
        for (const cls of codeTable.rows.filter((r) => r.role === 'class')) {
          const line = lines.find((l) => l.name === canonLabel(cls.name));
          const a = cls.amounts.total;
          if (!line || !a) continue;
          push(
            'ge',
            { sheet: table.sheet, cell: line.amount.cell, fen: line.amount.fen ?? 0, unit: table.unit },
            [{ sheet: codeTable.sheet, cell: a.cell, fen: a.fen ?? 0, unit: codeTable.unit }],
            cls.code,
            () => ({
              subject: `“${table.sheet}”${line.label}`,
              rightLabel: `“${codeTable.sheet}”${cls.code} ${cls.name}`,
              why: '全部资金的功能分类支出不小于其中的财政拨款',
            }),
          );
        }
      }
    }
    return out;
  },
});
