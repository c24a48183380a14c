import type { Finding } from '../findings/finding';
import type { NarrativeText } from './buildNarrativeSheet';
import type { NarrativeFacts } from './facts';
import { resolveText } from './textCheck/claims';
import { scanText } from './textCheck/scanText';
import type { CheckedFigure, TextCheckContext, TextRule } from './textCheck/textRule';
import { TEXT_RULES } from './textCheck/textRules';

// Reads a 编制说明 (ours, or one written by hand) and checks every figure it states against the
// tables, the 上年数 and the 说明素材 it claims to state. The work is done by the rules in
// textCheck/rules, one per file; this runs them and puts their figures in text order.

export interface NarrativeTextCheck {
  /** Every figure checked, right or wrong, in paragraph order. */
  readonly figures: readonly CheckedFigure[];
  readonly findings: readonly Finding[];
}

export function narrativeTextCheck(
  input: NarrativeText,
  facts: NarrativeFacts,
  rules: readonly TextRule[] = TEXT_RULES,
): NarrativeTextCheck {
  const text = scanText(input);
  const ctx: TextCheckContext = { facts, text, resolved: resolveText(text, facts) };
  const figures: CheckedFigure[] = [];
  const findings: Finding[] = [];
  for (const rule of rules) {
    const r = rule.check(ctx);
    figures.push(...r.figures);
    findings.push(...r.findings);
  }
  const order = (f: Finding) => {
    const m = /^(?:工作表“[^”]*”[A-Z]+(\d+)|第 (\d+) 段)/.exec(f.message);
    return m ? Number(m[1] ?? m[2]) : Number.MAX_SAFE_INTEGER;
  };
  return {
    figures: figures
      .map((f, i) => [f, i] as const)
      .sort((a, b) => a[0].paragraph - b[0].paragraph || a[1] - b[1])
      .map(([f]) => f),
    findings: findings
      .map((f, i) => [f, i] as const)
      .sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1])
      .map(([f]) => f),
  };
}

/** The findings only (the 编制说明 agrees with the tables when this is empty). */
export function checkNarrativeText(input: NarrativeText, facts: NarrativeFacts): Finding[] {
  return [...narrativeTextCheck(input, facts).findings];
}
