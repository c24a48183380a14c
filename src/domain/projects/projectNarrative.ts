import { z } from 'zod';
import { excelRound, formatThousands } from '../money';
import type { Project } from './project';

// The 年度预算安排 paragraph of a 项目经费情况说明, generated from the project's sub-items:
//   2024年该项目预算8600万元。其中：
//   1. 社会化技能评价项目开发45万元；
//   …
//   6. 职业技能竞赛工作经费65万元。
// Published texts differ between units in small ways (thousands separators, "1、", "，预算…万元");
// NarrativeStyle captures those so a unit's house style is reproduced exactly (seed 004 section 七).

export const NarrativeStyleSchema = z.object({
  /** Words before the amount; {year} is the budget year. */
  lead: z.string(),
  /** trim: 1480.7 · fixed2: 1752.10 · wholeOrFixed2: 400 / 7.70 */
  decimals: z.enum(['trim', 'fixed2', 'wholeOrFixed2']),
  thousands: z.boolean(),
  /** Between the total and the list. */
  intro: z.string(),
  numbering: z.enum(['1. ', '1、']),
  /** One sub-item; {name} and {amount} (with its 万元). */
  item: z.string(),
  separator: z.string(),
  terminator: z.string(),
  /** Ends the paragraph when there are no sub-items. */
  noItemsTerminator: z.string(),
});
export type NarrativeStyle = z.infer<typeof NarrativeStyleSchema>;

export const DEFAULT_NARRATIVE_STYLE: NarrativeStyle = {
  lead: '{year}年该项目预算',
  decimals: 'trim',
  thousands: false,
  intro: '。其中：',
  numbering: '1. ',
  item: '{name}{amount}',
  separator: '；',
  terminator: '。',
  noItemsTerminator: '。',
};

/** 分 → "8600万元", "1,480.7万元", "1752.10万元" in the given style. */
export function formatWanAmount(fen: number, style: Pick<NarrativeStyle, 'decimals' | 'thousands'>): string {
  const wan = excelRound(fen / 1_000_000, 2);
  let digits = 2;
  if (style.decimals === 'wholeOrFixed2' && Number.isInteger(wan)) digits = 0;
  let s = style.thousands ? formatThousands(wan, digits) : wan.toFixed(digits);
  if (style.decimals === 'trim' && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return `${s}万元`;
}

/**
 * The paragraph lines: the lead sentence, then one line per sub-item. Null when the project has
 * no 当年预算 to state.
 */
export function budgetParagraphLines(project: Project, year: number, style: Partial<NarrativeStyle> = {}): string[] | null {
  const s: NarrativeStyle = { ...DEFAULT_NARRATIVE_STYLE, ...style };
  const items = project.subItems.filter((i) => i.amount !== null);
  const budget = project.budget ?? (items.length > 0 ? items.reduce((a, i) => a + (i.amount ?? 0), 0) : undefined);
  if (budget === undefined) return null;
  const lead = `${s.lead.replace('{year}', String(year))}${formatWanAmount(budget, s)}${project.budgetRemark ?? ''}`;
  if (items.length === 0) return [`${lead}${s.noItemsTerminator}`];
  const lines = [`${lead}${s.intro}`];
  items.forEach((item, i) => {
    const number = s.numbering === '1、' ? `${i + 1}、` : `${i + 1}. `;
    const body = s.item.replace('{name}', item.name).replace('{amount}', formatWanAmount(item.amount ?? 0, s));
    lines.push(`${number}${body}${i === items.length - 1 ? s.terminator : s.separator}`);
  });
  return lines;
}

export function budgetParagraph(project: Project, year: number, style: Partial<NarrativeStyle> = {}): string | null {
  return budgetParagraphLines(project, year, style)?.join('\n') ?? null;
}

/** The whole 项目经费情况说明 for one project: heading and the seven numbered parts present. */
export function projectSection(
  project: Project,
  year: number,
  options: { heading?: string; style?: Partial<NarrativeStyle> } = {},
): string {
  const parts: string[] = [options.heading ?? `${project.name}项目经费情况说明`];
  const add = (label: string, body: string | null | undefined) => {
    if (body) parts.push(label, body);
  };
  add('一、项目概述', project.overview);
  add('二、立项依据', project.basis);
  add('三、实施主体', project.implementer);
  add('四、实施方案', project.plan);
  add('五、实施周期', project.cycle);
  add('六、年度预算安排', budgetParagraph(project, year, options.style ?? {}));
  add('七、绩效目标', project.performance);
  return parts.join('\n');
}
