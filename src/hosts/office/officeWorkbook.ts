import { cellAddress, columnLetter, parseRangeAddress } from '../../domain/a1';
import { renameSheetsInPlan, resolveSheetNames } from '../../domain/plan/renameSheets';
import type { CellStyle, ConditionalFormatPlan, PlanCell, SheetPlan, WorkbookPlan } from '../../domain/plan/sheetPlan';
import {
  CellValue,
  ExistingSheetPolicy,
  freeSheetName,
  OverlayUndo,
  SheetConflictError,
  SheetInfo,
  SheetOverlay,
  SheetSnapshot,
  SheetVisibility,
  WorkbookEdit,
  WorkbookPort,
  WriteResult,
} from '../../domain/port/workbookPort';
import { OfficeFeatures, officeFeatures, supportsRequirement, SupportsFn } from './requirements';

// The Office.js host: the same WorkbookPort, applied to the workbook open in Excel. This file is the
// only code that calls Excel.run.
//
// Every port method is ONE Excel.run with a small, fixed number of context.sync() calls that does not
// grow with rows or sheets: each sync is a round trip to Excel (over the network on Excel on the web),
// so everything is queued first and sent together.
//
//   listSheets   2 syncs  (sheet list; then each sheet's used range)
//   readSheets   2 syncs  (sheet list; then used ranges, formulas, merged areas of the wanted sheets)
//   writePlan    2 syncs  (sheet list; everything queued, one final sync)
//                3 syncs  when sheets with the plan's names already exist (one more to see if they hold data)
//   activate     1 sync
//   applyOverlay 3 syncs  (sheet list; the fills being covered; the highlights)
//   removeOverlay 2 syncs, 4 when conditional formats are to be removed (sheet list; the formats on the
//                recorded ranges; their addresses, to delete only exact matches; restore)
//
// The used range of an existing sheet can only be asked for once its proxy is known (after the first
// sync); chaining calls on a possibly-null getItemOrNullObject() result in the same batch is not
// something the API documents, so the check for user data is a second, still fixed, round trip.

const FONT_NAME = '宋体';
const DEFAULT_FONT_SIZE = 10;
const FOOTER = '第 &P 页，共 &N 页';
/** Print margins in inches, as the .xlsx host writes them. */
const MARGINS_IN = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Per-operation array payload above which the grid is written in row blocks. */
export const DEFAULT_MAX_BLOCK_BYTES = 4_000_000;

export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/**
 * Rejects with `messageZh` when `promise` has not settled after `ms`. On Excel on the web a sync can
 * hang (lost connection, the workbook busy in another session); the pane must say so instead of
 * spinning forever. The underlying Excel.run cannot be cancelled: it may still finish later.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, messageZh: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(messageZh)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export interface OfficeWorkbookOptions {
  /** Time allowed for one port call (one Excel.run); default 30 s. */
  readonly timeoutMs?: number;
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  readonly supports?: SupportsFn;
  /** Largest JSON payload of one formulas/numberFormat assignment before it is split in row blocks. */
  readonly maxBlockBytes?: number;
}

