import type { Finding, Severity } from '../findings/finding';

export type SeverityCounts = Record<Severity, number>;

export interface FindingGroup {
  /** The sheet (table) the headlines are on; null for workbook-level findings. */
  readonly sheet: string | null;
  /** Headlines of the sheet by severity. */
  readonly counts: SeverityCounts;
  /** The same headlines with what is folded under them. */
  readonly totals: SeverityCounts;
  /** Headlines of the sheet by severity, each in the order given. */
  readonly bySeverity: Readonly<Record<Severity, readonly Finding[]>>;
}

export interface GroupedFindings {
  /** Headlines: findings that do not follow from another. */
  readonly counts: SeverityCounts;
  /** Every finding, the folded ones included. */
  readonly totals: SeverityCounts;
  /** One group per sheet, in order of first appearance. */
  readonly groups: readonly FindingGroup[];
  /** What follows from each headline, by the headline's id, in the order given. */
  readonly consequences: ReadonlyMap<string, readonly Finding[]>;
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/**
 * Headlines by table (sheet) and severity, with counts: what the pane and the report list. A
 * finding with `causedBy` is not a headline: it is listed under the finding it follows from.
 */
export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const counts = zero();
  const totals = zero();
  const ids = new Set(findings.flatMap((f) => (f.id !== undefined ? [f.id] : [])));
  const consequences = new Map<string, Finding[]>();
  const headlineOf = new Map<string, string | null>();
  const groups = new Map<string | null, { counts: SeverityCounts; totals: SeverityCounts; bySeverity: Record<Severity, Finding[]> }>();
  const groupOf = (key: string | null) => {
    let g = groups.get(key);
    if (!g) {
      g = { counts: zero(), totals: zero(), bySeverity: { error: [], warning: [], info: [] } };
      groups.set(key, g);
    }
    return g;
  };
  for (const f of findings) {
    totals[f.severity]++;
    if (f.causedBy !== undefined && ids.has(f.causedBy)) {
      const list = consequences.get(f.causedBy);
      if (list) list.push(f);
      else consequences.set(f.causedBy, [f]);
      continue;
    }
    counts[f.severity]++;
    const key = f.sheet ?? null;
    if (f.id !== undefined) headlineOf.set(f.id, key);
    const g = groupOf(key);
    g.counts[f.severity]++;
    g.totals[f.severity]++;
    g.bySeverity[f.severity].push(f);
  }
  for (const [id, list] of consequences) {
    const key = headlineOf.get(id);
    if (key === undefined) continue;
    for (const f of list) groupOf(key).totals[f.severity]++;
  }
  return {
    counts,
    totals,
    groups: [...groups.entries()].map(([sheet, g]) => ({ sheet, counts: g.counts, totals: g.totals, bySeverity: g.bySeverity })),
    consequences,
  };
}
