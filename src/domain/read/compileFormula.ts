import { columnNumber } from '../a1';
import { detachedText } from '../detachedText';
import { excelRound } from '../money';
import type { CellValue } from '../port/workbookPort';

// The small formula language of the budget tables (numbers, text in quotes, cell and range
// references, also to other sheets, + − × ÷, comparisons, parentheses, SUM, ROUND and IF), compiled
// once per formula text into a function of the cells. The same texts come back in every unit of a
// district (=SUM(D7:D9) in every 功能分类 table), and one text means the same computation in any
// sheet: only "own sheet" is given at the time of evaluation.
//
// Evaluation order is the order of the text, as when the text was parsed and computed in one pass:
// a reference met before a syntax error is still computed first, so a file gives the same reason
// (a cycle, an error value, a missing sheet, or an unsupported formula) either way.

export type Reason = 'unsupported' | 'cycle' | 'error' | 'missing-sheet';

/** The evaluator's own signal: this formula has no value the reader can vouch for, and why. */
export class Unsupported extends Error {
  constructor(readonly reason: Reason) {
    super(reason);
  }
}

/** What a compiled formula reads: the cells of the workbook, from the formula's own sheet. */
export interface FormulaScope {
  /** The sheet the formula is in: references without a sheet name are to it. */
  readonly sheet: string;
  hasSheet(sheet: string): boolean;
  /** The cell's value, computed when it is a formula; throws Unsupported when it has none. */
  cell(sheet: string, row: number, col: number): CellValue;
}

/** A formula's value as the cell shows it: a number, a text ("" for the blank an IF gives) or TRUE/FALSE. */
export type CompiledFormula = (scope: FormulaScope) => CellValue;

/** A formula's tokens; the root-cause fold (check/linearFormula) reads the same language. */
export type Token =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'ref'; readonly sheet: string | null; readonly r1: number; readonly c1: number; readonly r2: number; readonly c2: number }
  | { readonly t: 'fn'; readonly name: string }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'op'; readonly v: string };

const CELL = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
// Sticky patterns, matched where the tokenizer stands (no copy of the rest of the formula each time).
const REF = new RegExp(String.raw`(?:'((?:[^']|'')+)'!|([^\s'!(),+\-*/:=<>&^"]+)!)?${CELL}(?::${CELL})?`, 'y');
const NUM = /\d+(?:\.\d+)?(?:E[+-]?\d+)?/iy;
const AFTER_NUM = /[:A-Z]/iy;
const FN = /([A-Z][A-Z0-9.]*)\(/iy;
/** "…" with "" for a quote inside. */
const STR = /"((?:[^"]|"")*)"/y;
/** Comparison operators, the two-character ones first. */
const COMPARE = /<=|>=|<>|[=<>]/y;

/** The pattern's match at src[i], or null. */
function matchAt(re: RegExp, src: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(src);
}

export function tokenize(formula: string): Token[] | null {
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
    const str = matchAt(STR, src, i);
    if (str?.[1] !== undefined) {
      out.push({ t: 'str', v: str[1].replace(/""/g, '"') });
      i += str[0].length;
      continue;
    }
    const cmp = matchAt(COMPARE, src, i)?.[0];
    if (cmp !== undefined) {
      out.push({ t: 'op', v: cmp });
      i += cmp.length;
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

type Arg = { readonly kind: 'value'; readonly v: CellValue } | { readonly kind: 'range'; readonly values: CellValue[] };
type ArgFn = (x: FormulaScope) => Arg;

const unsupported: CompiledFormula = () => {
  throw new Unsupported('unsupported');
};

/** `first`, then the syntax error that stopped the text after it. */
function thenUnsupported(first: CompiledFormula): CompiledFormula {
  return (x) => {
    first(x);
    return unsupported(x);
  };
}

function num(v: CellValue): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (/^#/.test(v)) throw new Unsupported('error');
  throw new Unsupported('unsupported'); // text in arithmetic: Excel's answer depends on locale
}

/** Excel's order of kinds in a comparison: numbers, then text, then TRUE/FALSE. */
function kindRank(v: number | string | boolean): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/**
 * −1, 0 or 1 as Excel compares two values: a blank is 0, "" or FALSE beside a number, a text or a
 * truth value; texts compare without regard to case; values of different kinds by kind. An error
 * value compared is an error.
 */
function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'string' && a.startsWith('#')) throw new Unsupported('error');
  if (typeof b === 'string' && b.startsWith('#')) throw new Unsupported('error');
  const blankAs = (other: CellValue): number | string | boolean =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a ?? blankAs(b);
  const y = b ?? blankAs(a);
  const rx = kindRank(x);
  const ry = kindRank(y);
  if (rx !== ry) return rx < ry ? -1 : 1;
  if (typeof x === 'string' && typeof y === 'string') {
    const l = x.toLowerCase();
    const r = y.toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = Number(x);
  const r = Number(y);
  return l < r ? -1 : l > r ? 1 : 0;
}

const COMPARISONS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '>': (o) => o > 0,
  '<=': (o) => o <= 0,
  '>=': (o) => o >= 0,
};

