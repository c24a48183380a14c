import { FormulaEvaluator } from '../../src/domain/read/evaluateFormulas';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';

// Files saved by Excel carry each formula's last result; files written by tools that do not
// calculate carry none. The variants are made in both forms.

export function withoutCachedResults(sheets: readonly SheetSnapshot[]): SheetSnapshot[] {
  return sheets.map((s) => ({
    ...s,
    values: s.values.map((row, r) => row.map((v, c) => (s.formulas[r]?.[c] ? null : v))),
  }));
}

/** Every formula's result filled in, as Excel saves it; a formula that cannot be computed stays blank. */
export function withCachedResults(sheets: readonly SheetSnapshot[]): SheetSnapshot[] {
  const evaluator = new FormulaEvaluator(sheets);
  return sheets.map((s) => ({
    ...s,
    values: s.values.map((row, r) =>
      row.map((v, c) => {
        if (v !== null || !s.formulas[r]?.[c]) return v;
        const e = evaluator.valueAt(s.name, r + 1, c + 1);
        return e.ok ? e.value : null;
      }),
    ),
  }));
}

export function hasFormulas(sheets: readonly SheetSnapshot[]): boolean {
  return sheets.some((s) => s.formulas.some((row) => row.some((f) => f !== null)));
}
