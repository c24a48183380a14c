import type { ArithmeticRule, CheckRule } from '../rule';
import { amountDecimals } from './amountDecimals';
import { amountNegative } from './amountNegative';
import { amountText } from './amountText';
import { codeDuplicate } from './codeDuplicate';
import { codeName } from './codeName';
import { codeOrder } from './codeOrder';
import { codeParent } from './codeParent';
import { codeUnknown } from './codeUnknown';
import { economicVsGeneralPublic } from './economicVsGeneralPublic';
import { emptyTableNote } from './emptyTableNote';
import { expenditureCoversFunds } from './expenditureCoversFunds';
import { financeSummaryVsTables } from './financeSummaryVsTables';
import { fiscalFunds } from './fiscalFunds';
import { fiscalSummaryVsTables } from './fiscalSummaryVsTables';
import { formIdentity } from './formIdentity';
import { formulaTypedOver } from './formulaTypedOver';
import { incomeVsExpenditure } from './incomeVsExpenditure';
import { officeOperation } from './officeOperation';
import { outlineSum } from './outlineSum';
import { rowIdentity } from './rowIdentity';
import { sangongIdentity } from './sangongIdentity';
import { sangongVsEconomic } from './sangongVsEconomic';
import { summaryBalance } from './summaryBalance';
import { summaryBreakdownBlank } from './summaryBreakdownBlank';
import { summaryIdentity } from './summaryIdentity';
import { tableBound } from './tableBound';
import { tableTie } from './tableTie';
import { totalSum } from './totalSum';
import { treeSum } from './treeSum';
import { unitScale } from './unitScale';

// Rounding differences within tolerance are reported by the arithmetic rules under the id
// 'rounding' (severity info), so that they group together in the pane and the report.
export const ROUNDING_RULE_ID = 'rounding';

/** The arithmetic rules, in the order their checks appear on the 校验 sheet. */
export const ARITHMETIC_RULES: readonly ArithmeticRule[] = [
  treeSum,
  totalSum,
  rowIdentity,
  summaryIdentity,
  sangongIdentity,
  summaryBalance,
  incomeVsExpenditure,
  fiscalFunds,
  expenditureCoversFunds,
  financeSummaryVsTables,
  fiscalSummaryVsTables,
  economicVsGeneralPublic,
  sangongVsEconomic,
  officeOperation,
  // Province editions (江苏 2019 …): identities and ties declared in the edition's data.
  formIdentity,
  outlineSum,
  tableTie,
  tableBound,
];

export const ALL_RULES: readonly CheckRule[] = [
  ...ARITHMETIC_RULES,
  codeUnknown,
  codeName,
  codeParent,
  codeDuplicate,
  codeOrder,
  amountNegative,
  amountDecimals,
  amountText,
  unitScale,
  formulaTypedOver,
  summaryBreakdownBlank,
  emptyTableNote,
];
