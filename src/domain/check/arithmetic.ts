import type { Finding, Severity } from '../findings/finding';
import { CheckFigureParams, CheckMessageId, CheckWording, definedParams, renderCheckMessage } from '../findings/messages';
import { formatThousands } from '../money';
import type { ParsedAmount } from '../read/parsedTables';

// Every arithmetic rule is expressed as checks of the form  left (relation) right,  each side a sum
// of table cells. The engine evaluates them on the figures read; buildCheckSheet writes the same
// checks as live Excel formulas. One definition, two evaluators: their verdicts must agree.

export interface Term {
  readonly sheet: string;
  readonly cell: string;
  /** 分; 0 for a blank cell. */
  readonly fen: number;
  readonly unit: '元' | '万元';
  /** The cell holds the number as text; the 校验 sheet converts it with VALUE. */
  readonly text?: boolean;
}

export type Relation = 'eq' | 'ge' | 'le';
export type Verdict = 'pass' | 'rounding' | 'fail';

export interface CheckLocation {
  readonly sheet: string;
  readonly cell: string;
  readonly code?: string;
  /** Column header text, e.g. "项目支出". */
  readonly column?: string;
}

export interface ArithmeticCheck {
  /** Id of the rule that makes the check (its severity applies when the check fails). */
  readonly rule: CheckMessageId;
  readonly relation: Relation;
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  /**
   * Largest difference in 分 that is a rounding difference (尾差); 0 for exact comparisons. For ≤ / ≥,
   * how far the left side may pass the right because one side is printed rounded (万元 to 2 decimals).
   */
  readonly tolerance: number;
  /** How many figures the right side aggregates (for the 尾差 message). */
  readonly children: number;
  /** What is checked, zh-CN, e.g. "“3 支出预算总表”208 社会保障和就业支出【项目支出】= 下级各款之和". */
  readonly description: string;
  /** Where the finding points: the aggregate cell. */
  readonly at: CheckLocation;
  /** Catalog message parameters besides the amounts. */
  readonly params: CheckWording;
}

export interface Evaluation {
  readonly left: number;
  readonly right: number;
  /** left − right, 分. */
  readonly difference: number;
  readonly verdict: Verdict;
}

/** The check's figures and place; its wording is built later, only if it is shown. */
export type CheckCore = Omit<ArithmeticCheck, 'description' | 'params'>;

/**
 * Attaches the wording to a check lazily: a workbook has hundreds of thousands of checks and
 * nearly all pass, so their descriptions are built only for the 校验 sheet or a finding.
 */
export function withText<T extends CheckCore & { readonly key?: string; readonly partKeys?: readonly string[] }>(
  core: T,
  text: () => CheckText,
): T & ArithmeticCheck {
  // One class with the two accessors on its prototype and the figures copied into fixed fields:
  // no property defined per object, no WeakMap entry per check (both cost far more at this count).
  // The cores are the check fields and nothing else (see CheckCore and KeyedCheck).
  return new TextedCheck(core, text) as unknown as T & ArithmeticCheck;
}

type CheckText = { description: string; params: CheckWording };

class TextedCheck implements ArithmeticCheck {
  readonly rule: ArithmeticCheck['rule'];
  readonly relation: Relation;
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly tolerance: number;
  readonly children: number;
  readonly at: CheckLocation;
  readonly key?: string;
  readonly partKeys?: readonly string[];
  private readonly lazyText: () => CheckText;
  constructor(core: CheckCore & { readonly key?: string; readonly partKeys?: readonly string[] }, text: () => CheckText) {
    this.rule = core.rule;
    this.relation = core.relation;
    this.left = core.left;
    this.right = core.right;
    this.tolerance = core.tolerance;
    this.children = core.children;
    this.at = core.at;
    if (core.key !== undefined) this.key = core.key;
    if (core.partKeys !== undefined) this.partKeys = core.partKeys;
    this.lazyText = text;
  }
  get description(): string {
    return this.text().description;
  }
  get params(): CheckWording {
    return this.text().params;
  }
  // Made each time it is asked for, not kept: the 校验 sheet asks every check once for its
  // description, and keeping hundreds of thousands of texts and parameter objects costs more (in
  // garbage collection) than making a finding's text twice.
  private text(): CheckText {
    return this.lazyText();
  }
}

export function term(sheet: string, amount: ParsedAmount, unit: '元' | '万元'): Term {
  // No spread: a workbook makes a term for nearly every amount cell, some several times.
  return amount.text
    ? { sheet, cell: amount.cell, fen: amount.fen ?? 0, unit, text: true }
    : { sheet, cell: amount.cell, fen: amount.fen ?? 0, unit };
}

export function sumTerms(terms: readonly Term[]): number {
  let s = 0;
  for (const t of terms) s += t.fen;
  return s;
}

export function evaluateCheck(c: ArithmeticCheck): Evaluation {
  const left = sumTerms(c.left);
  const right = sumTerms(c.right);
  const difference = left - right;
  let verdict: Verdict;
  if (c.relation === 'ge') verdict = difference >= -c.tolerance ? 'pass' : 'fail';
  else if (c.relation === 'le') verdict = difference <= c.tolerance ? 'pass' : 'fail';
  else verdict = difference === 0 ? 'pass' : Math.abs(difference) <= c.tolerance ? 'rounding' : 'fail';
  return { left, right, difference, verdict };
}

/** The unit amounts are shown in: 万元 when the check involves the 三公 table (万元), else 元. */
export function displayUnit(c: ArithmeticCheck): '元' | '万元' {
  return [...c.left, ...c.right].some((t) => t.unit === '万元') ? '万元' : '元';
}

/** "1,820,686,590 元", "1,156.59 万元" (more decimals only when the figure has them). */
export function formatFen(fen: number, unit: '元' | '万元'): string {
  if (unit === '元') return `${formatThousands(fen / 100, fen % 100 === 0 ? 0 : 2)} 元`;
  const digits = fen % 10_000 === 0 ? 2 : fen % 100 === 0 ? 4 : 6;
  return `${formatThousands(fen / 1_000_000, digits)} 万元`;
}

/** The finding for a check that did not pass (a 尾差 is an info under rule 'rounding'), or null. */
export function findingOf(c: ArithmeticCheck, severity: Severity): Finding | null {
  const e = evaluateCheck(c);
  if (e.verdict === 'pass') return null;
  const unit = displayUnit(c);
  const rounding = e.verdict === 'rounding';
  const wording = c.params;
  const rule = rounding ? 'rounding' : c.rule;
  const params: CheckFigureParams & CheckWording = {
    ...wording,
    check: c.rule,
    subject: wording.subject ?? c.description,
    actual: formatFen(e.left, unit),
    expected: formatFen(e.right, unit),
    difference: formatFen(e.difference, unit),
    absDifference: formatFen(Math.abs(e.difference), unit),
    children: c.children,
    tolerance: formatFen(c.tolerance, unit),
  };
  return {
    rule,
    severity: rounding ? 'info' : severity,
    sheet: c.at.sheet,
    cell: c.at.cell,
    ...(c.at.code !== undefined ? { code: c.at.code } : {}),
    ...(c.at.column !== undefined ? { column: c.at.column } : {}),
    expected: e.right,
    actual: e.left,
    difference: e.difference,
    params: definedParams(params),
    message: renderCheckMessage(rule, params),
  };
}
