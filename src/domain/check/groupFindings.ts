import type { Finding, Severity } from '../findings/finding';

export type SeverityCounts = Record<Severity, number>;

export interface FindingGroup {
  /** The sheet (table) the findings are on; null for workbook-level findings. */
  readonly sheet: string | null;
  readonly counts: SeverityCounts;
  /** Findings of the sheet by severity, each in the order given. */
  readonly bySeverity: Readonly<Record<Severity, readonly Finding[]>>;
}

export interface GroupedFindings {
  readonly counts: SeverityCounts;
  /** One group per sheet, in order of first appearance. */
  readonly groups: readonly FindingGroup[];
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** Findings by table (sheet) and severity, with counts: what the pane lists. */
export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const counts = zero();
  const groups = new Map<string | null, { counts: SeverityCounts; bySeverity: Record<Severity, Finding[]> }>();
  for (const f of findings) {
    counts[f.severity]++;
    const key = f.sheet ?? null;
    let g = groups.get(key);
    if (!g) {
      g = { counts: zero(), bySeverity: { error: [], warning: [], info: [] } };
      groups.set(key, g);
    }
    g.counts[f.severity]++;
    g.bySeverity[f.severity].push(f);
  }
  return { counts, groups: [...groups.entries()].map(([sheet, g]) => ({ sheet, counts: g.counts, bySeverity: g.bySeverity })) };
}
