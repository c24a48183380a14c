import ExcelJS from 'exceljs';
import { parseCellAddress, parseRangeAddress } from '../../domain/a1';
import { renameSheetsInPlan, resolveSheetNames } from '../../domain/plan/renameSheets';
import type { CellStyle, ConditionalFormatPlan, SheetPlan, WorkbookPlan } from '../../domain/plan/sheetPlan';
import { cellContent, holds, splitExpectations } from '../../domain/port/editExpectations';
import {
  CellValue,
  EditConflictError,
  ExistingSheetPolicy,
  freeSheetName,
  OverlayUndo,
  SavedResult,
  SheetConflictError,
  SheetInfo,
  SheetOverlay,
  SheetSnapshot,
  SheetVisibility,
  WorkbookEdit,
  WorkbookPort,
  WriteResult,
} from '../../domain/port/workbookPort';

const FONT_NAME = '宋体';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** The ExcelJS host: the same WorkbookPort over an in-memory .xlsx. */
export class XlsxWorkbook implements WorkbookPort {
  private active: { sheet: string; cell?: string } | null = null;

  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's typings want a Node Buffer; a Uint8Array view is what it reads.
    await wb.xlsx.load(data instanceof Uint8Array ? data : new Uint8Array(data));
    return new XlsxWorkbook(wb);
  }

  static async fromFile(path: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  async toBuffer(): Promise<Uint8Array> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf);
  }

  listSheets(): Promise<SheetInfo[]> {
    return settle(() => {
      return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws), empty: isEmpty(ws) }));
    });
  }

  readSheets(names?: readonly string[]): Promise<SheetSnapshot[]> {
    return settle(() => {
      const wanted = names ? new Set(names) : null;
      return this.workbook.worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(snapshot);
    });
  }

  async writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult> {
    const existing = await this.listSheets();
    const { conflicts, renames } = resolveSheetNames(plan, existing, policy, freeSheetName);
    if (policy === 'fail' && conflicts.length > 0) throw new SheetConflictError(conflicts);
    const finalPlan = renameSheetsInPlan(plan, renames);
    for (const sheet of finalPlan.sheets) {
      const old = this.workbook.getWorksheet(sheet.name);
      if (old) this.workbook.removeWorksheet(old.id);
      writeSheet(this.workbook.addWorksheet(sheet.name), sheet);
    }
    return { written: finalPlan.sheets.map((s) => s.name), renamed: renames };
  }

  activate(sheet: string, cell?: string): Promise<void> {
    return settle(() => {
      const ws = this.workbook.getWorksheet(sheet);
      if (!ws) throw new RangeError(`activate: 工作表“${sheet}”不存在`);
      this.workbook.views = [
        { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: this.workbook.worksheets.indexOf(ws), visibility: 'visible' },
      ];
      this.active = cell === undefined ? { sheet } : { sheet, cell };
    });
  }

  applyEdits(all: readonly WorkbookEdit[]): Promise<void> {
    return settle(() => {
      const { expects, changes: edits } = splitExpectations(all);
      for (const x of expects) {
        const ws = this.workbook.getWorksheet(x.sheet);
        if (!ws) throw new RangeError(`applyEdits: 工作表“${x.sheet}”不存在`);
        const { value, formula } = readCell(ws.getCell(x.cell));
        const found = cellContent(formula, value);
        if (!holds(x.value, found)) throw new EditConflictError(x.sheet, x.cell, x.value, found);
      }
      // Validate everything first so a bad edit leaves the workbook untouched (all or nothing).
      for (const e of edits) {
        if (!this.workbook.getWorksheet(e.sheet)) throw new RangeError(`applyEdits: 工作表“${e.sheet}”不存在`);
        if (e.kind === 'set') parseCellAddress(e.cell);
        else if (!Number.isInteger(e.row) || e.row < 1 || !Number.isInteger(e.count) || e.count < 1) {
          throw new RangeError(`applyEdits: 行号或行数无效：第 ${e.row} 行起 ${e.count} 行`);
        }
      }
      for (const e of edits) {
        const ws = this.workbook.getWorksheet(e.sheet)!;
        if (e.kind === 'set') {
          const v = e.value;
          ws.getCell(e.cell).value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v;
        } else if (e.kind === 'insertRows') {
          // ExcelJS moves the rows but, unlike Excel, does not rewrite formulas that point below.
          ws.spliceRows(e.row, 0, ...Array.from({ length: e.count }, () => [] as ExcelJS.CellValue[]));
        } else {
          ws.spliceRows(e.row, e.count);
        }
      }
    });
  }

  applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo> {
    return settle(() => {
      const fills: Array<{ sheet: string; range: string; color: string | null; original: unknown }> = [];
      const cfs: Array<{ sheet: string; range: string }> = [];
      for (const o of overlays) {
        const ws = this.workbook.getWorksheet(o.sheet);
        if (!ws) throw new RangeError(`applyOverlay: 工作表“${o.sheet}”不存在`);
        for (const f of o.fills ?? []) {
          const { r1, c1, r2, c2 } = parseRangeAddress(f.range);
          for (let r = r1; r <= r2; r++) {
            for (let c = c1; c <= c2; c++) {
              const cell = ws.getCell(r, c);
              const original = cell.style.fill === undefined ? null : (JSON.parse(JSON.stringify(cell.style.fill)) as ExcelJS.Fill);
              fills.push({ sheet: o.sheet, range: cell.address, color: solidFillOf(cell), original });
              setOwnFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.color) } });
            }
          }
        }
        const base = conditionalFormatCount(ws);
        (o.conditionalFormats ?? []).forEach((cf, i) => {
          addConditionalFormat(ws, cf, base + i + 1);
          cfs.push({ sheet: o.sheet, range: cf.range });
        });
      }
      return { fills, conditionalFormats: cfs };
    });
  }

  removeOverlay(undo: OverlayUndo): Promise<void> {
    return settle(() => {
      for (const f of [...undo.fills].reverse()) {
        const ws = this.workbook.getWorksheet(f.sheet);
        if (!ws) continue;
        const cell = ws.getCell(f.range);
        if (f.original !== undefined) setOwnFill(cell, (f.original ?? undefined) as ExcelJS.Fill | undefined);
        else if (f.color === null) setOwnFill(cell, undefined);
        else setOwnFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.color) } });
      }
      for (const cf of undo.conditionalFormats) {
        const ws = this.workbook.getWorksheet(cf.sheet) as unknown as { conditionalFormattings?: Array<{ ref: string }> } | undefined;
        if (ws?.conditionalFormattings) {
          const i = ws.conditionalFormattings.findIndex((x) => x.ref === cf.range);
          if (i >= 0) ws.conditionalFormattings.splice(i, 1);
        }
      }
    });
  }

  /** Last sheet/cell passed to activate (the .xlsx host has no UI to show it in). */
  get activeCell(): { sheet: string; cell?: string } | null {
    return this.active;
  }
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetVisibility {
  const s = ws.state as string;
  return s === 'hidden' ? 'hidden' : s === 'veryHidden' ? 'veryHidden' : 'visible';
}

