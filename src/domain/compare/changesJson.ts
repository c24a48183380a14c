import type { Change, ChangeKind, Comparison, FormulaChange } from './change';

/** The `budget compare --json` shape. Amounts in 元; names for a rename. */
export interface ChangeJson {
  readonly sheet: string;
  readonly code: string | null;
  readonly column: string | null;
  readonly kind: ChangeKind;
  readonly before: number | string | null;
  readonly after: number | string | null;
  readonly difference: number | null;
  readonly formulaChange?: FormulaChange;
}

const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);

export function changeJson(c: Change): ChangeJson {
  const renamed = c.kind === 'renamed';
  return {
    sheet: c.sheet,
    code: c.code,
    column: c.column,
    kind: c.kind,
    before: renamed ? c.nameBefore : yuan(c.before),
    after: renamed ? c.nameAfter : yuan(c.after),
    difference: renamed ? null : yuan(c.difference),
    ...(c.formulaChange ? { formulaChange: c.formulaChange } : {}),
  };
}

export function changesJson(comparison: Comparison): { changes: ChangeJson[] } {
  return { changes: comparison.changes.map(changeJson) };
}
