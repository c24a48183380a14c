import type { Finding } from '../findings/finding';

/** The checks before and after the reviewer's changes, side by side. */
export interface FindingsDiff {
  /** Found in the returned workbook, not in the submitted one: what the changes broke. */
  readonly broken: readonly Finding[];
  /** Found in the submitted workbook, gone from the returned one: what the changes fixed. */
  readonly fixed: readonly Finding[];
  /** In both (the returned workbook's finding is kept, with its current cell and figures). */
  readonly unchanged: readonly Finding[];
}

/**
 * Keyed by rule + sheet + code + column, not by cell: inserted or deleted rows move cells, and a
 * finding on a moved row is still the same finding. Only a finding with neither code nor column
 * (a summary-table line, which no row insertion moves) is told apart by its cell. Repeated keys
 * pair one to one.
 */
export function findingKey(f: Finding): string {
  const where = f.code === undefined && f.column === undefined ? (f.cell ?? '') : '';
  return [f.rule, f.sheet ?? '', f.code ?? '', f.column ?? '', where].join('\u0001');
}

export function compareFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const pool = new Map<string, Finding[]>();
  for (const f of before) pool.set(findingKey(f), [...(pool.get(findingKey(f)) ?? []), f]);
  const broken: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const f of after) {
    const match = pool.get(findingKey(f))?.shift();
    if (match) unchanged.push(f);
    else broken.push(f);
  }
  const fixed = before.filter((f) => (pool.get(findingKey(f)) ?? []).includes(f));
  return { broken, fixed, unchanged };
}
