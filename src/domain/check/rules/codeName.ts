import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';
import { catalogFor } from '../catalogFor';

/** The name printed next to a code is the catalog's (full/half-width brackets and known aliases accepted). */
export const codeName: CheckRule = {
  id: 'code-name',
  severity: 'warning',
  description: '科目编码：科目名称应与科目表一致（全角/半角括号、常见别名视为一致）',
  check(wb, ctx) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const catalog = catalogFor(table, ctx);
      for (const row of table.rows) {
        if (!row.code || !catalog.has(row.code) || catalog.nameMatches(row.code, row.name)) continue;
        out.push(
          plainFinding(
            'code-name',
            'warning',
            { sheet: table.sheet, ...(row.nameCell ? { cell: row.nameCell } : {}), code: row.code },
            {
              code: row.code,
              name: row.name,
              official: catalog.name(row.code) ?? '',
              edition: catalog.edition,
            },
          ),
        );
      }
    }
    return out;
  },
};
