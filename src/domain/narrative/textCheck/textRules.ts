import { budgetFigures } from './rules/budgetFigures';
import { comparisons } from './rules/comparisons';
import { counts } from './rules/counts';
import { listLines } from './rules/listLines';
import { missingReason } from './rules/missingReason';
import { performanceFigures } from './rules/performanceFigures';
import { procurementFigures } from './rules/procurementFigures';
import { projectItems } from './rules/projectItems';
import { sangongFigures } from './rules/sangongFigures';
import { unrecognised } from './rules/unrecognised';
import type { TextRule } from './textRule';

/** Every rule of the text check, in the order their figures are listed. */
export const TEXT_RULES: readonly TextRule[] = [
  budgetFigures,
  listLines,
  sangongFigures,
  procurementFigures,
  performanceFigures,
  comparisons,
  missingReason,
  counts,
  projectItems,
  unrecognised,
];
