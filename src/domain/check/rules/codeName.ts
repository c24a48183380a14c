import type { Finding } from '../../findings/finding';
import type { CheckRule } from '../rule';
import { classifiedTables } from '../tables';
import { plainFinding } from '../plainFinding';
import { catalogFor } from '../catalogFor';

/**
 * The name printed next to a code is the catalog's. Published variants (brackets, spaces, a
 * leading "*", spellings recorded in the catalog) are the same name; a name the code had in an
 * earlier edition is a 警告 that gives the current one.
 */
export const codeName: CheckRule = {
  id: 'code-name',
  severity: 'warning',
  description: '科目编码：科目名称应与当年科目表一致（全角/半角括号、空格、前导“*”、科目表记录的写法视为一致；旧版名称提示现名称）',
  check(wb, ctx) {
    const out: Finding[] = [];
    for (const table of classifiedTables(wb)) {
      const catalog = catalogFor(table, ctx);
      for (const row of table.rows) {
        if (!row.code || !catalog.has(row.code) || catalog.nameMatches(row.code, row.name)) continue;
        const former = catalog.formerName(row.code, row.name);
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
              ...(former ? { lastEdition: former.lastEdition } : {}),
            },
          ),
        );
      }
    }
    return out;
  },
};