function isEmpty(ws: ExcelJS.Worksheet): boolean {
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== '') empty = false;
    });
  });
  return empty;
}

/** ExcelJS cell value → plain value and formula text. */
export function readCell(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = cell.formula ? `=${cell.formula}` : null;
      const result = (v as { result?: unknown }).result;
      return { value: plainResult(result), formula };
    }
    // A hyperlink over a cell: its text is the value the cell shows (a formula's result; the formula
    // itself ExcelJS does not give back), nothing when the cell is empty.
    if ('hyperlink' in v) return { value: plainResult((v as { text?: unknown }).text), formula: null };
    if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), formula: null };
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return { value: (v as { text: string }).text, formula: null };
    if ('error' in v) return { value: String(v.error), formula: null };
  }
  // An object with nothing to show (an <si/> with no text): an empty cell.
  return { value: null, formula: null };
}

function plainResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') return result;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === 'object' && 'error' in result && typeof result.error === 'string') return result.error;
  if (typeof result === 'object' && 'richText' in result && Array.isArray(result.richText))
    return result.richText.map((t: { text?: unknown }) => (typeof t.text === 'string' ? t.text : '')).join('');
  return typeof result === 'bigint' ? result.toString() : null;
}

function snapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const savedResults: SavedResult[] = [];
  for (let r = 1; r <= rows; r++) {
    const vr: CellValue[] = new Array<CellValue>(cols).fill(null);
    const fr: (string | null)[] = new Array<string | null>(cols).fill(null);
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // merged slaves read as empty, as in Excel
      const { value, formula } = readCell(cell);
      vr[c - 1] = value;
      fr[c - 1] = formula;
      // The saved 0 or FALSE that the formula's value leaves out (ExcelJS's cell.result still has it).
      if (formula !== null && value === null) {
        const result: unknown = cell.result;
        if (result === 0 || result === false) savedResults.push({ row: r, col: c, value: result });
      }
    });
    values.push(vr);
    formulas.push(fr);
  }
  const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}).map((k) => {
    const m = (ws as unknown as { _merges: Record<string, { range: string }> })._merges[k];
    return m?.range ?? k;
  });
  return { name: ws.name, visibility: visibilityOf(ws), values, formulas, merges, ...(savedResults.length > 0 ? { savedResults } : {}) };
}

