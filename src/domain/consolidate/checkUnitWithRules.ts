import { checkSnapshots } from '../check/checkSnapshots';
import type { CheckUnit } from './unitBudget';
import { countFindings } from './unitFinding';

/** A unit's own errors and warnings by the reconciliation rules (src/domain/check), reading included (the tables as already read). */
export const checkUnitWithRules: CheckUnit = (snapshots, read) =>
  countFindings(checkSnapshots(snapshots, undefined, undefined, read).findings);
