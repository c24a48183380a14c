import { parentCode } from '../catalog/codes';
import type { ParsedClassifiedTable, ParsedRow } from '../read/parsedTables';

export type AmountOf = (row: ParsedRow, key: string) => number | null;

/**
 * The amount a cell shows, in 分. A formula's cached result is used when the file has one; a file
 * written by a program and never opened in Excel has none, so a parent or 合计 is then valued
 * from its rows (children summed, a row's 合计 as the sum of its other columns).
 */
export function effectiveAmounts(table: ParsedClassifiedTable): AmountOf {
  const codes = new Set(table.rows.map((r) => r.code).filter((c): c is string => c !== undefined));
  const children = new Map<string, ParsedRow[]>();
  const topLevel: ParsedRow[] = [];
  for (const row of table.rows) {
    const parent = row.code === undefined ? null : nearestAncestor(row.code, codes);
    if (parent === null) topLevel.push(row);
    else children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const otherKeys = table.columns.map((c) => c.key).filter((k) => k !== 'total');
  const memo = new Map<ParsedRow, Map<string, number | null>>();
  const visiting = new Set<string>();

  const sum = (rows: readonly ParsedRow[], key: string): number | null => {
    let total: number | null = null;
    for (const r of rows) {
      const v = amountOf(r, key);
      if (v !== null) total = (total ?? 0) + v;
    }
    return total;
  };

  function amountOf(row: ParsedRow, key: string): number | null {
    const cached = memo.get(row)?.get(key);
    if (cached !== undefined) return cached;
    const cell = row.amounts[key];
    let value: number | null = null;
    const guard = `${row.row}:${key}`;
    if (cell && cell.fen !== null) value = cell.fen;
    else if (cell && cell.formula !== null && !visiting.has(guard)) {
      visiting.add(guard);
      const kids = row.role === 'total' ? topLevel : row.code !== undefined ? (children.get(row.code) ?? []) : [];
      if (kids.length > 0) value = sum(kids, key);
      else if (key === 'total')
        value = otherKeys.reduce<number | null>((t, k) => {
          const v = amountOf(row, k);
          return v === null ? t : (t ?? 0) + v;
        }, null);
      visiting.delete(guard);
    }
    const m = memo.get(row) ?? new Map<string, number | null>();
    m.set(key, value);
    memo.set(row, m);
    return value;
  }
  return amountOf;
}

function nearestAncestor(code: string, present: ReadonlySet<string>): string | null {
  let p = parentCode(code);
  while (p !== null && !present.has(p)) p = parentCode(p);
  return p;
}

/** Codes of rows no other row of the table hangs under: the line items an officer enters. */
export function leafRowsOf(table: ParsedClassifiedTable): ParsedRow[] {
  const ancestors = new Set<string>();
  for (const r of table.rows) {
    let p = r.code === undefined ? null : parentCode(r.code);
    while (p !== null) {
      ancestors.add(p);
      p = parentCode(p);
    }
  }
  return table.rows.filter((r) => r.code !== undefined && !ancestors.has(r.code));
}
