import type { Finding } from '../../../findings/finding';
import { paragraphFinding, snippet, type CheckedFigure, type TextRule } from '../textRule';

// A 万元 figure nothing in the tables or 说明素材 is claimed by: listed, and a 提示 that it was not checked.

export const unrecognised: TextRule = {
  id: 'narrative-check/unrecognised',
  severity: 'info',
  description: '列出对应不到表中数字的金额（未核对）',
  check(ctx) {
    const figures: CheckedFigure[] = [];
    const findings: Finding[] = [];
    for (const f of ctx.resolved.figures) {
      if (f.claim || f.unresolved) continue;
      const p = f.paragraph;
      const m = f.mention;
      if (/单价$/.test(m.label) || p.text.slice(m.index + m.text.length).startsWith('（含）以上')) continue; // a threshold
      if (p.section === 'project') continue; // project sums: their own rule
      figures.push({
        rule: 'narrative-check/unrecognised',
        paragraph: p.number,
        text: snippet(p, m.index, m.text),
        figure: m.number.value,
        table: null,
        cell: null,
        claim: '',
        verdict: 'info',
      });
      findings.push(paragraphFinding(ctx, p, 'narrative-check/unrecognised', 'info', { context: `${m.label}${m.text}`, stated: m.text }));
    }
    return { figures, findings };
  },
};
