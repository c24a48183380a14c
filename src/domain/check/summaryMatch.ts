import { canonicalName } from '../catalog/catalog';
import type { ParsedClassifiedTable, ParsedRow, ParsedSummaryLine, ParsedSummaryTable } from '../read/parsedTables';
import type { CheckContext } from './checkContext';
import { topRows } from './tables';

/**
 * The 类 row of `table` a summary expenditure line stands for: same name (brackets and spaces
 * aside), or a 类 whose catalog name is the line's name.
 */
export function classRowFor(table: ParsedClassifiedTable, line: ParsedSummaryLine, ctx: CheckContext): ParsedRow | undefined {
  const n = canonicalName(line.name);
  const tops = topRows(table);
  return tops.find((r) => canonicalName(r.name) === n) ?? tops.find((r) => r.code !== undefined && ctx.catalogs.functional.nameMatches(r.code, line.name));
}

/** 类 rows of the tables that no expenditure line of the summary stands for. */
export function unlistedClasses(summary: ParsedSummaryTable, table: ParsedClassifiedTable, ctx: CheckContext): ParsedRow[] {
  const listed = new Set(summary.expenditure.map((l) => classRowFor(table, l, ctx)).filter((r) => r !== undefined));
  return topRows(table).filter((r) => !listed.has(r));
}
