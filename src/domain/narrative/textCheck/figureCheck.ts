import type { Finding } from '../../findings/finding';
import type { ClaimGroup, ResolvedFigure } from './claims';
import { judgeFigure, statedFen, wanText } from './judgeFigure';
import { cellText, paragraphFinding, snippet, wan, type CheckedFigure, type TextCheckContext, type TextRuleResult } from './textRule';

// Judges every resolved figure of some claim groups against what the tables or 说明素材 hold.

export function checkFigure(ctx: TextCheckContext, rule: string, f: ResolvedFigure): { figure: CheckedFigure; findings: Finding[] } {
  const { claim, mention: m, paragraph: p } = f;
  const base = {
    rule,
    paragraph: p.number,
    text: snippet(p, m.index, m.text),
    figure: m.number.value,
    cell: cellText(claim?.source),
    claim: claim?.name ?? '',
  };
  if (!claim || claim.fen === null) return { figure: { ...base, table: null, verdict: 'info' }, findings: [] };
  const j = judgeFigure(m.number, claim.fen, f.style);
  const figure: CheckedFigure = { ...base, table: wan(claim.fen), verdict: j.verdict };
  if (j.verdict === 'ok') return { figure, findings: [] };
  const source = cellText(claim.source) ?? { materials: '说明素材', previous: '上年数', table: '表' }[claim.from];
  const stated = m.text.endsWith('万元') ? m.text : `${m.number.raw}万元`;
  const extra = { expected: claim.fen, actual: statedFen(m.number), difference: statedFen(m.number) - claim.fen };
  const params = { claim: claim.name, stated, expected: j.rounded, exact: wanText(claim.fen, 6).replace(/\.?0+万元$/, '万元'), source };
  if (j.verdict === 'error')
    return { figure, findings: [paragraphFinding(ctx, p, 'narrative-check/figure-mismatch', 'error', params, extra)] };
  const id = `narrative-check/figure-${j.why}`;
  return { figure, findings: [paragraphFinding(ctx, p, id, 'info', params, extra)] };
}

/** The rule body shared by the figure rules: every figure whose claim is in `groups`. */
export function checkGroups(ctx: TextCheckContext, rule: string, groups: readonly ClaimGroup[]): TextRuleResult {
  const figures: CheckedFigure[] = [];
  const findings: Finding[] = [];
  for (const f of ctx.resolved.figures) {
    if (!f.claim || !groups.includes(f.claim.group)) continue;
    const r = checkFigure(ctx, rule, f);
    figures.push(r.figure);
    findings.push(...r.findings);
  }
  return { figures, findings };
}
