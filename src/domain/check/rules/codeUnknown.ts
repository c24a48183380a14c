import { codeLevel, leafLevel, parentCode } from '../../catalog/codes';
import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';
import { catalogFor, kindZh } from '../catalogFor';

/**
 * Every code is in the year's catalog. The built-in catalog is complete for 类 and 款 but not for
 * every 项 (economic: every 款), so a finest-level code it lacks under a known parent is only a
 * 提示; an unknown 类 or 款, or any code an imported official catalog lacks, is a 警告.
 */
export const codeUnknown: CheckRule = {
  id: 'code-unknown',
  severity: 'warning',
  description: '科目编码：编码应在当年政府收支分类科目表中（内置科目表未收录的项为提示）',
  check(wb, ctx) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const catalog = catalogFor(table, ctx);
      for (const row of table.rows) {
        if (!row.code || catalog.has(row.code)) continue;
        const parent = parentCode(row.code);
        const partial =
          catalog.source === 'built-in' && codeLevel(row.code) === leafLevel(catalog.kind) && parent !== null && catalog.has(parent);
        out.push(
          plainFinding(
            'code-unknown',
            partial ? 'info' : 'warning',
            { sheet: table.sheet, ...(row.codeCell ? { cell: row.codeCell } : {}), code: row.code },
            {
              code: row.code,
              name: row.name,
              edition: catalog.edition,
              kind: kindZh(table),
              source: catalog.source === 'imported' ? '导入的' : '内置的',
              partial: partial ? 1 : 0,
            },
          ),
        );
      }
    }
    return out;
  },
};