/** The Office.js host: the same WorkbookPort over the workbook open in Excel. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly timeoutMs: number;
  private readonly supports: SupportsFn;
  private readonly maxBlockBytes: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.supports = options.supports ?? supportsRequirement;
    this.maxBlockBytes = options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES;
  }

  get features(): OfficeFeatures {
    return officeFeatures(this.supports);
  }

  private run<T>(what: string, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    const seconds = Math.round(this.timeoutMs / 1000);
    return withTimeout(
      Excel.run(batch).catch((e: unknown) => {
        throw translateError(e, what);
      }),
      this.timeoutMs,
      `${what}超时：Excel 在 ${seconds} 秒内没有响应。请检查网络或关闭其他正在编辑此工作簿的窗口后重试（操作可能仍在后台完成，请先查看工作表再重试）。`,
    );
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run('读取工作表列表', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
      await ctx.sync();
      return sheets.items.map((ws, i) => ({ name: ws.name, visibility: visibilityOf(ws.visibility), empty: used[i]!.isNullObject }));
    });
  }

  async readSheets(names?: readonly string[]): Promise<SheetSnapshot[]> {
    const mergedAreas = this.features.mergedAreas;
    return this.run('读取工作表', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const wanted = names ? new Set(names) : null;
      const chosen = sheets.items
        .filter((ws) => !wanted || wanted.has(ws.name))
        .map((ws) => {
          const used = ws.getUsedRangeOrNullObject(true).load('address,values,formulas');
          // The whole-sheet range always exists, so no call is chained on a possibly-null object.
          const merged = mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('areas/items/address') : null;
          return { name: ws.name, visibility: visibilityOf(ws.visibility), used, merged };
        });
      await ctx.sync();
      return chosen.map(({ name, visibility, used, merged }) => {
        const grid = used.isNullObject
          ? { values: [], formulas: [] }
          : toA1Grid(used.address, used.values as unknown[][], used.formulas as unknown[][]);
        const merges = merged && !merged.isNullObject ? merged.areas.items.map((r) => stripSheet(r.address)) : [];
        return { name, visibility, values: grid.values, formulas: grid.formulas, merges };
      });
    });
  }

  async writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult> {
    const features = this.features;
    const maxBytes = this.maxBlockBytes;
    return this.run('写入预算表样', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();

      const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
      const colliding = sheets.items.filter((ws) => planNames.has(ws.name.toLowerCase()));
      const used = colliding.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
      if (colliding.length > 0) await ctx.sync();
      const emptyByName = new Map(colliding.map((ws, i) => [ws.name.toLowerCase(), used[i]!.isNullObject]));
      const existing = sheets.items.map((ws) => ({ name: ws.name, empty: emptyByName.get(ws.name.toLowerCase()) ?? true }));

      const { conflicts, renames } = resolveSheetNames(plan, existing, policy, freeSheetName);
      // Nothing has been queued yet: refusing here leaves the workbook untouched.
      if (policy === 'fail' && conflicts.length > 0) throw new SheetConflictError(conflicts);
      const finalPlan = renameSheetsInPlan(plan, renames);

      // Sheets being replaced (policy 'replace', or an empty sheet of the same name) are renamed out
      // of the way first and deleted at the end of the batch, after the new ones exist: deleting first
      // fails when they are the workbook's only visible sheets. All new sheets are added before any
      // formula is written so that cross-sheet references resolve.
      const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
      const taken = new Set([...sheets.items.map((ws) => ws.name), ...finalPlan.sheets.map((s) => s.name)]);
      const stale: Excel.Worksheet[] = [];
      for (const sheet of finalPlan.sheets) {
        const old = byName.get(sheet.name.toLowerCase());
        if (!old) continue;
        const parked = freeSheetName('~旧表', taken);
        taken.add(parked);
        old.name = parked;
        stale.push(old);
      }
      const targets = finalPlan.sheets.map((s) => sheets.add(s.name));
      const payload = new PayloadBudget(ctx, maxBytes);
      for (const [i, s] of finalPlan.sheets.entries()) await queueSheet(targets[i]!, s, features, payload);
      for (const ws of stale) ws.delete();
      await ctx.sync();
      return { written: finalPlan.sheets.map((s) => s.name), renamed: renames };
    });
  }

  async activate(sheet: string, cell?: string): Promise<void> {
    try {
      await this.run('定位单元格', async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cell !== undefined) ws.getRange(cell).select();
        await ctx.sync();
      });
    } catch (e) {
      if (errorCode(e) === 'ItemNotFound') throw new RangeError(`activate: 工作表“${sheet}”不存在`);
      throw e;
    }
  }

  async applyEdits(edits: readonly WorkbookEdit[]): Promise<void> {
    // One batch, one sync: Excel applies the queued edits together, or the batch fails as a whole.
    await this.run('修改单元格', async (ctx) => {
      for (const e of edits) {
        const ws = ctx.workbook.worksheets.getItem(e.sheet);
        if (e.kind === 'set') {
          ws.getRange(e.cell).formulas = [[e.value === null ? '' : e.value]];
        } else {
          const rows = ws.getRange(`${e.row}:${e.row + e.count - 1}`);
          if (e.kind === 'insertRows') rows.insert(Excel.InsertShiftDirection.down);
          else rows.delete(Excel.DeleteShiftDirection.up);
        }
      }
      await ctx.sync();
    });
  }

  async applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo> {
    const fillPattern = this.supports('ExcelApi', '1.15');
    return this.run('标注工作表', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const names = new Set(sheets.items.map((ws) => ws.name));
      const missing = overlays.find((o) => !names.has(o.sheet));
      if (missing) throw new RangeError(`applyOverlay: 工作表“${missing.sheet}”不存在`);

      // The fill of every covered cell as it is now, so removeOverlay can put it back.
      const before = overlays.flatMap((o) => {
        const ws = sheets.getItem(o.sheet);
        return (o.fills ?? []).flatMap((f) =>
          cellsOf(f.range).map((cell) => ({
            sheet: o.sheet,
            cell,
            fill: ws.getRange(cell).format.fill.load(fillPattern ? 'color,pattern' : 'color'),
          })),
        );
      });
      await ctx.sync();
      const fills = before.map(({ sheet, cell, fill }) => ({ sheet, range: cell, color: fillColorOf(fill, fillPattern) }));

      const cfs: { sheet: string; range: string }[] = [];
      for (const o of overlays) {
        const ws = sheets.getItem(o.sheet);
        for (const f of o.fills ?? []) ws.getRange(f.range).format.fill.color = f.color;
        for (const cf of o.conditionalFormats ?? []) {
          addConditionalFormat(ws, cf);
          cfs.push({ sheet: o.sheet, range: cf.range });
        }
      }
      await ctx.sync();
      return { fills, conditionalFormats: cfs };
    });
  }

  async removeOverlay(undo: OverlayUndo): Promise<void> {
    return this.run('清除标注', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const names = new Set(sheets.items.map((ws) => ws.name));

      // Only the custom-formula formats whose range is exactly the one recorded are ours; a format the
      // user put on a larger range intersects it but is left alone.
      const wanted = undo.conditionalFormats.filter((c) => names.has(c.sheet));
      const collections = wanted.map((c) => ({
        ...c,
        formats: sheets.getItem(c.sheet).getRange(c.range).conditionalFormats.load('items/type'),
      }));
      if (collections.length > 0) await ctx.sync();
      const candidates = collections.map((c) => ({
        ...c,
        items: c.formats.items.filter((f) => f.type === 'Custom').map((f) => ({ format: f, range: f.getRange().load('address') })),
      }));
      if (candidates.length > 0) await ctx.sync();
      const deleted = new Set<Excel.ConditionalFormat>();
      for (const c of candidates) {
        // Newest first (Excel lists by priority and a new format gets the top one): delete one per record.
        const hit = c.items.find((i) => !deleted.has(i.format) && sameRange(stripSheet(i.range.address), c.range));
        if (hit) {
          deleted.add(hit.format);
          hit.format.delete();
        }
      }

      for (const f of [...undo.fills].reverse()) {
        if (!names.has(f.sheet)) continue;
        const fill = sheets.getItem(f.sheet).getRange(f.range).format.fill;
        if (f.color === null) fill.clear();
        else fill.color = f.color;
      }
      await ctx.sync();
    });
  }
}

function cellsOf(range: string): string[] {
  const { r1, c1, r2, c2 } = parseRangeAddress(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(cellAddress(r, c));
  return out;
}

function sameRange(a: string, b: string): boolean {
  const p = parseRangeAddress(a);
  const q = parseRangeAddress(b);
  return p.r1 === q.r1 && p.c1 === q.c1 && p.r2 === q.r2 && p.c2 === q.c2;
}

/**
 * A cell without fill reads back as white. RangeFill.pattern (ExcelApi 1.15) tells "no fill" from a
 * white fill; without it white is taken as no fill, which looks the same once restored.
 */
