import type { SheetSnapshot } from '../port/workbookPort';
import { checkUnitWithRules } from './checkUnitWithRules';
import { consolidateUnits, ConsolidateOptions, ConsolidationResult } from './consolidateUnits';
import { CheckUnit, readUnit } from './unitBudget';

export interface UnitWorkbook {
  /** File name shown to the officer. */
  readonly file: string;
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * Reads unit workbooks already in memory and consolidates them (the pane and the standalone page).
 * Each unit is counted by the reconciliation rules unless another `checkUnit` is given.
 */
export function consolidateWorkbooks(
  inputs: readonly UnitWorkbook[],
  options: ConsolidateOptions & { readonly checkUnit?: CheckUnit } = {},
): ConsolidationResult {
  return consolidateUnits(
    inputs.map((w) => readUnit(w.file, w.sheets, options.checkUnit ?? checkUnitWithRules)),
    options,
  );
}
