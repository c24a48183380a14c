import { cellAddress, parseCellAddress } from '../a1';
import type { CellValue, WorkbookEdit } from './workbookPort';

// The pane's own undo must never damage a user's row: before it takes a fix back, every cell the fix
// wrote must still hold what the fix wrote. These helpers state that as `expect` steps.

type Content = string | number | boolean | null;

/**
 * `expect` steps for what `edits` leave behind: the last value set in each cell, at the address it
 * has after the later row insertions and deletions of the same edits.
 */
export function expectationsAfter(edits: readonly WorkbookEdit[]): WorkbookEdit[] {
  let cells = new Map<string, { sheet: string; row: number; col: number; value: Content }>();
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0001${row}\u0001${col}`;
  for (const e of edits) {
    if (e.kind === 'expect') continue;
    if (e.kind === 'set') {
      const { row, col } = parseCellAddress(e.cell);
      cells.set(key(e.sheet, row, col), { sheet: e.sheet, row, col, value: e.value });
      continue;
    }
    const next = new Map<string, { sheet: string; row: number; col: number; value: Content }>();
    for (const c of cells.values()) {
      // Excel rewrites a formula's references when rows move; not predicted here, so a formula set
      // before a row change of its sheet is not expected (the checker's fixes change rows first).
      if (c.sheet === e.sheet && typeof c.value === 'string' && c.value.startsWith('=')) continue;
      let row = c.row;
      if (c.sheet === e.sheet && e.kind === 'insertRows' && row >= e.row) row += e.count;
      if (c.sheet === e.sheet && e.kind === 'deleteRows') {
        if (row >= e.row && row < e.row + e.count) continue;
        if (row >= e.row + e.count) row -= e.count;
      }
      next.set(key(c.sheet, row, c.col), { ...c, row });
    }
    cells = next;
  }
  return [...cells.values()].map((c) => ({ kind: 'expect', sheet: c.sheet, cell: cellAddress(c.row, c.col), value: c.value }));
}

/** The cell's content as the edits speak of it: its formula when it has one, else its value. */
export function cellContent(formula: unknown, value: CellValue): Content {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return formula;
  return value === '' ? null : value;
}

/** Whether the cell holds `expected`; formulas compare without case and spaces, numbers by value. */
export function holds(expected: Content, actual: Content): boolean {
  const blank = (v: Content) => v === null || v === '';
  if (blank(expected) || blank(actual)) return blank(expected) && blank(actual);
  if (typeof expected === 'string' && expected.startsWith('=')) {
    const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
    return typeof actual === 'string' && norm(actual) === norm(expected);
  }
  if (typeof expected === 'number' || typeof actual === 'number') return Number(expected) === Number(actual);
  return String(expected) === String(actual);
}

/** Splits a list of edits into its leading `expect` steps and the rest; an `expect` later on is misuse. */
export function splitExpectations(edits: readonly WorkbookEdit[]): {
  expects: Extract<WorkbookEdit, { kind: 'expect' }>[];
  changes: Exclude<WorkbookEdit, { kind: 'expect' }>[];
} {
  const expects: Extract<WorkbookEdit, { kind: 'expect' }>[] = [];
  const changes: Exclude<WorkbookEdit, { kind: 'expect' }>[] = [];
  for (const e of edits) {
    if (e.kind === 'expect') {
      if (changes.length > 0) throw new RangeError(`applyEdits: expect 步骤必须在所有修改之前（“${e.sheet}”${e.cell}）`);
      expects.push(e);
    } else changes.push(e);
  }
  return { expects, changes };
}