function fillColorOf(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern && fill.pattern === 'None') return null;
  const color = fill.color;
  if (!color || (!withPattern && color.toUpperCase() === '#FFFFFF')) return null;
  return color;
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const format = ws.getRange(cf.range).conditionalFormats.add('Custom');
  format.custom.rule.formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
  format.custom.format.fill.color = cf.fill;
  if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
}

// ---------------------------------------------------------------------------------------------
// Writing one sheet: queued only, never synced here.

type Grid = unknown[][];

async function queueSheet(ws: Excel.Worksheet, plan: SheetPlan, features: OfficeFeatures, payload: PayloadBudget): Promise<void> {
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

  if (plan.print && features.pageLayout) {
    const pl = ws.pageLayout;
    pl.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    // One page wide, as many pages tall as needed. Only the width is given: the documented form
    // (office-js#1860); a 0 for the height is not documented and could fail the whole batch.
    if (plan.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1 };
    if (plan.print.titleRows) pl.setPrintTitleRows(absoluteRows(plan.print.titleRows));
    pl.centerHorizontally = plan.print.centerHorizontally ?? false;
    pl.setPrintMargins('Inches', MARGINS_IN);
    pl.headersFooters.defaultForAllPages.centerFooter = FOOTER;
  }

  for (const cf of plan.conditionalFormats) addConditionalFormat(ws, cf);

  if (plan.tab?.color) ws.tabColor = plan.tab.color;
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

/**
 * Payload discipline. Excel on the web rejects a request over ~5 MB. Grids are assigned in row blocks
 * of at most `maxBytes` of JSON, and the queued payload is counted: only when the next block would take
 * the request past `maxBytes` is the batch sent (a sync) before queuing it. A departmental budget is
 * ~100 KB, so in practice there is no extra sync and the count stays fixed; a huge workbook costs one
 * extra sync per ~4 MB instead of failing.
 */
export class PayloadBudget {
  private queued = 0;
  /** Syncs made because the payload budget was reached. */
  flushes = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly maxBytes: number,
  ) {}

  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.maxBytes) {
      await this.ctx.sync();
      this.flushes++;
      this.queued = 0;
    }
    this.queued += bytes;
  }
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

