// The checker's public surface, for the task pane and the CLI.
export { checkSnapshots } from './checkSnapshots';
export { checkWorkbook, sortFindings } from './checkWorkbook';
export { checkContext, roundingTolerance, DEFAULT_ROUNDING_FEN_PER_CHILD, DEFAULT_ROUNDING_FEN_PER_CHILD_WAN } from './checkContext';
export type { CheckContext } from './checkContext';
export { groupFindings } from './groupFindings';
export type { FindingGroup, GroupedFindings, SeverityCounts } from './groupFindings';
export { proposeFixes, fixToPlan } from './fixes';
export type { Fix, FixPlan, FixStep } from './fixes';
export { buildCheckSheet, checkSheetLayout, CHECK_SHEET_NAME, VERDICT_ZH } from './buildCheckSheet';
export { buildCheckOverlay } from './buildCheckOverlay';
export { reportJson, reportText, findingLine, countsLine } from './checkReport';
export { ALL_RULES, ARITHMETIC_RULES, ROUNDING_RULE_ID } from './rules';
export type { CheckRule, ArithmeticRule } from './rule';
export type { ArithmeticCheck, Evaluation, Verdict } from './arithmetic';