/** IF's condition: a number is true unless 0, a blank is false; a text (or an error) is #VALUE!. */
function truth(v: CellValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  throw new Unsupported('error');
}

/** An argument as one value: a single cell of a range is its value (a blank one is blank). */
function valueOf(a: Arg): CellValue {
  if (a.kind === 'value') return a.v;
  if (a.values.length !== 1) throw new Unsupported('unsupported');
  return a.values[0] ?? null;
}

function scalar(a: Arg): number {
  return num(valueOf(a));
}

function evaluateArgs(args: readonly ArgFn[], x: FormulaScope): Arg[] {
  const out: Arg[] = [];
  for (const a of args) out.push(a(x));
  return out;
}

/**
 * Recursive descent over the tokens. At a syntax error it stops, and what was parsed up to there
 * keeps its place in the evaluation, followed by the error.
 */
class Compiler {
  private pos = 0;
  /** Set at the first syntax error: no further token is read. */
  failed = false;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The whole text: an expression and nothing after it. A reference to a blank cell shows 0. */
  formula(): CompiledFormula {
    const e = this.comparison();
    const whole: CompiledFormula = (x) => e(x) ?? 0;
    return !this.failed && this.pos !== this.tokens.length ? thenUnsupported(whole) : whole;
  }

  /** The lowest precedence: a = b, a <> b, a < b …, left to right. */
  private comparison(): CompiledFormula {
    let v = this.expr();
    for (;;) {
      const t = this.tokens[this.pos];
      const test = !this.failed && t?.t === 'op' ? COMPARISONS[t.v] : undefined;
      if (!test) return v;
      this.pos++;
      const a = v;
      const b = this.expr();
      v = (x) => {
        const l = a(x);
        return test(compareValues(l, b(x)));
      };
    }
  }

  private fail(): CompiledFormula {
    this.failed = true;
    return unsupported;
  }

  private isOp(v: string): boolean {
    const t = this.tokens[this.pos];
    return t?.t === 'op' && t.v === v;
  }

  private expr(): CompiledFormula {
    let v = this.term();
    while (!this.failed && (this.isOp('+') || this.isOp('-'))) {
      const plus = this.isOp('+');
      this.pos++;
      const a = v;
      const b = this.term();
      v = plus ? (x) => num(a(x)) + num(b(x)) : (x) => num(a(x)) - num(b(x));
    }
    return v;
  }

  private term(): CompiledFormula {
    let v = this.factor();
    while (!this.failed && (this.isOp('*') || this.isOp('/'))) {
      const times = this.isOp('*');
      this.pos++;
      const a = v;
      const b = this.factor();
      v = times
        ? (x) => num(a(x)) * num(b(x))
        : (x) => {
            const l = num(a(x));
            const r = num(b(x));
            if (r === 0) throw new Unsupported('error');
            return l / r;
          };
    }
    return v;
  }

  private factor(): CompiledFormula {
    const t = this.tokens[this.pos];
    if (!t) return this.fail();
    this.pos++;
    if (t.t === 'num') {
      const v = t.v;
      return () => v;
    }
    if (t.t === 'str') {
      const v = t.v;
      return () => v;
    }
    if (t.t === 'op' && t.v === '-') {
      const e = this.factor();
      return (x) => -num(e(x));
    }
    if (t.t === 'op' && t.v === '+') {
      const e = this.factor();
      return (x) => num(e(x));
    }
    if (t.t === 'op' && t.v === '(') {
      const e = this.comparison();
      if (this.failed) return e;
      if (!this.isOp(')')) {
        this.fail();
        return thenUnsupported(e);
      }
      this.pos++;
      return e;
    }
    if (t.t === 'fn') return this.call(t.name);
    if (t.t === 'ref' && t.r1 === t.r2 && t.c1 === t.c2) {
      const { sheet, r1, c1 } = t;
      return (x) => x.cell(sheet ?? x.sheet, r1, c1);
    }
    return this.fail();
  }

