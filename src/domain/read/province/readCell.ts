import { cellAddress, parseRangeAddress } from '../../a1';
import type { Finding } from '../../findings/finding';
import { MessageId, ParamsBesides, worded } from '../../findings/messages';
import type { CellValue, SheetSnapshot } from '../../port/workbookPort';
import type { FormulaEvaluator } from '../evaluateFormulas';
import { type ParsedAmount, parsedAmount } from '../parsedTables';
import { parseAmount } from '../parseAmount';
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

export function provinceFinding<K extends MessageId>(
  rule: K,
  severity: Finding['severity'],
  sheet: string,
  cell: string | undefined,
  params: ParamsBesides<K, 'sheet' | 'cell'>,
): Finding {
  return { rule, severity, sheet, ...(cell ? { cell } : {}), ...worded(rule, { sheet, cell: cell ?? '' }, params, 'given') };
}

/** The amount in a cell, in 分; a formula without a saved result is computed; bad text is a finding. */
export function readAmount(ctx: SheetCtx, row: number, col: number): ParsedAmount {
  const { snap } = ctx;
  let raw = valueAt(snap, row, col);
  const formula = formulaAt(snap, row, col);
  const cell = cellAddress(row, col);
  let computed = false;
  if (raw === null && formula !== null) {
    const ev = ctx.evaluator.valueAt(snap.name, row, col);
    if (!ev.ok) {
      ctx.findings.push(provinceFinding('read/uncalculated', 'warning', snap.name, cell, { formula }));
      return parsedAmount(null, cell, formula);
    }
    raw = ev.value;
    computed = ev.saved !== true;
  }
  const parsed = parseAmount(raw, ctx.fenPerUnit);
  if (parsed.ok) return parsedAmount(parsed.fen, cell, formula, parsed.value, parsed.text, computed);
  ctx.findings.push(
    provinceFinding(parsed.reason === 'error' ? 'read/formula-error' : 'read/bad-amount', 'error', snap.name, cell, { value: parsed.raw }),
  );
  return parsedAmount(null, cell, formula);
}

export function hasFigure(snap: SheetSnapshot, row: number, col: number): boolean {
  return typeof valueAt(snap, row, col) === 'number' || formulaAt(snap, row, col) !== null;
}
