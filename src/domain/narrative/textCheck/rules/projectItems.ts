import type { Finding } from '../../../findings/finding';
import { formatThousands } from '../../../money';
import { statedFen } from '../judgeFigure';
import { statedNumber, type ScannedParagraph } from '../scanText';
import { paragraphFinding, type TextRule } from '../textRule';
import { matchesOf } from '../matchesOf';

// "2024年该项目预算8600万元。其中：" and the numbered lines under it must add up.

const LEAD = /\d{4}年(?:度)?该项目(?:财政资金)?预算(?:为)?([\d,]*\d(?:\.\d+)?)万元.*?其中[:：]?/;
const ITEM_START = /^[-–·\s]*\d+[.、．)）]/;
/** "1. 社会化技能评价项目开发45万元；", "- 2、师资进修，预算200万元；" — numbered at a line start or after a delimiter. */
const ITEM = /(?:^|[\n；;。，,])[-–·\s]*\d+[.、．)）]\s*[^\n；;。]*?([\d,]*\d(?:\.\d+)?)万元/g;

export const projectItems: TextRule = {
  id: 'narrative-check/project-items',
  severity: 'warning',
  description: '项目经费情况说明中所列明细之和等于项目预算',
  check(ctx) {
    const findings: Finding[] = [];
    const ps = ctx.text.paragraphs;
    ps.forEach((p, i) => {
      if (p.section !== 'project') return;
      const lead = LEAD.exec(p.text);
      if (!lead) return;
      // Items may follow in the same paragraph (pasted as one line) or one (or several) a paragraph.
      let items = p.text.slice(lead.index + lead[0].length);
      for (let j = i + 1; j < ps.length; j++) {
        const next: ScannedParagraph | undefined = ps[j];
        if (!next || !ITEM_START.test(next.text)) break;
        items += `\n${next.text}`;
      }
      let sum = 0;
      let count = 0;
      for (const m of matchesOf(ITEM, items)) {
        sum += statedFen(statedNumber(m[1] ?? '0'));
        count++;
      }
      const totalFen = statedFen(statedNumber(lead[1] ?? '0'));
      if (count === 0 || sum === totalFen) return;
      findings.push(
        paragraphFinding(
          ctx,
          p,
          'narrative-check/project-items',
          'warning',
          { total: `${lead[1] ?? ''}万元`, items: `${formatThousands(sum / 1_000_000, 2).replace(/\.?0+$/, '')}万元` },
          { expected: totalFen, actual: sum, difference: sum - totalFen },
        ),
      );
    });
    return { figures: [], findings };
  },
};
