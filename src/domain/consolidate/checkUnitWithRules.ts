import { checkSnapshots } from '../check/checkSnapshots';
import type { CheckUnit } from './unitBudget';
import { countFindings } from './unitFinding';

/** A unit's own errors and warnings by the reconciliation rules (src/domain/check), reading included. */
export const checkUnitWithRules: CheckUnit = (snapshots) => countFindings(checkSnapshots(snapshots).findings);
