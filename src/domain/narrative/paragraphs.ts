import type { SectionId } from './wording';

// The generated 编制说明 as a list of paragraphs: what the sheet, the plain text and the .docx share.

export type ParagraphKind =
  /** "2024年部门预算编制说明", "其他相关情况说明" */
  | 'title'
  /** "一、2024年“三公”经费预算情况说明" */
  | 'heading'
  | 'body'
  /** Numbered lines under a lead paragraph ("1. “教育支出”科目…") */
  | 'item';

export interface NarrativeParagraph {
  readonly kind: ParagraphKind;
  readonly section: SectionId | 'other' | 'project';
  readonly text: string;
}

/** Plain text to paste into Word or an OA system: one paragraph a line, a blank line before each title. */
export function narrativeToPlainText(paragraphs: readonly NarrativeParagraph[]): string {
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'title' && lines.length > 0) lines.push('');
    lines.push(p.text);
  }
  return `${lines.join('\n')}\n`;
}
