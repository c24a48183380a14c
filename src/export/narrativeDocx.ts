import { AlignmentType, Document, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { NarrativeParagraph } from '../domain/narrative/paragraphs';

// The 编制说明 as a Word document, laid out the way 部门预算 texts are printed: A4, titles in 黑体,
// body in 仿宋 三号 with a two-character first-line indent and a fixed 28-point line.

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
/** 三号 = 16pt = 32 half-points. */
const BODY_SIZE = 32;
/** 2 characters of 16pt, in twentieths of a point. */
const INDENT_2_CHARS = 640;
const LINE_28PT = 560;

export interface NarrativeDocxOptions {
  /** Document title in the file's properties. */
  readonly title?: string;
  readonly creator?: string;
}

export function narrativeDocument(paragraphs: readonly NarrativeParagraph[], options: NarrativeDocxOptions = {}): Document {
  const children = paragraphs.map((p) => {
    switch (p.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(p.text)] });
      case 'heading':
        return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(p.text)] });
      default:
        return new Paragraph({ children: [new TextRun(p.text)] });
    }
  });
  return new Document({
    title: options.title ?? paragraphs.find((p) => p.kind === 'title')?.text ?? '部门预算编制说明',
    creator: options.creator ?? '部门预算助手',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: INDENT_2_CHARS },
            spacing: { line: LINE_28PT, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          },
        },
        heading1: {
          run: { font: HEADING_FONT, size: 44, bold: false, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            indent: { firstLine: 0 },
            spacing: { before: 240, after: 240, line: 720, lineRule: LineRuleType.EXACT },
          },
        },
        heading2: {
          run: { font: HEADING_FONT, size: BODY_SIZE, bold: false, color: '000000' },
          paragraph: {
            indent: { firstLine: INDENT_2_CHARS },
            spacing: { before: 120, after: 0, line: LINE_28PT, lineRule: LineRuleType.EXACT },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            // GB/T 9704: top 37mm, bottom 35mm, left 28mm, right 26mm.
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes (works in Node and in the browser). */
export async function narrativeDocx(paragraphs: readonly NarrativeParagraph[], options: NarrativeDocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(narrativeDocument(paragraphs, options), 'uint8array');
}
