import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';

/** A code appears once per table. */
export const codeDuplicate: CheckRule = {
  id: 'code-duplicate',
  severity: 'error',
  description: '科目编码：同一张表中科目编码不应重复',
  check(wb) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const first = new Map<string, number>();
      for (const row of table.rows) {
        if (!row.code) continue;
        const seen = first.get(row.code);
        if (seen === undefined) {
          first.set(row.code, row.row);
          continue;
        }
        out.push(
          plainFinding(
            'code-duplicate',
            'error',
            { sheet: table.sheet, ...(row.codeCell ? { cell: row.codeCell } : {}), code: row.code },
            {
              code: row.code,
              name: row.name,
              firstRow: seen,
            },
          ),
        );
      }
    }
    return out;
  },
};
