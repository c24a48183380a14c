import type { Finding } from '../../findings/finding';
import type { ParsedAmount, ParsedTable } from '../../read/parsedTables';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';

/** "故本表为空表", "本表无数据": the published way of saying a table has nothing in it. */
const EMPTY_NOTE = /本表为空表|本表无数据|本表为空/;

/** The figures a table prints, 合计 first. */
function figures(t: ParsedTable): ParsedAmount[] {
  if (t.kind === 'classified') return [...(t.total ? [t.total] : []), ...t.rows].flatMap((r) => Object.values(r.amounts));
  if (t.kind === 'summary')
    return [...(t.incomeTotal ? [t.incomeTotal] : []), ...t.income, ...t.expenditure].flatMap((l) => Object.values(l.amounts));
  return Object.values(t.amounts);
}

/**
 * A table published empty carries a note "注：本部门…无…，故本表为空表" — a known form, nothing to
 * report. The same note under a table that does print figures contradicts it: one of the two is
 * wrong (a note left over from an earlier year, or figures put in the wrong table).
 */
export const emptyTableNote: CheckRule = {
  id: 'empty-table-note',
  severity: 'warning',
  description: '表注：注明“本表为空表”的表中不应列有数字',
  check(wb) {
    const out: Finding[] = [];
    for (const t of wb.tables) {
      const note = t.notes?.find((n) => EMPTY_NOTE.test(n.text));
      if (!note) continue;
      const first = figures(t).find((a) => a.fen !== null && a.fen !== 0);
      if (!first) continue;
      out.push(
        plainFinding(
          'empty-table-note',
          'warning',
          { sheet: t.sheet, cell: note.cell },
          {
            note: note.text.replace(/^\s*注\s*\d*\s*[:：]\s*/, '').replace(/[。.]$/, ''),
            figures: `${first.cell} 为 ${formatFen(first.fen ?? 0, t.unit)}`,
          },
          { actual: first.fen ?? 0 },
        ),
      );
    }
    return out;
  },
};
