import { columnNumber } from '../a1';
import { excelRound } from '../money';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';

// A file written by a tool that does not calculate (ExcelJS, our own `budget build`, some exports)
// carries formulas without saved results. The checker must still see the figures, so the reader
// computes the small formula language the budget tables use: numbers, cell and range references
// (also to other sheets), + − × ÷, parentheses, SUM and ROUND. Anything else is reported, not guessed.

export type Evaluated =
  | { readonly ok: true; readonly value: CellValue }
  | { readonly ok: false; readonly reason: 'unsupported' | 'cycle' | 'error' | 'missing-sheet' };

type Token =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'ref'; readonly sheet: string | null; readonly r1: number; readonly c1: number; readonly r2: number; readonly c2: number }
  | { readonly t: 'fn'; readonly name: string }
  | { readonly t: 'op'; readonly v: string };

const CELL = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
// Sticky patterns, matched where the tokenizer stands (no copy of the rest of the formula each time).
const REF = new RegExp(String.raw`(?:'((?:[^']|'')+)'!|([^\s'!(),+\-*/:=<>&^"]+)!)?${CELL}(?::${CELL})?`, 'y');
const NUM = /\d+(?:\.\d+)?(?:E[+-]?\d+)?/iy;
const AFTER_NUM = /[:A-Z]/iy;
const FN = /([A-Z][A-Z0-9.]*)\(/iy;

/** The pattern's match at src[i], or null. */
function matchAt(re: RegExp, src: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(src);
}

// The same formula texts come back in every unit of a district (=SUM(D7:D9) in every 功能分类 table)
// and a token list is never changed: each text is tokenized once. Bounded, so a long batch of
// unrelated workbooks cannot grow it without end.
const TOKENS = new Map<string, readonly Token[] | null>();
const MAX_TOKENIZED = 4096;

function tokensOf(formula: string): readonly Token[] | null {
  let tokens = TOKENS.get(formula);
  if (tokens === undefined) {
    tokens = tokenize(formula);
    if (TOKENS.size >= MAX_TOKENIZED) TOKENS.clear();
    // Kept as a copy: a formula read from a file can be a slice of the whole sheet's XML text,
    // which a kept slice would keep alive with it.
    TOKENS.set(`${formula} `.slice(0, -1), tokens);
  }
  return tokens;
}

function tokenize(formula: string): Token[] | null {
  const src = formula.replace(/^=/, '');
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === ' ') {
      i++;
      continue;
    }
    const num = matchAt(NUM, src, i);
    // A number directly followed by ":" or a letter is part of something else (row range "1:3").
    if (num && !matchAt(AFTER_NUM, src, i + num[0].length)) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const fn = matchAt(FN, src, i)?.[1];
    if (fn !== undefined) {
      out.push({ t: 'fn', name: fn.toUpperCase() });
      i += fn.length; // the "(" is tokenized next
      continue;
    }
    const ref = matchAt(REF, src, i);
    if (ref?.[3] !== undefined) {
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const r1 = Number(ref[4]);
      const c1 = columnNumber(ref[3]);
      const r2 = ref[6] !== undefined ? Number(ref[6]) : r1;
      const c2 = ref[5] !== undefined ? columnNumber(ref[5]) : c1;
      out.push({ t: 'ref', sheet, r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
      i += ref[0].length;
      continue;
    }
    if ('+-*/(),'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
      continue;
    }
    return null;
  }
  return out;
}

/** The evaluator's own signal: this formula has no value the reader can vouch for, and why. */
class Unsupported extends Error {
  constructor(readonly reason: 'unsupported' | 'cycle' | 'error' | 'missing-sheet') {
    super(reason);
  }
}

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

type Arg = { kind: 'value'; v: CellValue } | { kind: 'range'; values: CellValue[] };

/** The cell's saved value, null for a cell with neither; undefined when its formula must be computed. */
function plainValue(snap: SheetSnapshot, row: number, col: number): CellValue | undefined {
  const saved = snap.values[row - 1]?.[col - 1] ?? null;
  if (saved !== null || (snap.formulas[row - 1]?.[col - 1] ?? null) === null) return saved;
  return undefined;
}

/** Computes formula cells whose saved result is missing. One instance per set of snapshots. */
export class FormulaEvaluator {
  // Per sheet; memo and busy are keyed by row * COLS + col, keeping string building off the hot path.
  private readonly sheets: ReadonlyMap<string, { snap: SheetSnapshot; memo: Map<number, Evaluated>; busy: Set<number> }>;
  private depth = 0;

  constructor(snapshots: readonly SheetSnapshot[]) {
    this.sheets = new Map(snapshots.map((snap) => [snap.name, { snap, memo: new Map(), busy: new Set() }]));
  }

  /** The cell's value: its saved value, or the computed result of its formula when none was saved. */
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
            const result: Evaluated = { ok: false, reason: e.reason };
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

  private evaluate(sheet: string, formula: string): number {
    const tokens = tokensOf(formula);
    if (!tokens) throw new Unsupported('unsupported');
    let pos = 0;
    const peek = () => tokens[pos];
    const isOp = (v: string) => {
      const t = peek();
      return t?.t === 'op' && t.v === v;
    };
    const expect = (v: string) => {
      if (!isOp(v)) throw new Unsupported('unsupported');
      pos++;
    };
    const own = this.sheets.get(sheet);
    const cell = (s: string, r: number, c: number): CellValue => {
      // A saved value or a plain cell, by far the most referenced, without valueAt's result object.
      const entry = s === sheet ? own : this.sheets.get(s);
      const plain = entry ? plainValue(entry.snap, r, c) : undefined;
      if (plain !== undefined) return plain;
      const v = this.valueAt(s, r, c);
      if (!v.ok) throw new Unsupported(v.reason);
      return v.value;
    };
    const num = (v: CellValue): number => {
      if (v === null) return 0;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (/^#/.test(v)) throw new Unsupported('error');
      throw new Unsupported('unsupported'); // text in arithmetic: Excel's answer depends on locale
    };
    // A bare reference argument behaves like a range: SUM skips the text and blanks it points at.
    const arg = (): Arg => {
      const t = peek();
      const next = tokens[pos + 1];
      if (t?.t === 'ref' && (!next || (next.t === 'op' && (next.v === ',' || next.v === ')')))) {
        pos++;
        const s = t.sheet ?? sheet;
        if (!this.sheets.has(s)) throw new Unsupported('missing-sheet');
        const values: CellValue[] = [];
        for (let r = t.r1; r <= t.r2; r++) for (let c = t.c1; c <= t.c2; c++) values.push(cell(s, r, c));
        return { kind: 'range', values };
      }
      return { kind: 'value', v: expr() };
    };
    const scalar = (a: Arg): number => {
      if (a.kind === 'value') return num(a.v);
      if (a.values.length !== 1) throw new Unsupported('unsupported');
      return num(a.values[0] ?? null);
    };
    const call = (name: string): number => {
      expect('(');
      const args: Arg[] = [];
      if (!isOp(')')) {
        args.push(arg());
        while (isOp(',')) {
          pos++;
          args.push(arg());
        }
      }
      expect(')');
      if (name === 'SUM') {
        let total = 0;
        for (const a of args) {
          // SUM skips text and blanks inside ranges, as Excel does; a direct argument must be a number.
          if (a.kind === 'range') {
            for (const v of a.values) {
              if (typeof v === 'number') total += v;
              else if (typeof v === 'string' && /^#/.test(v)) throw new Unsupported('error');
            }
          } else total += num(a.v);
        }
        return total;
      }
      const [a0, a1] = args;
      if (name === 'ROUND' && args.length === 2 && a0 && a1) {
        const x = scalar(a0);
        if (!Number.isFinite(x)) throw new Unsupported('error'); // as Excel's #NUM!
        return excelRound(x, scalar(a1));
      }
      throw new Unsupported('unsupported');
    };
    const factor = (): number => {
      const t = peek();
      if (!t) throw new Unsupported('unsupported');
      pos++;
      if (t.t === 'num') return t.v;
      if (t.t === 'op' && t.v === '-') return -factor();
      if (t.t === 'op' && t.v === '+') return factor();
      if (t.t === 'op' && t.v === '(') {
        const v = expr();
        expect(')');
        return v;
      }
      if (t.t === 'fn') return call(t.name);
      if (t.t === 'ref' && t.r1 === t.r2 && t.c1 === t.c2) return num(cell(t.sheet ?? sheet, t.r1, t.c1));
      throw new Unsupported('unsupported');
    };
    const term = (): number => {
      let v = factor();
      while (isOp('*') || isOp('/')) {
        const op = (peek() as { v: string }).v;
        pos++;
        const rhs = factor();
        if (op === '/' && rhs === 0) throw new Unsupported('error');
        v = op === '*' ? v * rhs : v / rhs;
      }
      return v;
    };
    const expr = (): number => {
      let v = term();
      while (isOp('+') || isOp('-')) {
        const op = (peek() as { v: string }).v;
        pos++;
        const rhs = term();
        v = op === '+' ? v + rhs : v - rhs;
      }
      return v;
    };
    const value = expr();
    if (pos !== tokens.length) throw new Unsupported('unsupported');
    // 15 significant digits, like the spreadsheet's own arithmetic.
    return Number(value.toPrecision(15));
  }
}
