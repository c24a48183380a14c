import type { Finding } from '../../../findings/finding';
import { paragraphFinding, type TextRule } from '../textRule';

// In the 三公 and 机关运行经费 sections a change against last year says why ("主要原因是…");
// the 三公 total is explained by its items.

export const missingReason: TextRule = {
  id: 'narrative-check/missing-reason',
  severity: 'warning',
  description: '“三公”经费各项和机关运行经费比上年增加或减少时说明原因',
  check(ctx) {
    const findings: Finding[] = [];
    for (const c of ctx.resolved.comparisons) {
      const p = c.paragraph;
      if (c.mention.direction === '持平' || (p.section !== 'sangong' && p.section !== 'office')) continue;
      const claim = c.subject?.claim;
      if (!claim || claim.key === 'sangong.total') continue;
      const after = p.text.slice(c.mention.index + c.mention.text.length);
      const clause = after.split(/[。；]/)[0] ?? '';
      if (/原因/.test(clause)) continue;
      findings.push(
        paragraphFinding(ctx, p, 'narrative-check/missing-reason', 'warning', { item: `“${claim.name}”`, stated: c.mention.text }),
      );
    }
    return { figures: [], findings };
  },
};