/** Splits grid rows into [start, count] blocks whose JSON stays within maxBytes (at least one row each). */
export function rowBlocks(grid: readonly unknown[][], maxBytes: number): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  grid.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (i > start && size + bytes > maxBytes) {
      blocks.push([start, i - start]);
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (grid.length > start) blocks.push([start, grid.length - start]);
  return blocks;
}

/** UTF-8 size of the JSON text (CJK is 3 bytes a character on the wire). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
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

// ---------------------------------------------------------------------------------------------
// Reading.

function visibilityOf(v: string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** "'2 收入预算总表'!C3:H20" → "C3:H20". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * The used range's values and formulas placed on an A1-based grid: the used range need not start at A1
 * (a sheet whose first filled cell is C3), so rows and columns before it are padded with null.
 */
export function toA1Grid(
  address: string,
  values: readonly unknown[][],
  formulas: readonly unknown[][],
): {
  values: CellValue[][];
  formulas: (string | null)[][];
} {
  const { r1, c1 } = parseRangeAddress(stripSheet(address));
  const width = c1 - 1 + values.reduce((m, r) => Math.max(m, r.length), 0);
  const outValues: CellValue[][] = [];
  const outFormulas: (string | null)[][] = [];
  for (let r = 1; r < r1; r++) {
    outValues.push(new Array<CellValue>(width).fill(null));
    outFormulas.push(new Array<string | null>(width).fill(null));
  }
  values.forEach((row, i) => {
    const vr = new Array<CellValue>(width).fill(null);
    const fr = new Array<string | null>(width).fill(null);
    const frow = formulas[i] ?? [];
    row.forEach((v, j) => {
      vr[c1 - 1 + j] = plainValue(v);
      const f = frow[j];
      fr[c1 - 1 + j] = typeof f === 'string' && f.startsWith('=') ? f : null;
    });
    outValues.push(vr);
    outFormulas.push(fr);
  });
  return { values: outValues, formulas: outFormulas };
}

// ---------------------------------------------------------------------------------------------
// Errors.

function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

/** Office errors that have a clearer zh-CN explanation; everything else passes through unchanged. */
function translateError(e: unknown, what: string): unknown {
  const code = errorCode(e);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new Error(
      `${what}失败：一次传给 Excel 的数据超过了网页版 Excel 的 5 MB 上限。请在桌面版 Excel 中操作，或减少工作表行数后重试。`,
      { cause: e },
    );
  }
  if (code === 'InvalidOperationInCellEditMode') {
    return new Error(`${what}失败：Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。`, { cause: e });
  }
  return e;
}
