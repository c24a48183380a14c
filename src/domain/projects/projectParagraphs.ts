import type { NarrativeParagraph } from '../narrative/paragraphs';
import type { ProjectRecord } from './projectRecord';
import { budgetParagraphLines, NarrativeStyle } from './projectNarrative';

// Section 七 of the published document, "项目经费情况说明", from the project sheets as read back:
// one title per project, its seven parts, the 年度预算安排 generated from the sub-items.

export function projectParagraphs(
  records: readonly ProjectRecord[],
  year: number,
  /** A unit's house style for the 年度预算安排 of the i-th project (names can repeat). */
  styleOf: (index: number) => Partial<NarrativeStyle> = () => ({}),
): NarrativeParagraph[] {
  const explained = records.filter((r) => r.kind === 'explanation');
  if (explained.length === 0) return [];
  const out: NarrativeParagraph[] = [{ kind: 'title', section: 'project', text: '项目经费情况说明' }];
  explained.forEach(({ project }, index) => {
    out.push({ kind: 'heading', section: 'project', text: `${project.name}项目经费情况说明` });
    const part = (label: string, body: string | null | undefined) => {
      if (!body) return;
      out.push({ kind: 'heading', section: 'project', text: label });
      for (const line of body.split('\n').filter((l) => l.trim() !== '')) out.push({ kind: 'body', section: 'project', text: line });
    };
    part('一、项目概述', project.overview);
    part('二、立项依据', project.basis);
    part('三、实施主体', project.implementer);
    part('四、实施方案', project.plan);
    part('五、实施周期', project.cycle);
    const budget = budgetParagraphLines(project, year, styleOf(index));
    if (budget) {
      out.push({ kind: 'heading', section: 'project', text: '六、年度预算安排' });
      budget.forEach((line, i) => out.push({ kind: i === 0 ? 'body' : 'item', section: 'project', text: line }));
    }
    part('七、绩效目标', project.performance);
  });
  return out;
}
