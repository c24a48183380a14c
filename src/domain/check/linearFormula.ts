import { cellAddress } from '../a1';
import { type Token, tokenize } from '../read/compileFormula';

// What a formula adds up: for the linear formulas budget tables use (references, ranges, + − ,
// a constant factor, SUM, ROUND) the coefficient of every cell it reads. Root-cause folding uses
// it to follow a wrong number through the 款, 类, 合计 and summary-table formulas above it.

/** "Sheet\u0000E7" */
export type CellKey = string;

export function cellKey(sheet: string, cell: string): CellKey {
  return `${sheet}\u0000${cell}`;
}

export function splitCellKey(key: CellKey): { sheet: string; cell: string } {
  const i = key.indexOf('\u0000');
  return { sheet: key.slice(0, i), cell: key.slice(i + 1) };
}

/** Larger ranges are not followed (whole-column references and the like). */
const MAX_RANGE_CELLS = 200_000;

/** A linear combination: constant part dropped, coefficient per cell. */
type Linear = Map<CellKey, number>;

class NotLinear extends Error {}

function scale(a: Linear, k: number): Linear {
  const out: Linear = new Map();
  for (const [key, v] of a) out.set(key, v * k);
  return out;
}

function addInto(into: Linear, a: Linear, k = 1): void {
  for (const [key, v] of a) into.set(key, (into.get(key) ?? 0) + v * k);
}

/**
 * The coefficient of each cell the formula reads, or null when the formula is not a linear
 * combination of cells this parser knows (IF, lookups, products of two cells…).
 */
export function linearTerms(formula: string, sheet: string): ReadonlyMap<CellKey, number> | null {
  const tokens = tokenize(formula);
  if (!tokens) return null;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.t === 'op' && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new NotLinear();
    pos++;
  };
  const rangeOf = (t: Extract<Token, { t: 'ref' }>): Linear => {
    if ((t.r2 - t.r1 + 1) * (t.c2 - t.c1 + 1) > MAX_RANGE_CELLS) throw new NotLinear();
    const s = t.sheet ?? sheet;
    const out: Linear = new Map();
    for (let r = t.r1; r <= t.r2; r++) for (let c = t.c1; c <= t.c2; c++) out.set(cellKey(s, cellAddress(r, c)), 1);
    return out;
  };
  // Each value is [linear part, constant]; a product needs one side constant.
  type Val = { lin: Linear; k: number };
  const isConst = (v: Val) => v.lin.size === 0;
  const expr = (): Val => {
    let acc = term();
    while (isOp('+') || isOp('-')) {
      const minus = isOp('-');
      pos++;
      const rhs = term();
      const lin = new Map(acc.lin);
      addInto(lin, rhs.lin, minus ? -1 : 1);
      acc = { lin, k: acc.k + (minus ? -rhs.k : rhs.k) };
    }
    return acc;
  };
  const term = (): Val => {
    let acc = unary();
    while (isOp('*') || isOp('/')) {
      const div = isOp('/');
      pos++;
      const rhs = unary();
      if (div) {
        if (!isConst(rhs) || rhs.k === 0) throw new NotLinear();
        acc = { lin: scale(acc.lin, 1 / rhs.k), k: acc.k / rhs.k };
      } else if (isConst(acc)) acc = { lin: scale(rhs.lin, acc.k), k: acc.k * rhs.k };
      else if (isConst(rhs)) acc = { lin: scale(acc.lin, rhs.k), k: acc.k * rhs.k };
      else throw new NotLinear();
    }
    return acc;
  };
  const unary = (): Val => {
    if (isOp('-')) {
      pos++;
      const v = unary();
      return { lin: scale(v.lin, -1), k: -v.k };
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return primary();
  };
  const primary = (): Val => {
    const t = peek();
    if (!t) throw new NotLinear();
    pos++;
    if (t.t === 'num') return { lin: new Map(), k: t.v };
    if (t.t === 'ref') {
      if (t.r1 !== t.r2 || t.c1 !== t.c2) throw new NotLinear(); // a bare range outside SUM
      return { lin: rangeOf(t), k: 0 };
    }
    if (t.t === 'str') throw new NotLinear();
    if (t.t === 'op') {
      if (t.v !== '(') throw new NotLinear();
      const v = expr();
      expect(')');
      return v;
    }
    expect('(');
    if (t.name === 'SUM') {
      const lin: Linear = new Map();
      let k = 0;
      if (!isOp(')')) {
        for (;;) {
          const a = peek();
          const next = tokens[pos + 1];
          if (a?.t === 'ref' && (!next || (next.t === 'op' && (next.v === ',' || next.v === ')')))) {
            pos++;
            addInto(lin, rangeOf(a));
          } else {
            const v = expr();
            addInto(lin, v.lin);
            k += v.k;
          }
          if (isOp(',')) {
            pos++;
            continue;
          }
          break;
        }
      }
      expect(')');
      return { lin, k };
    }
    if (t.name === 'ROUND') {
      // Rounding to whole 分 or 元 keeps a difference of whole 元 as it is.
      const v = expr();
      expect(',');
      expr();
      expect(')');
      return v;
    }
    throw new NotLinear();
  };
  try {
    const v = expr();
    if (pos !== tokens.length) return null;
    for (const [key, c] of v.lin) if (c === 0) v.lin.delete(key);
    return v.lin;
  } catch (e) {
    if (e instanceof NotLinear) return null;
    throw e;
  }
}
