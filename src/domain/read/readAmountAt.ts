import { cellAddress } from '../a1';
import type { Finding } from '../findings/finding';
import type { SheetSnapshot } from '../port/workbookPort';
import type { FormulaEvaluator } from './evaluateFormulas';
import { type ParsedAmount, parsedAmount } from './parsedTables';
import { numberToFen, parseAmount } from './parseAmount';
import { readerFinding } from './readerFinding';

/**
 * The amount in a cell, in 分 (`fenPerUnit` per unit shown: 100 for 元, 1,000,000 for 万元), for the
 * standard tables and a province edition's alike. A formula without a saved result is computed; one
 * that cannot be, an error value or a text that is no amount is a finding, and the cell is blank.
 */
export function readAmountAt(
  snap: SheetSnapshot,
  evaluator: FormulaEvaluator,
  findings: Finding[],
  fenPerUnit: number,
  row: number,
  col: number,
): ParsedAmount {
  let raw = snap.values[row - 1]?.[col - 1] ?? null;
  const formula = snap.formulas[row - 1]?.[col - 1] ?? null;
  const cell = cellAddress(row, col);
  let computed = false;
  if (raw === null && formula !== null) {
    const ev = evaluator.valueAt(snap.name, row, col);
    if (!ev.ok) {
      findings.push(readerFinding('read/uncalculated', 'warning', snap.name, cell, { formula }));
      return parsedAmount(null, cell, formula);
    }
    raw = ev.value;
    computed = ev.saved !== true;
  }
  // The plain number, by far the most common, without the parse's own result object.
  if (typeof raw === 'number' && !computed && Number.isFinite(raw)) return parsedAmount(numberToFen(raw, fenPerUnit), cell, formula, raw);
  const parsed = parseAmount(raw, fenPerUnit);
  // A computed result or a number written as text, with their flags.
  if (parsed.ok) return parsedAmount(parsed.fen, cell, formula, parsed.value, parsed.text, computed);
  const rule = parsed.reason === 'error' ? 'read/formula-error' : 'read/bad-amount';
  findings.push(readerFinding(rule, 'error', snap.name, cell, { value: parsed.raw }));
  return parsedAmount(null, cell, formula);
}
