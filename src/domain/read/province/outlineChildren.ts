/** The rows one level below row `i` of an outline, up to the next row at its level or above. */
export function directChildren<T extends { readonly level: number }>(rows: readonly T[], i: number): T[] {
  const own = rows[i];
  if (!own) return [];
  const out: T[] = [];
  for (const r of rows.slice(i + 1)) {
    if (r.level <= own.level) break;
    if (r.level === own.level + 1) out.push(r);
  }
  return out;
}
