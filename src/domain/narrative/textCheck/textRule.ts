import type { Finding, Severity } from '../../findings/finding';
import type { CellRef, NarrativeFacts } from '../facts';
import { narrativeFinding } from '../narrativeFinding';
import type { Resolved } from './claims';
import type { Verdict } from './judgeFigure';
import type { ScannedParagraph, ScannedText } from './scanText';

// The text check is a list of rules in the shape of the table rules: data plus one check function.
// Each rule reports the figures it checked (every one, right or wrong) and its findings.

export interface TextCheckContext {
  readonly facts: NarrativeFacts;
  readonly text: ScannedText;
  readonly resolved: Resolved;
}

/** One figure of the text and what it was checked against. */
export interface CheckedFigure {
  readonly rule: string;
  /** 1-based paragraph. */
  readonly paragraph: number;
  /** The words and figure as written: "“教育支出”科目50,179万元". */
  readonly text: string;
  /** The figure as written (万元, or % for a rate). */
  readonly figure: number;
  /** What the tables, 上年数 or 说明素材 give, same unit; null when nothing does. */
  readonly table: number | null;
  /** "5 一般公共预算支出功能分类!E6"; null when not from a cell. */
  readonly cell: string | null;
  /** What the figure was taken to be: "财政拨款收入", "“教育支出”（205）". */
  readonly claim: string;
  readonly verdict: Verdict;
}

export interface TextRuleResult {
  readonly figures: readonly CheckedFigure[];
  readonly findings: readonly Finding[];
}

export interface TextRule {
  readonly id: string;
  /** The worst severity the rule reports. */
  readonly severity: Severity;
  /** What the rule checks, zh-CN. */
  readonly description: string;
  check(ctx: TextCheckContext): TextRuleResult;
}

export function cellText(ref: CellRef | undefined): string | null {
  return ref ? `${ref.sheet}!${ref.cell}` : null;
}

/** Where a paragraph is, for messages: "工作表“编制说明”A12：" or "第 5 段：". */
export function whereOf(text: ScannedText, p: ScannedParagraph): string {
  return text.sheet && p.cell ? `工作表“${text.sheet}”${p.cell}：` : `第 ${p.number} 段：`;
}

export function paragraphAt(text: ScannedText, p: ScannedParagraph): CellRef | undefined {
  return text.sheet && p.cell ? { sheet: text.sheet, cell: p.cell } : undefined;
}

/** A finding about one paragraph; `where` is filled in. */
export function paragraphFinding(
  ctx: TextCheckContext,
  p: ScannedParagraph,
  rule: string,
  severity: Severity,
  params: Readonly<Record<string, string | number>>,
  extra: Pick<Finding, 'expected' | 'actual' | 'difference' | 'code'> = {},
): Finding {
  return narrativeFinding(rule, severity, { where: whereOf(ctx.text, p), ...params }, paragraphAt(ctx.text, p), extra);
}

/** The words before a figure and the figure: what the figure list shows. */
export function snippet(p: ScannedParagraph, index: number, match: string): string {
  const t = p.text;
  // A comma between digits is a thousands separator ("1,022.19"), not the end of a clause.
  const breaksAt = (i: number) =>
    /[，。；、,;！？\n]/.test(t.charAt(i)) && !(t.charAt(i) === ',' && /\d/.test(t.charAt(i - 1)) && /\d/.test(t.charAt(i + 1)));
  let start = index;
  while (start > 0 && !breaksAt(start - 1) && index - start < 60) start--;
  return t.slice(start, index + match.length).trim();
}

export const wan = (fen: number) => fen / 1_000_000;
