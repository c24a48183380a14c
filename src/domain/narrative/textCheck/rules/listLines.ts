import type { Finding } from '../../../findings/finding';
import { checkFigure } from '../figureCheck';
import { cellText, paragraphFinding, snippet, type CheckedFigure, type TextRule } from '../textRule';

// Each line of 财政拨款支出主要内容, at whatever level the text writes it (类, 款 or 项; by name,
// code or path), against the 财政拨款 amount of that row; "2024年预算安排…" restated on the same
// line against the same row; "上年当年预算执行数为…" against the 上年数 sheet when it has one.

export const listLines: TextRule = {
  id: 'narrative-check/list-lines',
  severity: 'error',
  description: '财政拨款支出主要内容逐行（类、款或项）与该科目的财政拨款支出一致',
  check(ctx) {
    const rule = 'narrative-check/list-lines';
    const figures: CheckedFigure[] = [];
    const findings: Finding[] = [];
    const mentioned = new Set<string>();
    for (const f of ctx.resolved.figures) {
      const p = f.paragraph;
      if (f.unresolved && (f.unresolved.kind === 'unknown' || f.unresolved.kind === 'ambiguous')) {
        figures.push({
          rule,
          paragraph: p.number,
          text: snippet(p, f.mention.index, f.mention.text),
          figure: f.mention.number.value,
          table: null,
          cell: null,
          claim: f.unresolved.name,
          verdict: 'warning',
        });
        findings.push(
          f.unresolved.kind === 'unknown'
            ? paragraphFinding(ctx, p, 'narrative-check/unknown-line', 'warning', { name: f.unresolved.name })
            : paragraphFinding(ctx, p, 'narrative-check/ambiguous-line', 'warning', {
                name: f.unresolved.name,
                candidates: f.unresolved.candidates.map((c) => c.code).join('、'),
              }),
        );
        continue;
      }
      const claim = f.claim;
      if (!claim || (claim.group !== 'line' && claim.group !== 'executed')) continue;
      const r = checkFigure(ctx, rule, f);
      findings.push(...r.findings);
      let figure = r.figure;
      const res = claim.resolution;
      if (claim.group === 'line' && claim.line) mentioned.add(claim.line.code);
      if (res?.kind === 'path-mismatch' && figures.every((x) => x.paragraph !== p.number)) {
        findings.push(paragraphFinding(ctx, p, 'narrative-check/line-path', 'warning', { written: res.written, table: res.table }));
        if (figure.verdict === 'ok') figure = { ...figure, verdict: 'warning' };
      }
      figures.push(figure);
    }
    findings.push(...coverage());
    return { figures, findings };

    /** Rows of the level the list is written at that it leaves out (提示: a list may name only the main ones). */
    function coverage(): Finding[] {
      const codes = [...mentioned];
      if (codes.length < 2) return [];
      const counts = new Map<number, number>();
      for (const c of codes) counts.set(c.length, (counts.get(c.length) ?? 0) + 1);
      const level = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 3;
      const missing = ctx.facts.lines.filter(
        (l) => l.code.length === level && l.fen !== 0 && !codes.some((c) => c.startsWith(l.code) || l.code.startsWith(c)),
      );
      if (missing.length === 0) return [];
      const first = ctx.resolved.figures.find((f) => f.claim?.group === 'line');
      if (!first) return [];
      return [
        paragraphFinding(ctx, first.paragraph, 'narrative-check/list-incomplete', 'info', {
          lines: missing.map((l) => `${l.code} ${l.name}（${cellText(l.source) ?? ''}）`).join('、'),
        }),
      ];
    }
  },
};
