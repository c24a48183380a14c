import type { Finding } from '../../../findings/finding';
import { checkGroups } from '../figureCheck';
import { statedFen, wanText } from '../judgeFigure';
import { cellText, paragraphFinding, type TextRule } from '../textRule';

// 绩效目标 funds against the 说明素材 sheet, and never more than the 项目支出 of the 支出预算总表.

export const performanceFigures: TextRule = {
  id: 'narrative-check/performance-figures',
  severity: 'error',
  description: '绩效目标涉及的项目预算资金与说明素材一致，且不超过支出预算总表的项目支出',
  check(ctx) {
    const { figures, findings } = checkGroups(ctx, 'narrative-check/performance-figures', ['performance']);
    const out: Finding[] = [...findings];
    const project = ctx.facts.amounts['project.total'];
    if (project?.fen != null) {
      for (const f of ctx.resolved.figures) {
        if (f.claim?.key !== 'performance.funds') continue;
        const fen = statedFen(f.mention.number);
        if (fen <= project.fen) continue;
        out.push(
          paragraphFinding(
            ctx,
            f.paragraph,
            'narrative-check/performance-exceeds-project',
            'warning',
            {
              stated: `${f.mention.number.raw}万元`,
              project: wanText(project.fen, 2),
              source: cellText(project.source) ?? '支出预算总表',
            },
            { expected: project.fen, actual: fen, difference: fen - project.fen },
          ),
        );
      }
    }
    return { figures, findings: out };
  },
};
