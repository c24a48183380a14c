import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';

/**
 * Rows follow code order, each parent before its children ("208" < "20801" < "2080101" < "20805").
 * A row is reported where the order breaks: its code sorts before the code of the row above it
 * (a block moved as a whole is reported once, at its first row).
 */
export const codeOrder: CheckRule = {
  id: 'code-order',
  severity: 'warning',
  description: '科目编码：科目应按编码顺序排列，上级在前、下级在后',
  check(wb) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      let previous: { code: string; row: number } | null = null;
      for (const row of table.rows) {
        if (!row.code) continue;
        if (previous && row.code < previous.code) {
          out.push(
            plainFinding(
              'code-order',
              'warning',
              { sheet: table.sheet, ...(row.codeCell ? { cell: row.codeCell } : {}), code: row.code },
              {
                code: row.code,
                name: row.name,
                previous: previous.code,
                previousRow: previous.row,
              },
            ),
          );
        }
        previous = { code: row.code, row: row.row };
      }
    }
    return out;
  },
};
