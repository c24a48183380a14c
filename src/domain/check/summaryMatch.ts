import { canonicalName } from '../catalog/catalog';
import type { ParsedAmount, ParsedClassifiedTable, ParsedRow, ParsedSummaryLine, ParsedSummaryTable } from '../read/parsedTables';
import { term } from './arithmetic';
import type { KeyedCheck } from './rule';
import type { CheckContext } from './checkContext';
import { topRows } from './tables';

/**
 * The 类 row of `table` a summary expenditure line stands for: same name (brackets and spaces
 * aside), or a 类 whose catalog name is the line's name.
 */
export function classRowFor(table: ParsedClassifiedTable, line: ParsedSummaryLine, ctx: CheckContext): ParsedRow | undefined {
  const n = canonicalName(line.name);
  const tops = topRows(table);
  return (
    tops.find((r) => canonicalName(r.name) === n) ??
    tops.find((r) => r.code !== undefined && ctx.catalogs.functional.nameMatches(r.code, line.name))
  );
}

/** 类 rows of the tables that no expenditure line of the summary stands for. */
export function unlistedClasses(summary: ParsedSummaryTable, table: ParsedClassifiedTable, ctx: CheckContext): ParsedRow[] {
  const listed = new Set(summary.expenditure.map((l) => classRowFor(table, l, ctx)).filter((r) => r !== undefined));
  return topRows(table).filter((r) => !listed.has(r));
}

export function columnLabel(t: ParsedClassifiedTable, key: string): string {
  return t.columns.find((c) => c.key === key)?.label ?? key;
}

/** One "summary cell = detail table cell" check, as both summary-table rules write them. */
export function summaryEquality(
  rule: string,
  summary: ParsedSummaryTable,
  line: ParsedSummaryLine,
  amount: ParsedAmount | undefined,
  source: ParsedClassifiedTable,
  sourceAmount: ParsedAmount | undefined,
  rightLabel: string,
  extra: { readonly column?: string; readonly code?: string; readonly key?: string } = {},
): KeyedCheck | null {
  if (!amount) return null;
  const { column, code, key } = extra;
  const subject = `“${summary.sheet}”${line.label}${column ? `【${column}】` : ''}`;
  return {
    rule,
    relation: 'eq',
    left: [term(summary.sheet, amount, summary.unit)],
    right: sourceAmount ? [term(source.sheet, sourceAmount, source.unit)] : [],
    tolerance: 0,
    children: 1,
    description: `${subject} = ${rightLabel}`,
    at: { sheet: summary.sheet, cell: amount.cell, ...(code ? { code } : {}), ...(column ? { column } : {}) },
    params: key !== undefined ? { subject, rightLabel, key } : { subject, rightLabel },
  };
}
