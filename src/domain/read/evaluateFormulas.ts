import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { compiledFormula, type FormulaScope, type Reason, Unsupported } from './compileFormula';

// A file written by a tool that does not calculate (ExcelJS, our own `budget build`, some exports)
// carries formulas without saved results. The checker must still see the figures, so the reader
// computes the small formula language the budget tables use: numbers, texts, cell and range
// references (also to other sheets), + − × ÷, comparisons, parentheses, SUM, ROUND and IF (the
// =IF(…,"",…) that leaves a zero line blank). Anything else is reported, not guessed, unless the file
// saved a 0 or FALSE for it (see valueAt).

/**
 * A cell's value for the reader. `saved`: the formula could not be computed, and its value is the
 * result the file saved (a 0 or FALSE the host leaves out of the values: SheetSnapshot.savedResults).
 */
export type Evaluated =
  { readonly ok: true; readonly value: CellValue; readonly saved?: true } | { readonly ok: false; readonly reason: Reason };

/**
 * The evaluator's other signal: a chain of formulas deeper than MAX_DEPTH. The outermost evaluation
 * computes that cell first, on a fresh stack, and tries again — a long running total is computed
 * instead of overflowing the stack.
 */
class Deferred extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {
    super('deferred');
  }
}

const MAX_DEPTH = 400;
const COLS = 16_384; // Excel's column count

/** The cell's saved value, null for a cell with neither; undefined when its formula must be computed. */
function plainValue(snap: SheetSnapshot, row: number, col: number): CellValue | undefined {
  const saved = snap.values[row - 1]?.[col - 1] ?? null;
  if (saved !== null || (snap.formulas[row - 1]?.[col - 1] ?? null) === null) return saved;
  return undefined;
}

/** Computes formula cells whose saved result is missing. One instance per set of snapshots. */
export class FormulaEvaluator {
  // Per sheet; memo and busy are keyed by row * COLS + col, keeping string building off the hot path.
  private readonly sheets: ReadonlyMap<
    string,
    { snap: SheetSnapshot; memo: Map<number, Evaluated>; busy: Set<number>; saved: Map<number, CellValue> | null }
  >;
  private readonly scopes = new Map<string, FormulaScope>();
  private depth = 0;

  constructor(snapshots: readonly SheetSnapshot[]) {
    this.sheets = new Map(snapshots.map((snap) => [snap.name, { snap, memo: new Map(), busy: new Set(), saved: null }]));
  }

  /**
   * The cell's value: its saved value, or the computed result of its formula when none was saved.
   * A formula that cannot be computed here, but whose 0 or FALSE the file saved, has that result:
   * Excel or WPS calculated it, and a formula outside the reader's language (IF, SUMIF …) is no
   * reason to doubt it.
   */
  valueAt(sheet: string, row: number, col: number): Evaluated {
    const entry = this.sheets.get(sheet);
    if (!entry) return { ok: false, reason: 'missing-sheet' };
    const plain = plainValue(entry.snap, row, col);
    if (plain !== undefined) return { ok: true, value: plain };
    const formula = entry.snap.formulas[row - 1]?.[col - 1] ?? null;
    if (formula === null) return { ok: true, value: null }; // narrows: plainValue gave undefined, so there is one
    const key = row * COLS + col;
    const { memo, busy } = entry;
    const known = memo.get(key);
    if (known) return known;
    // A cell already being evaluated — on this stack, or a chain waiting on a deferred cell — is a cycle.
    if (busy.has(key)) return { ok: false, reason: 'cycle' };
    if (this.depth >= MAX_DEPTH) throw new Deferred(sheet, row, col);
    busy.add(key);
    this.depth++;
    try {
      for (;;) {
        try {
          const result: Evaluated = { ok: true, value: this.evaluate(sheet, formula) };
          memo.set(key, result);
          return result;
        } catch (e) {
          // Only the evaluator's own signals are data; anything else is a bug and goes up as it is.
          if (e instanceof Unsupported) {
            const saved = this.savedResult(entry, key);
            const result: Evaluated = saved === undefined ? { ok: false, reason: e.reason } : { ok: true, value: saved, saved: true };
            memo.set(key, result);
            return result;
          }
          if (!(e instanceof Deferred) || this.depth !== 1) throw e;
          this.depth = 0;
          try {
            this.valueAt(e.sheet, e.row, e.col);
          } finally {
            this.depth = 1;
          }
        }
      }
    } finally {
      busy.delete(key);
      this.depth--;
    }
  }

  /** The sheet's saved result for the cell at `key` (row * COLS + col), indexed on first use. */
  private savedResult(entry: { snap: SheetSnapshot; saved: Map<number, CellValue> | null }, key: number): CellValue | undefined {
    entry.saved ??= new Map((entry.snap.savedResults ?? []).map((s) => [s.row * COLS + s.col, s.value]));
    return entry.saved.get(key);
  }

  /** The scope formulas in `sheet` are computed in (one per sheet, made when first needed). */
  private scopeOf(sheet: string): FormulaScope {
    let scope = this.scopes.get(sheet);
    if (!scope) {
      const own = this.sheets.get(sheet);
      scope = {
        sheet,
        hasSheet: (s) => this.sheets.has(s),
        cell: (s, r, c) => {
          // A saved value or a plain cell, by far the most referenced, without valueAt's result object.
          const entry = s === sheet ? own : this.sheets.get(s);
          const plain = entry ? plainValue(entry.snap, r, c) : undefined;
          if (plain !== undefined) return plain;
          const v = this.valueAt(s, r, c);
          if (!v.ok) throw new Unsupported(v.reason);
          return v.value;
        },
      };
      this.scopes.set(sheet, scope);
    }
    return scope;
  }

  private evaluate(sheet: string, formula: string): CellValue {
    const value = compiledFormula(formula)(this.scopeOf(sheet));
    // A text ("" for the blank an IF leaves) or TRUE/FALSE as it is.
    if (typeof value !== 'number') return value;
    // 15 significant digits, like the spreadsheet's own arithmetic. An integer below 10^15 has no
    // more, and is itself (a 0 for −0, as the text round trip gives) without the costly round trip.
    if (Number.isInteger(value) && Math.abs(value) < 1e15) return value + 0;
    return Number(value.toPrecision(15));
  }
}
