import type { Comparison } from '../domain/compare/change';
import { compareFindings, type FindingsDiff } from '../domain/compare/compareFindings';
import { compareWorkbooks } from '../domain/compare/compareWorkbooks';
import { readBudgetTables } from '../domain/read/readBudgetTables';
import type { SheetSnapshot } from '../domain/port/workbookPort';
import { checkAll } from './runChecks';

// A submitted and a returned workbook compared: what the reviewer changed, and the checks on both
// side by side (what the changes broke, what they fixed).

export interface CompareRun {
  readonly comparison: Comparison;
  readonly checks: FindingsDiff;
  readonly submitted: readonly SheetSnapshot[];
  readonly returned: readonly SheetSnapshot[];
}

export function compareSnapshots(submitted: readonly SheetSnapshot[], returned: readonly SheetSnapshot[]): CompareRun {
  const comparison = compareWorkbooks(readBudgetTables(submitted).workbook, readBudgetTables(returned).workbook);
  const checks = compareFindings(checkAll(submitted).findings, checkAll(returned).findings);
  return { comparison, checks, submitted, returned };
}
