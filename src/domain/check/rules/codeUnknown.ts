import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';
import { catalogFor, kindZh } from '../catalogFor';

/** Every code is in the year's catalog (an imported official catalog when the workbook has one). */
export const codeUnknown: CheckRule = {
  id: 'code-unknown',
  severity: 'warning',
  description: '科目编码：编码应在当年政府收支分类科目表中',
  check(wb, ctx) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const catalog = catalogFor(table, ctx);
      for (const row of table.rows) {
        if (!row.code || catalog.has(row.code)) continue;
        out.push(
          plainFinding(
            'code-unknown',
            'warning',
            { sheet: table.sheet, ...(row.codeCell ? { cell: row.codeCell } : {}), code: row.code },
            {
              code: row.code,
              name: row.name,
              edition: catalog.edition,
              kind: kindZh(table),
              source: catalog.source === 'imported' ? '导入的' : '内置的',
            },
          ),
        );
      }
    }
    return out;
  },
};
