import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables, rowsByCode } from '../tables';
import { parentCode } from '../../catalog/codes';
import { plainFinding } from '../plainFinding';
import { catalogFor } from '../catalogFor';

/** Every 款 has its 类 row and every 项 its 款 row in the same table (once per missing parent). */
export const codeParent: CheckRule = {
  id: 'code-parent',
  severity: 'error',
  description: '科目编码：每个款、项的上级科目行都应列在表中',
  check(wb, ctx) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const codes = rowsByCode(table);
      const reported = new Set<string>();
      for (const row of table.rows) {
        const code = row.code;
        const p = code ? parentCode(code) : null;
        if (!code || p === null || codes.has(p) || reported.has(p)) continue;
        reported.add(p);
        out.push(
          plainFinding(
            'code-parent',
            'error',
            { sheet: table.sheet, ...(row.codeCell ? { cell: row.codeCell } : {}), code },
            {
              code,
              name: row.name,
              parent: p,
              parentName: catalogFor(table, ctx).name(p) ?? '',
            },
          ),
        );
      }
    }
    return out;
  },
};
