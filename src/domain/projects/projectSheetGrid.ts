import type { CellStyle, PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import { BODY_STYLE, SUBTITLE_LEFT, SUBTITLE_RIGHT, TEXT_FORMAT, TITLE_STYLE } from '../plan/styles';
import { rangeAddress } from '../a1';

// Shared by the two project-sheet builders: a growing grid, and the look of label and text cells.

export const LABEL_STYLE: CellStyle = {
  ...BODY_STYLE,
  bold: true,
  hAlign: 'center',
  vAlign: 'middle',
  wrap: true,
  fill: '#F2F2F2',
  numberFormat: TEXT_FORMAT,
};
export const TEXT_STYLE: CellStyle = { ...BODY_STYLE, hAlign: 'left', vAlign: 'top', wrap: true, numberFormat: TEXT_FORMAT };
export const SECTION_STYLE: CellStyle = {
  ...BODY_STYLE,
  bold: true,
  hAlign: 'left',
  vAlign: 'middle',
  fill: '#DDEBF7',
  numberFormat: TEXT_FORMAT,
};

const LINE_POINTS = 13.5;
const MAX_ROW_POINTS = 409; // Excel's limit

/** Rows are 1-based; the grid grows as rows are set. */
export class Grid {
  readonly rows: PlanCell[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

  constructor(readonly width: number) {}

  get lastRow(): number {
    return this.rows.length;
  }

  set(row: number, col: number, v: PlanCell): void {
    if (col < 1 || col > this.width) throw new RangeError(`Grid.set: 列号超出范围: ${col}`);
    while (this.rows.length < row) this.rows.push(new Array<PlanCell>(this.width).fill(null));
    const line = this.rows[row - 1];
    if (!line) throw new RangeError(`Grid.set: 行号超出范围: ${row}`);
    line[col - 1] = v;
  }

  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.styles.push({ range: rangeAddress(r1, c1, r2, c2), style });
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push(rangeAddress(r1, c1, r2, c2));
  }

  /** Rows 1–2 as every budget sheet has them: the title, then 编制部门 on the left and 单位 on the right. */
  heading(title: string, department: string, unit: '元' | '万元'): void {
    this.set(1, 1, title);
    this.merge(1, 1, 1, this.width);
    this.style(1, 1, 1, this.width, TITLE_STYLE);
    this.heights[1] = 30;
    this.set(2, 1, `编制部门：${department}`);
    this.merge(2, 1, 2, this.width - 1);
    this.style(2, 1, 2, this.width - 1, SUBTITLE_LEFT);
    this.set(2, this.width, `单位：${unit}`);
    this.style(2, this.width, 2, this.width, SUBTITLE_RIGHT);
  }

  /** Grows the row to show `text` wrapped in a merged area `widthChars` wide (CJK counts 2). */
  fitText(row: number, text: string, widthChars: number): void {
    const usable = Math.max(4, widthChars);
    let lines = 0;
    for (const para of text.split('\n')) {
      let units = 0;
      for (const ch of para) units += ch.charCodeAt(0) > 0x2e80 ? 1.8 : 1;
      lines += Math.max(1, Math.ceil(units / usable));
    }
    const h = Math.min(MAX_ROW_POINTS, Math.max(20, lines * LINE_POINTS + 6));
    this.heights[row] = Math.max(this.heights[row] ?? 0, h);
  }

  /** The finished sheet: portrait A4, heading rows frozen and repeated on every printed page. */
  toSheet(name: string, columnWidths: readonly number[]): SheetPlan {
    return {
      name,
      cells: this.cells(),
      styles: this.styles,
      merges: this.merges,
      columnWidths,
      rowHeights: this.heights,
      freeze: { rows: 2, columns: 0 },
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '1:2', centerHorizontally: true },
      conditionalFormats: [],
    };
  }

  /** Pads every row to the full width (SheetPlan wants a rectangle). */
  cells(): PlanCell[][] {
    return this.rows.map((r) => (r.length === this.width ? r : [...r, ...new Array<PlanCell>(this.width - r.length).fill(null)]));
  }
}

/**
 * Text as a plan cell. A plan string starting with "=" is a formula, so text such as the target
 * "=100%" is written as a formula whose result is that text (="=100%"), split into literals of at
 * most 250 characters (Excel's limit is 255 per literal).
 */
export function textCell(v: string | null | undefined): PlanCell {
  if (v === null || v === undefined || v === '') return null;
  if (!v.startsWith('=')) return v;
  const chunks: string[] = [];
  for (let i = 0; i < v.length; i += 250) chunks.push(`"${v.slice(i, i + 250).replace(/"/g, '""')}"`);
  return `=${chunks.join('&')}`;
}

/** The text a formula written by textCell stands for; null for any other formula. */
export function stringFormulaText(formula: string): string | null {
  const literals = /^=\s*("(?:[^"]|"")*"(?:\s*&\s*"(?:[^"]|"")*")*)\s*$/.exec(formula)?.[1];
  if (literals === undefined) return null;
  return [...literals.matchAll(/"((?:[^"]|"")*)"/g)].map((x) => (x[1] ?? '').replace(/""/g, '"')).join('');
}

/** 分 → a cell value in 元 or 万元, exact to the 分. */
export function amountCell(fen: number | null | undefined, unit: '元' | '万元'): number | null {
  if (fen === null || fen === undefined) return null;
  return unit === '元' ? Number((fen / 100).toFixed(2)) : Number((fen / 1_000_000).toFixed(6));
}
