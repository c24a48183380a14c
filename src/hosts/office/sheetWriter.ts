import { columnLetter, parseRangeAddress } from '../../domain/a1';
import type { CellStyle, PlanCell, PrintSetupPlan, SheetPlan } from '../../domain/plan/sheetPlan';
import { jsonBytes, PayloadBudget, rowBlocks } from './batch';
import { addConditionalFormat } from './overlays';
import type { OfficeFeatures } from './requirements';

// Writing one sheet of a plan: number formats, formulas, merges, styles, widths, freeze panes, print
// setup, conditional formats. Only queued here; writePlan.ts decides when to sync.

const FONT_NAME = '宋体';
const DEFAULT_FONT_SIZE = 10;
const FOOTER = '第 &P 页，共 &N 页';
/** Print margins in inches, as the .xlsx host writes them. */
const MARGINS_IN = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

type Grid = unknown[][];

/**
 * Queues everything that writes one sheet (never syncs, except through `payload` when the request
 * would pass the payload budget). Returns the page layout loaded back at the end of the same batch
 * when print setup was written, so the caller can confirm it took.
 */
export async function queueSheet(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  features: OfficeFeatures,
  payload: PayloadBudget,
): Promise<Excel.PageLayout | null> {
  // The grid: the plan's cells from A1, widened to any styled range carrying a number format.
  let rows = plan.cells.length;
  let cols = plan.cells.reduce((m, r) => Math.max(m, r.length), 0);
  for (const { range, style } of plan.styles) {
    if (!style.numberFormat) continue;
    const { r2, c2 } = parseRangeAddress(range);
    rows = Math.max(rows, r2);
    cols = Math.max(cols, c2);
  }

  // Number formats first: "@" must be on the code columns before "205" or "08" is written, or Excel
  // would turn them into numbers. Then the formulas. Each is ONE 2D array over the whole grid.
  if (rows > 0 && cols > 0) {
    const grid = ws.getRangeByIndexes(0, 0, rows, cols);
    grid.format.font.name = FONT_NAME;
    grid.format.font.size = DEFAULT_FONT_SIZE;
    const nf = numberFormatGrid(plan, rows, cols);
    await writeBlocks(ws, nf, cols, payload, (r, g) => (r.numberFormat = g));
    const formulas: Grid = nf.map((formats, r) => formats.map((format, c) => formulaCell(plan.cells[r]?.[c] ?? null, format)));
    await writeBlocks(ws, formulas, cols, payload, (r, g) => (r.formulas = g));
  }

  for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const { range, style } of plan.styles) applyStyle(ws, range, style);

  plan.columnWidths.forEach((w, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
  });
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = h;

  if (plan.freeze) {
    const { rows: fr, columns: fc } = plan.freeze;
    if (fr > 0 && fc > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr, fc));
    else if (fr > 0) ws.freezePanes.freezeRows(fr);
    else if (fc > 0) ws.freezePanes.freezeColumns(fc);
  }

  const pageLayout = plan.print && features.pageLayout ? queuePageSetup(ws, plan.print) : null;

  for (const cf of plan.conditionalFormats) addConditionalFormat(ws, cf);

  if (plan.tab?.color) ws.tabColor = plan.tab.color;
  // Loaded after every write of the sheet is queued: the read-back sees what Excel actually kept.
  return pageLayout ? pageLayout.load('zoom,orientation') : null;
}

/**
 * A4, orientation, one page wide and as many tall as needed, print titles, margins, footer. Both fit
 * settings are given: verticalFitToPages 0 is "automatic" as in the .xlsx file the other host writes
 * (fitToHeight="0"), so both hosts print alike. Excel can accept a zoom and not apply it
 * (office-js#1860), which is why the caller reads it back.
 */
function queuePageSetup(ws: Excel.Worksheet, print: PrintSetupPlan): Excel.PageLayout {
  const pl = ws.pageLayout;
  pl.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = 'A4';
  if (print.fitToWidth) pl.zoom = FIT_TO_WIDTH;
  if (print.titleRows) pl.setPrintTitleRows(absoluteRows(print.titleRows));
  pl.centerHorizontally = print.centerHorizontally ?? false;
  pl.setPrintMargins('Inches', MARGINS_IN);
  pl.headersFooters.defaultForAllPages.centerFooter = FOOTER;
  return pl;
}

export const FIT_TO_WIDTH: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };

/** zh-CN notice when the page setup read back is not what was written; null when it took. */
export function pageSetupNotice(sheet: string, print: PrintSetupPlan, pl: Excel.PageLayout): string | null {
  const problems: string[] = [];
  const wantOrientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (pl.orientation !== wantOrientation) problems.push(wantOrientation === 'Landscape' ? '横向' : '纵向');
  if (print.fitToWidth) {
    const z = pl.zoom;
    if (z.horizontalFitToPages !== 1 || (z.verticalFitToPages !== 0 && z.verticalFitToPages != null)) problems.push('按一页宽缩放');
  }
  if (problems.length === 0) return null;
  return `“${sheet}”的打印设置（${problems.join('、')}）未被 Excel 采用，请在“页面布局 → 调整为合适大小”中设置宽度为 1 页、高度为自动。`;
}

/**
 * What to assign through Range.formulas so Excel stores what the plan means. Assigning is like typing:
 * in a cell not formatted "@", text Excel can read as a number, date, percentage or boolean ("205",
 * "2024-1", "5%") would be converted, so such text gets the apostrophe text prefix (not stored in the
 * cell). The .xlsx host writes those cells as strings, so both hosts keep them as text.
 */
export function formulaCell(v: PlanCell, numberFormat: string): unknown {
  if (v === null) return '';
  if (typeof v !== 'string' || v.startsWith('=') || numberFormat === '@') return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}

const NUMBER_LIKE = /^\(?[-+]?[¥$€£]?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?\s*%?\)?$/;
const DATE_LIKE = /^(\d{1,4}\s*([-/.]|年)\s*\d{1,2}(\s*([-/.]|月)\s*\d{1,4}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日?)$/;
const TIME_LIKE = /^\d{1,2}:\d{1,2}(:\d{1,2})?(\s*[ap]m?)?$/i;
const FRACTION_LIKE = /^\d+\s+\d+\/\d+$/;

export function needsTextPrefix(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^['+\-@]/.test(t)) return true; // a leading apostrophe would be eaten; + - @ start input Excel may parse
  if (/^(true|false)$/i.test(t)) return true;
  if (/\d/.test(t) && NUMBER_LIKE.test(t)) return true;
  return DATE_LIKE.test(t) || TIME_LIKE.test(t) || FRACTION_LIKE.test(t);
}

function fill2D<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

/** The number format of every grid cell from the styles, later styles winning, as the .xlsx host does. */
function numberFormatGrid(plan: SheetPlan, rows: number, cols: number): string[][] {
  const grid = fill2D(rows, cols, 'General');
  for (const { range, style } of plan.styles) {
    if (!style.numberFormat) continue;
    const { r1, c1, r2, c2 } = parseRangeAddress(range);
    for (let r = r1; r <= r2; r++) {
      const line = grid[r - 1]!;
      for (let c = c1; c <= c2; c++) line[c - 1] = style.numberFormat;
    }
  }
  // A formula assigned to a cell already formatted "@" is stored as text, not calculated; such cells
  // keep General (the .xlsx host's file would still calculate them, so this keeps the same meaning).
  plan.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && v.startsWith('=') && grid[r]![c] === '@') grid[r]![c] = 'General';
    }),
  );
  return grid;
}

async function writeBlocks(
  ws: Excel.Worksheet,
  grid: Grid,
  cols: number,
  payload: PayloadBudget,
  assign: (r: Excel.Range, g: Grid) => void,
): Promise<void> {
  for (const [start, count] of rowBlocks(grid, payload.maxBytes)) {
    const block = start === 0 && count === grid.length ? grid : grid.slice(start, start + count);
    await payload.add(jsonBytes(block));
    assign(ws.getRangeByIndexes(start, 0, count, cols), block);
  }
}

/**
 * Plan widths are Excel character widths (what the .xlsx host writes); Office.js columnWidth is in
 * points. Excel's width unit is the maximum digit width of the workbook's Normal font plus 5 px of
 * padding: pixels = chars × 7 + 5 for Calibri 11 (the Normal font of the .xlsx files the other host
 * writes; the default 8.43 → 64 px → 48 pt), and points = pixels × 0.75. So a column here is exactly as
 * wide as the same column in the .xlsx file. (A flat "chars × 7.5" would be the pixel figure, not points:
 * about 35 % too wide.)
 */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(ws: Excel.Worksheet, address: string, style: CellStyle): void {
  const f = ws.getRange(address).format;
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    f.font.name = FONT_NAME;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor !== undefined) f.font.color = style.fontColor;
  }
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.fill) f.fill.color = style.fill;
  if (style.border) {
    // Thin black lines around every cell: the four outer edges plus the inside lines (which exist only
    // when the range has more than one row / column).
    const { r1, c1, r2, c2 } = parseRangeAddress(address);
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (r2 > r1) edges.push('InsideHorizontal');
    if (c2 > c1) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

/** "3:5" → "$3:$5" (print titles must span whole rows). */
export function absoluteRows(rows: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m || !m[1]) throw new RangeError(`打印标题行格式不正确：${rows}`);
  return `$${m[1]}:$${m[2] ?? m[1]}`;
}
