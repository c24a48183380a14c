import { z } from 'zod';
import type { Finding } from '../findings/finding';
import { narrativeFinding } from './narrativeFinding';
import type { NarrativeParagraph } from './paragraphs';
import { formatWanStyled, shownFen } from './wanStyle';
import type { ProjectBudgetWording } from './wording';
import { wordingForYear } from './wordingEditions';

// 项目经费情况说明 "六、年度预算安排": "2024年该项目预算8600万元。其中：1. 社会化技能评价项目开发45万元；…"
// Takes a plain list so it does not depend on how projects are kept elsewhere.

export const ProjectBudgetSchema = z.object({
  name: z.string().trim().min(1),
  year: z.number().int().min(2000).max(2100),
  /** 分 */
  total: z.number().int().min(0),
  subItems: z.array(z.object({ name: z.string().trim().min(1), amountFen: z.number().int().min(0) })),
});
export type ProjectBudget = z.infer<typeof ProjectBudgetSchema>;

export interface ProjectBudgetText {
  /** The lead ("…预算8600万元。其中：") then one line per sub-item, as printed. */
  readonly lines: readonly string[];
  /** The same run together, for a single cell. */
  readonly text: string;
  readonly findings: Finding[];
}

export function projectBudgetText(input: ProjectBudget, wording?: ProjectBudgetWording): ProjectBudgetText {
  const parsed = ProjectBudgetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`projectBudgetText: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}（项目“${String((input as { name?: unknown }).name)}”）`);
  }
  const p = parsed.data;
  const w = wording ?? wordingForYear(p.year).projectBudget;
  const amt = (fen: number) => formatWanStyled(fen, w.style);
  const lead = (p.subItems.length > 0 ? w.withItems : w.withoutItems).replace('{year}', String(p.year)).replace('{amt}', amt(p.total));
  const items = p.subItems.map((s, i) => {
    const line = w.item.replace('{index}', String(i + 1)).replace('{name}', s.name).replace('{amt}', amt(s.amountFen));
    return `${line}${i === p.subItems.length - 1 ? '。' : '；'}`;
  });
  const findings: Finding[] = [];
  if (p.subItems.length > 0) {
    const exact = p.subItems.reduce((s, x) => s + x.amountFen, 0);
    if (exact !== p.total) {
      findings.push(narrativeFinding('narrative/project-items-mismatch', 'warning', { project: p.name, items: amt(exact), total: amt(p.total) }, undefined, {
        expected: p.total, actual: exact, difference: exact - p.total,
      }));
    } else {
      const shownItems = p.subItems.reduce((s, x) => s + shownFen(x.amountFen, w.style), 0);
      const shownTotal = shownFen(p.total, w.style);
      if (shownItems !== shownTotal) {
        findings.push(narrativeFinding('narrative/project-rounding', 'info', {
          project: p.name, total: amt(p.total), items: amt(shownItems), diff: amt(Math.abs(shownItems - shownTotal)),
        }));
      }
    }
  }
  const lines = [lead, ...items];
  return { lines, text: lines.join(''), findings };
}

/** Paragraphs for the 编制说明 sheet or .docx: "X项目经费情况说明", "年度预算安排", lead, items. */
export function projectBudgetParagraphs(projects: readonly ProjectBudget[], wording?: ProjectBudgetWording): { paragraphs: NarrativeParagraph[]; findings: Finding[] } {
  const paragraphs: NarrativeParagraph[] = [];
  const findings: Finding[] = [];
  for (const p of projects) {
    const t = projectBudgetText(p, wording);
    findings.push(...t.findings);
    paragraphs.push({ kind: 'title', section: 'project', text: `${p.name}项目经费情况说明` });
    paragraphs.push({ kind: 'heading', section: 'project', text: '年度预算安排' });
    t.lines.forEach((line, i) => paragraphs.push({ kind: i === 0 ? 'body' : 'item', section: 'project', text: line }));
  }
  return { paragraphs, findings };
}
