import type { Finding, Severity } from '../findings/finding';
import { renderMessage } from '../findings/messages';

// Consolidation findings name the unit file: the same sheet name and cell exist in every unit.

export interface UnitFindingPlace {
  readonly sheet?: string;
  readonly cell?: string;
  readonly code?: string;
  readonly column?: string;
}

export function unitFinding(
  rule: string,
  severity: Severity,
  file: string,
  params: Readonly<Record<string, string | number>>,
  place: UnitFindingPlace = {},
): Finding {
  const all = { file, sheet: place.sheet ?? '', cell: place.cell ?? '', ...params };
  return { rule, severity, ...place, params: all, message: renderMessage(rule, all) };
}

/** A reader finding re-stated for one unit file: rule, place and severity kept, the file prefixed. */
export function inUnit(file: string, f: Finding): Finding {
  const params = { ...(f.params ?? {}), file, sourceRule: f.rule, detail: f.message };
  return { ...f, rule: 'consolidate/unit-finding', params, message: renderMessage('consolidate/unit-finding', params) };
}

/** Severity counts of a list of findings. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
