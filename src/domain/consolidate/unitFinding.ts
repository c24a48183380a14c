import type { Finding, Severity } from '../findings/finding';
import { MessageId, ParamsBesides, renderMessage, worded } from '../findings/messages';

// Consolidation findings name the unit file: the same sheet name and cell exist in every unit.

export interface UnitFindingPlace {
  readonly sheet?: string;
  readonly cell?: string;
  readonly code?: string;
  readonly column?: string;
}

export function unitFinding<K extends MessageId>(
  rule: K,
  severity: Severity,
  file: string,
  params: ParamsBesides<K, 'file' | 'sheet' | 'cell'>,
  place: UnitFindingPlace = {},
): Finding {
  return { rule, severity, ...place, ...worded(rule, { file, sheet: place.sheet ?? '', cell: place.cell ?? '' }, params) };
}

/** A reader finding re-stated for one unit file: rule, place and severity kept, the file prefixed. */
export function inUnit(file: string, f: Finding): Finding {
  const params = { ...(f.params ?? {}), file, sourceRule: f.rule, detail: f.message };
  return {
    ...f,
    rule: 'consolidate/unit-finding',
    params,
    message: renderMessage('consolidate/unit-finding', { file, detail: f.message }),
  };
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
