import type { Finding } from '../../../findings/finding';
import type { AmountKey } from '../../facts';
import { AMOUNT_NAMES } from '../../facts';
import type { ResolvedFigure } from '../claims';
import { checkGroups } from '../figureCheck';
import { statedFen, wanText } from '../judgeFigure';
import { paragraphFinding, type TextRule } from '../textRule';

// 政府采购 figures against the 说明素材 sheet; and, whether or not it is filled in, the text against
// itself: the total is the sum of 货物、工程、服务 (within the rounding of the figures as printed),
// and a reservation is not more than what it is reserved from.

const PARTS: readonly AmountKey[] = ['procurement.goods', 'procurement.works', 'procurement.services'];

export const procurementFigures: TextRule = {
  id: 'narrative-check/procurement-figures',
  severity: 'error',
  description: '政府采购预算与说明素材一致；总额等于货物、工程、服务之和，预留中小企业、小微企业的不超过总额',
  check(ctx) {
    const { figures, findings } = checkGroups(ctx, 'narrative-check/procurement-figures', ['procurement']);
    const out: Finding[] = [...findings];
    const stated = ctx.resolved.figures.filter((f) => f.claim?.group === 'procurement');
    const first = (key: AmountKey): ResolvedFigure | undefined => stated.find((f) => f.claim?.key === key);
    const total = first('procurement.total');
    const parts = PARTS.map(first);
    // Held on the 说明素材 sheet, each figure is checked against it; only a text on its own is summed.
    const unheld = [total, ...parts].every((p) => p?.claim?.fen === null);
    if (total && parts.every((p) => p !== undefined) && unheld) {
      const sum = parts.reduce((s, p) => s + (p ? statedFen(p.mention.number) : 0), 0);
      const t = statedFen(total.mention.number);
      // Each printed figure may be off by half its last digit.
      const slack = [total, ...parts].reduce((s, p) => s + (p ? 0.5 * 10 ** (6 - p.mention.number.decimals) : 0), 0);
      if (Math.abs(sum - t) > slack)
        out.push(
          paragraphFinding(
            ctx,
            total.paragraph,
            'narrative-check/text-sum',
            'warning',
            {
              total: AMOUNT_NAMES['procurement.total'],
              stated: `${total.mention.number.raw}万元`,
              parts: PARTS.map((k) => AMOUNT_NAMES[k]).join('、'),
              sum: wanText(sum, Math.max(...parts.map((p) => p?.mention.number.decimals ?? 0))),
            },
            { expected: sum, actual: t, difference: t - sum },
          ),
        );
    }
    const exceeds = (part: AmountKey, whole: AmountKey) => {
      const a = first(part);
      const b = first(whole);
      if (a && b && a.claim?.fen === null && statedFen(a.mention.number) > statedFen(b.mention.number))
        out.push(
          paragraphFinding(ctx, a.paragraph, 'narrative-check/text-exceeds', 'warning', {
            part: AMOUNT_NAMES[part],
            partShown: `${a.mention.number.raw}万元`,
            whole: AMOUNT_NAMES[whole],
            wholeShown: `${b.mention.number.raw}万元`,
          }),
        );
    };
    exceeds('procurement.sme', 'procurement.total');
    exceeds('procurement.smeSmall', 'procurement.sme');
    return { figures, findings: out };
  },
};
