import type { Finding, Severity } from '../domain/findings/finding';
import { groupFindings as groupBySheet } from '../domain/check/groupFindings';

// The list's shape from the checker's grouping (by table, then severity), with a key for each
// finding (React keys and the selection) and the workbook-wide findings first.

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: ReadonlyArray<{ readonly key: string; readonly finding: Finding }>;
}

export interface SheetGroup {
  /** null: findings about the workbook as a whole (no sheet). */
  readonly sheet: string | null;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly bySeverity: readonly SeverityGroup[];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return { ...groupBySheet(findings).counts };
}

/** A key stable for one list of findings. */
export function findingKeyAt(f: Finding, i: number): string {
  return `${i}|${f.rule}|${f.sheet ?? ''}|${f.cell ?? ''}`;
}

export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const index = new Map(findings.map((f, i) => [f, i] as const));
  const groups = groupBySheet(findings).groups.map((g) => ({
    sheet: g.sheet,
    counts: g.counts,
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: g.bySeverity[severity].map((finding) => ({ key: findingKeyAt(finding, index.get(finding) ?? -1), finding })),
    })).filter((s) => s.findings.length > 0),
  }));
  // Workbook-wide findings (no sheet) first: they usually explain the rest.
  return [...groups.filter((g) => g.sheet === null), ...groups.filter((g) => g.sheet !== null)];
}
