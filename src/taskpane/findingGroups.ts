import type { Finding, Severity } from '../domain/findings/finding';
import { groupFindings as groupBySheet } from '../domain/check/groupFindings';

// The list's shape from the checker's grouping (by table, then severity), with a key for each
// finding (React keys and the selection) and the workbook-wide findings first.

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface KeyedFinding {
  readonly key: string;
  readonly finding: Finding;
}

export interface SeverityGroup {
  readonly severity: Severity;
  /** Headlines, each with what follows from it (folded under it in the list). */
  readonly findings: ReadonlyArray<KeyedFinding & { readonly consequences: readonly KeyedFinding[] }>;
}

export interface SheetGroup {
  /** null: findings about the workbook as a whole (no sheet). */
  readonly sheet: string | null;
  /** Headlines by severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Headlines and what is folded under them. */
  readonly totals: Readonly<Record<Severity, number>>;
  readonly bySeverity: readonly SeverityGroup[];
}

/** Headlines by severity (a root cause counts once, not once per check it breaks). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return { ...groupBySheet(findings).counts };
}

/** Every finding by severity, the folded ones included. */
export function totalBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return { ...groupBySheet(findings).totals };
}

/** A key stable for one list of findings. */
export function findingKeyAt(f: Finding, i: number): string {
  return `${i}|${f.rule}|${f.sheet ?? ''}|${f.cell ?? ''}`;
}

export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const index = new Map(findings.map((f, i) => [f, i] as const));
  const grouped = groupBySheet(findings);
  const keyed = (finding: Finding): KeyedFinding => ({ key: findingKeyAt(finding, index.get(finding) ?? -1), finding });
  const groups = grouped.groups.map((g) => ({
    sheet: g.sheet,
    counts: g.counts,
    totals: g.totals,
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: g.bySeverity[severity].map((finding) => ({
        ...keyed(finding),
        consequences: ((finding.id !== undefined ? grouped.consequences.get(finding.id) : undefined) ?? []).map(keyed),
      })),
    })).filter((s) => s.findings.length > 0),
  }));
  // Workbook-wide findings (no sheet) first: they usually explain the rest.
  return [...groups.filter((g) => g.sheet === null), ...groups.filter((g) => g.sheet !== null)];
}
