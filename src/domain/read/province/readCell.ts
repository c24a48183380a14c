import { parseRangeAddress } from '../../a1';
import type { Finding } from '../../findings/finding';
import type { CellValue, SheetSnapshot } from '../../port/workbookPort';
import type { FormulaEvaluator } from '../evaluateFormulas';
import type { ParsedAmount } from '../parsedTables';
import { readAmountAt } from '../readAmountAt';
import { normalizeLabel } from '../tableTitles';

// Cell access shared by the form and outline readers of province editions.

export interface SheetCtx {
  readonly snap: SheetSnapshot;
  readonly evaluator: FormulaEvaluator;
  readonly findings: Finding[];
  /** 分 per displayed unit: 1,000,000 for 万元. */
  readonly fenPerUnit: number;
}

export function valueAt(snap: SheetSnapshot, row: number, col: number): CellValue {
  return snap.values[row - 1]?.[col - 1] ?? null;
}

export function formulaAt(snap: SheetSnapshot, row: number, col: number): string | null {
  return snap.formulas[row - 1]?.[col - 1] ?? null;
}

export function sheetWidth(snap: SheetSnapshot): number {
  return snap.values.reduce((m, r) => Math.max(m, r.length), 0);
}

/**
 * Label text compared across spellings: no spaces, half-width brackets, no quotes, no leading
 * ordinal ("一、", "1.", "（一）").
 */
export function canonLabel(v: CellValue | undefined): string {
  return normalizeLabel(v)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"'‘’]/g, '')
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^\(?[一二三四五六七八九十\d]+\)[、.．]?/, '')
    .replace(/^\d+[、.．]/, '');
}

export function textAt(snap: SheetSnapshot, row: number, col: number): string {
  const v = valueAt(snap, row, col);
  return typeof v === 'string' ? v.trim() : '';
}

/** Last column of a merge whose top-left is (row, col); col itself otherwise. */
export function mergeEnd(snap: SheetSnapshot, row: number, col: number): number {
  for (const m of snap.merges) {
    const r = parseRangeAddress(m);
    if (r.r1 === row && r.c1 === col) return r.c2;
  }
  return col;
}

/** The amount in a cell, in 分, as the standard tables' reader reads it (readAmountAt). */
export function readAmount(ctx: SheetCtx, row: number, col: number): ParsedAmount {
  return readAmountAt(ctx.snap, ctx.evaluator, ctx.findings, ctx.fenPerUnit, row, col);
}

export function hasFigure(snap: SheetSnapshot, row: number, col: number): boolean {
  return typeof valueAt(snap, row, col) === 'number' || formulaAt(snap, row, col) !== null;
}
