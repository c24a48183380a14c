import { parseRangeAddress } from '../a1';

// The formulas the project sheets hold (=SUM(D10:D14), =SUM(D10,D12), =D10+D11-D12), evaluated on
// the sheet's own cells. Used when a workbook was saved without cached results (ExcelJS output
// before Excel or LibreOffice opened it), so the reader still sees the 当年预算.

export interface FormulaRef {
  readonly row: number;
  readonly col: number;
}

const REF = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

function expand(ref: string): FormulaRef[] | null {
  if (!REF.test(ref)) return null;
  const { r1, c1, r2, c2 } = parseRangeAddress(ref.replace(/\$/g, ''));
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > 10_000) return null;
  const out: FormulaRef[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push({ row: r, col: c });
  return out;
}

/** Signed cell references of a SUM or +/− formula, or null for anything else. */
export function formulaTerms(formula: string): Array<{ sign: 1 | -1; refs: FormulaRef[] } | { sign: 1 | -1; constant: number }> | null {
  const body = formula.trim().replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  const sum = /^SUM\((.*)\)$/.exec(body);
  if (sum) {
    const args = (sum[1] ?? '').split(',').filter((a) => a !== '');
    const terms: Array<{ sign: 1; refs: FormulaRef[] }> = [];
    for (const a of args) {
      const refs = expand(a);
      if (!refs) return null;
      terms.push({ sign: 1, refs });
    }
    return terms;
  }
  const parts = body.match(/[+-]?[^+-]+/g);
  if (!parts || parts.join('') !== body) return null;
  const terms: Array<{ sign: 1 | -1; refs: FormulaRef[] } | { sign: 1 | -1; constant: number }> = [];
  for (const p of parts) {
    const sign: 1 | -1 = p.startsWith('-') ? -1 : 1;
    const t = p.replace(/^[+-]/, '');
    if (/^\d+(\.\d+)?$/.test(t)) terms.push({ sign, constant: Number(t) });
    else {
      const refs = expand(t);
      if (!refs) return null;
      terms.push({ sign, refs });
    }
  }
  return terms;
}

/** Rows a formula reads (for "the SUM misses row N" hints). */
export function formulaRows(formula: string): Set<number> | null {
  const terms = formulaTerms(formula);
  if (!terms) return null;
  const rows = new Set<number>();
  for (const t of terms) if ('refs' in t) for (const r of t.refs) rows.add(r.row);
  return rows;
}

/**
 * Evaluates in 分: `cellFen` gives a referenced cell's amount (null = blank). Constants are in the
 * sheet's unit, converted with `fenPerUnit`. Null when the formula is not one of the simple forms.
 */
export function evaluateSimpleFormula(formula: string, cellFen: (ref: FormulaRef) => number | null, fenPerUnit: number): number | null {
  const terms = formulaTerms(formula);
  if (!terms) return null;
  let total = 0;
  for (const t of terms) {
    if ('constant' in t) total += t.sign * Math.round(t.constant * fenPerUnit);
    else for (const r of t.refs) total += t.sign * (cellFen(r) ?? 0);
  }
  return total;
}