/** The parts of a cell's style a plan sets: on a cell, or on a style object being composed. */
type StyleTarget = Pick<Partial<ExcelJS.Style>, 'font' | 'alignment' | 'fill' | 'border' | 'numFmt'>;

function applyStyle(cell: StyleTarget, style: CellStyle): void {
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      name: FONT_NAME,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

export function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v;
    });
  });
  // The style ranges covering each cell, in plan order, are composed once per distinct list and the
  // one object is shared by its cells: ExcelJS renders a style object once when it writes (it keys
  // style ids by object), where a style per cell was rendered for every cell (consolidating 1,000
  // units: 单位明细 and 单位列表 ~150,000 cells).
  const covering = new Map<number, number[]>();
  plan.styles.forEach(({ range }, i) => {
    const { r1, c1, r2, c2 } = parseRangeAddress(range);
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const list = covering.get(r * PER_ROW + c);
        if (list) list.push(i);
        else covering.set(r * PER_ROW + c, [i]);
      }
    }
  });
  const composed = new Map<string, Partial<ExcelJS.Style>>();
  for (const [at, list] of covering) {
    const id = list.join(',');
    let style = composed.get(id);
    if (!style) {
      style = {};
      for (const i of list) {
        const s = plan.styles[i];
        if (s) applyStyle(style, s.style);
      }
      withDefaultFont(style);
      composed.set(id, style);
    }
    ws.getCell(Math.floor(at / PER_ROW), at % PER_ROW).style = style;
  }
  // Default font for the other written cells (one style object for all that have no style at all).
  const plain = withDefaultFont({});
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.font?.name) return;
      if (Object.keys(cell.style).length === 0) cell.style = plain;
      else withDefaultFont(cell);
    }),
  );
  for (const m of plan.merges) ws.mergeCells(m);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
  if (plan.freeze) ws.views = [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  if (plan.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: plan.print.centerHorizontally ?? false,
      ...(plan.print.titleRows ? { printTitlesRow: plan.print.titleRows } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  }
  plan.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  if (plan.tab?.color) ws.properties.tabColor = { argb: argb(plan.tab.color) };
}

/** A cell's place in one number: row × PER_ROW + column (Excel's 16,384 columns fit). */
const PER_ROW = 16_385;

/** The written cells' font where the plan gives none. */
function withDefaultFont(style: StyleTarget): StyleTarget {
  if (!style.font?.name) style.font = { ...style.font, name: FONT_NAME, size: style.font?.size ?? 10 };
  return style;
}

/**
 * ExcelJS shares one style object among the cells of a loaded file, and writeSheet shares one among
 * the cells of a written sheet that look the same; assigning `cell.fill` would repaint all of them.
 * Give this cell its own style object first.
 */
function setOwnFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill === undefined) delete style.fill;
  else style.fill = fill;
  cell.style = style;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number): void {
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [cf.formula.replace(/^=/, '')],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
          ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
        },
      },
    ],
  });
}

function conditionalFormatCount(ws: ExcelJS.Worksheet): number {
  const list = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
  return list?.length ?? 0;
}

/** "#RRGGBB" of a solid fill, or null when the cell has none. */
function solidFillOf(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || f.pattern !== 'solid') return null;
  const a = f.fgColor?.argb;
  return a ? `#${a.slice(-6)}` : null;
}

/** The port is asynchronous; this host works in memory. A throw still reaches the caller as a rejection. */
function settle<T>(fn: () => T): Promise<T> {
  return new Promise((resolve) => resolve(fn()));
}