  /** A bare reference argument behaves like a range: SUM skips the text and blanks it points at. */
  private arg(): ArgFn {
    const t = this.tokens[this.pos];
    const next = this.tokens[this.pos + 1];
    if (t?.t === 'ref' && (!next || (next.t === 'op' && (next.v === ',' || next.v === ')')))) {
      this.pos++;
      const { sheet, r1, c1, r2, c2 } = t;
      return (x) => {
        const s = sheet ?? x.sheet;
        if (!x.hasSheet(s)) throw new Unsupported('missing-sheet');
        const values: CellValue[] = [];
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) values.push(x.cell(s, r, c));
        return { kind: 'range', values };
      };
    }
    const e = this.comparison();
    return (x) => ({ kind: 'value', v: e(x) });
  }

  private call(name: string): CompiledFormula {
    if (!this.isOp('(')) return this.fail();
    this.pos++;
    const args: ArgFn[] = [];
    if (!this.isOp(')')) {
      args.push(this.arg());
      while (!this.failed && this.isOp(',')) {
        this.pos++;
        args.push(this.arg());
      }
    }
    // Every argument is computed before the function looks at any (the error inside one shows first).
    const argsThenUnsupported: CompiledFormula = (x) => {
      evaluateArgs(args, x);
      return unsupported(x);
    };
    if (this.failed || !this.isOp(')')) {
      this.fail();
      return argsThenUnsupported;
    }
    this.pos++;
    if (name === 'SUM') {
      return (x) => {
        let total = 0;
        for (const a of evaluateArgs(args, x)) {
          // SUM skips text and blanks inside ranges, as Excel does; a direct argument is a number.
          if (a.kind === 'range') {
            for (const v of a.values) {
              if (typeof v === 'number') total += v;
              else if (typeof v === 'string' && /^#/.test(v)) throw new Unsupported('error');
            }
          } else total += num(a.v);
        }
        return total;
      };
    }
    if (name === 'ROUND' && args.length === 2) {
      return (x) => {
        const [a0, a1] = evaluateArgs(args, x);
        if (!a0 || !a1) throw new Unsupported('unsupported'); // never: two arguments were parsed
        const v = scalar(a0);
        if (!Number.isFinite(v)) throw new Unsupported('error'); // as Excel's #NUM!
        return excelRound(v, scalar(a1));
      };
    }
    if (name === 'IF' && (args.length === 2 || args.length === 3)) {
      // Only the branch taken is computed, as in Excel; without a third argument a false test gives FALSE.
      const [test, then, otherwise] = args;
      return (x) => {
        if (!test || !then) throw new Unsupported('unsupported'); // never: two arguments were parsed
        const branch = truth(valueOf(test(x))) ? then : otherwise;
        return branch ? valueOf(branch(x)) : false;
      };
    }
    return argsThenUnsupported;
  }
}

// Bounded, so a long batch of unrelated workbooks cannot grow it without end.
const COMPILED = new Map<string, CompiledFormula>();
const MAX_COMPILED = 4096;

/** The formula text ("=SUM(D7:D9)") compiled, once per text. */
export function compiledFormula(formula: string): CompiledFormula {
  let f = COMPILED.get(formula);
  if (f === undefined) {
    // The port's contract: a formula is text. Anything else is misuse, and surfaces as such.
    if (typeof formula !== 'string') throw new TypeError(`compiledFormula: 公式应为文本，收到 ${typeof formula} ${String(formula)}`);
    // A copy (see detachedText): the kept text, and the sheet names sliced from it, outlive the file.
    const text = detachedText(formula);
    const tokens = tokenize(text);
    f = tokens ? new Compiler(tokens).formula() : unsupported;
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    COMPILED.set(text, f);
  }
  return f;
}
