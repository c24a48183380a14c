import { budgetMissingRule } from './budgetMissing';
import { crossSheetBudgetRule } from './crossSheetBudget';
import { currentExceedsTotalRule } from './currentExceedsTotal';
import { dateOrderRule } from './dateOrder';
import { dateOutsideYearRule } from './dateOutsideYear';
import { indicatorLevel1Rule } from './indicatorLevel1';
import { noIndicatorsRule } from './noIndicators';
import { outputLevel2Rule } from './outputLevel2';
import { previousOverrunRule } from './previousOverrun';
import type { ProjectRule } from './projectRule';
import { subItemAmountMissingRule } from './subItemAmountMissing';
import { subItemsSumRule } from './subItemsSum';
import { targetComparatorRule } from './targetComparator';
import { targetMissingRule } from './targetMissing';
import { targetUnitRule } from './targetUnit';
import { totalVsExpenditureRule } from './totalVsExpenditure';

/** Every project rule, in the order findings are listed. */
export const PROJECT_RULES: readonly ProjectRule[] = [
  subItemsSumRule,
  subItemAmountMissingRule,
  budgetMissingRule,
  currentExceedsTotalRule,
  totalVsExpenditureRule,
  crossSheetBudgetRule,
  previousOverrunRule,
  dateOrderRule,
  dateOutsideYearRule,
  noIndicatorsRule,
  indicatorLevel1Rule,
  outputLevel2Rule,
  targetMissingRule,
  targetComparatorRule,
  targetUnitRule,
];
