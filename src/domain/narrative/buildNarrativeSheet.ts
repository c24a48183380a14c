import { GENERATED_SHEET_NAMES } from '../read/tableTitles';
import { cellAddress } from '../a1';
import type { CellStyle, PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import type { SheetSnapshot } from '../port/workbookPort';
import type { NarrativeParagraph, ParagraphKind } from './paragraphs';

// The 编制说明 sheet: one paragraph a row in a wide wrapped column, titles and headings bold,
// ready to print or to copy into the 部门预算 document.

export const NARRATIVE_SHEET = GENERATED_SHEET_NAMES.narrative;
// About 40 CJK characters at 11pt: fits A4 portrait between the margins without scaling.
const WIDTH = 80;

const STYLE: Readonly<Record<ParagraphKind, CellStyle>> = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true, numberFormat: '@' },
  heading: { bold: true, fontSize: 12, hAlign: 'left', vAlign: 'middle', wrap: true, numberFormat: '@' },
  body: { fontSize: 11, hAlign: 'left', vAlign: 'top', wrap: true, numberFormat: '@' },
  item: { fontSize: 11, hAlign: 'left', vAlign: 'top', wrap: true, numberFormat: '@' },
};

/** Excel width units a text takes: CJK and full-width characters count two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’…—]/.test(ch) ? 2 : 1;
  return w;
}

export function buildNarrativeSheet(paragraphs: readonly NarrativeParagraph[]): SheetPlan {
  const cells: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const rowHeights: Record<number, number> = {};
  for (const p of paragraphs) {
    if (p.kind === 'title' && cells.length > 0) cells.push([null]);
    cells.push([p.text]);
    const row = cells.length;
    const style = STYLE[p.kind];
    styles.push({ range: cellAddress(row, 1), style });
    // Excel does not grow a row for wrapped text written by a program: size it from the text.
    const size = style.fontSize ?? 11;
    const perLine = Math.floor(WIDTH * (11 / size));
    const lines = Math.max(1, Math.ceil(displayWidth(p.text) / perLine));
    rowHeights[row] = Math.ceil(lines * size * 1.45 + 6);
  }
  return {
    name: NARRATIVE_SHEET,
    cells,
    styles,
    merges: [],
    columnWidths: [WIDTH],
    rowHeights,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    conditionalFormats: [],
  };
}

export interface NarrativeText {
  /** The sheet the text came from, when it came from one. */
  readonly sheet?: string;
  readonly paragraphs: ReadonlyArray<{ readonly text: string; readonly cell?: string }>;
}

/** A 编制说明 as written on a sheet (by us or by hand): each row's first text cell is a paragraph. */
export function readNarrativeSheet(snap: SheetSnapshot): NarrativeText {
  const paragraphs: Array<{ text: string; cell: string }> = [];
  snap.values.forEach((row, r) => {
    const c = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
    if (c >= 0) paragraphs.push({ text: String(row[c]).trim(), cell: cellAddress(r + 1, c + 1) });
  });
  return { sheet: snap.name, paragraphs };
}

/** A page's printed number on a line of its own: "─ 11 ─", "- 5 -", "第 3 页". */
const PAGE_NUMBER = /^(?:[─—–-]\s*)?\d{1,3}(?:\s*[─—–-])?$|^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/;

/**
 * Pasted text: one paragraph a line, blank lines ignored. Text laid out by a PDF extraction
 * (pdftotext -layout: paragraphs indented, long ones wrapped onto unindented lines) is joined back
 * into paragraphs: a line continues the one before unless it is indented (and does not open with
 * "（项）"), follows a blank line, starts a page (one not after a printed page number), or starts a
 * heading ("一、") or a numbered line ("1. "). Printed page numbers are dropped.
 */
export function narrativeFromText(text: string): NarrativeText {
  const lines = text.split(/\r?\n/);
  const laidOut = lines.some((l) => /^[ \u3000]{2,}\S/.test(l)) && lines.some((l) => /^\S/.test(l) && l.trim().length > 20);
  const paragraphs: string[] = [];
  let open = false;
  let afterPageNumber = false;
  for (const page of lines) {
    // A form feed (a new page in pdftotext output) starts a paragraph, like an indent, unless the
    // page before ended on its printed page number: then the page goes on with the sentence.
    const raw = afterPageNumber ? page.replace(/^\f/, '') : page.replace(/^\f/, '  ');
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line === '') {
      open = false;
      continue;
    }
    // A page's printed number ("─ 11 ─", "- 5 -", "第 3 页") is not text: the paragraph it
    // interrupted goes on after it.
    if (laidOut && PAGE_NUMBER.test(line)) {
      open = paragraphs.length > 0;
      afterPageNumber = true;
      continue;
    }
    afterPageNumber = false;
    const starts =
      !laidOut ||
      !open ||
      // Indented, unless it opens with a level marker, which only ever follows a name ("（项）").
      (/^[ \u3000]/.test(raw) && !/^[（(](?:类|款|项)[)）]/.test(line)) ||
      /^[一二三四五六七八九十]+、/.test(line) ||
      /^[（(][一二三四五六七八九十]+[)）]/.test(line) ||
      /^\d+[.、．]\s*[“"\D]/.test(line);
    if (starts || paragraphs.length === 0) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += line;
    open = true;
  }
  return { paragraphs: paragraphs.map((l) => ({ text: l })) };
}
