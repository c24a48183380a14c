import type { WorkbookPlan } from '../../domain/plan/sheetPlan';
import type {
  ExistingSheetPolicy,
  OverlayUndo,
  SheetInfo,
  SheetOverlay,
  SheetSnapshot,
  WorkbookEdit,
  WorkbookPort,
  WriteResult,
} from '../../domain/port/workbookPort';
import { Batches, DEFAULT_MAX_BLOCK_BYTES, DEFAULT_TIMEOUT_MS } from './batch';
import { applyWorkbookEdits } from './edits';
import { errorCode } from './errors';
import { applyOverlays, OverlayFeatures, removeOverlays } from './overlays';
import { readSnapshots, visibilityOf } from './readSheets';
import { OfficeFeatures, officeFeatures, supportsRequirement, SupportsFn } from './requirements';
import { writeWorkbookPlan } from './writePlan';

// The Office.js host: the same WorkbookPort over the workbook open in Excel. The only code that calls
// Excel.run is batch.ts; each concern has its own file:
//   batch.ts      Excel.run options (delayForCellEdit, mergeUndoGroup), timeouts and the write block
//                 after one, payload budget
//   writePlan.ts  writing a plan, sheet by sheet, reporting a partial failure exactly
//   sheetWriter.ts one sheet's grid, styles and print setup
//   overlays.ts   conditional formats and highlights
//   readSheets.ts reading inside the 5 MB / 5,000,000-cell limits
//   edits.ts      fixes and the pane's undo
//   errors.ts     Office errors in zh-CN
//
// Each sync is a round trip to Excel (over the network on Excel on the web). Syncs per action, for a
// departmental budget (payload well under 4 MB), as the tests count them:
//   listSheets     2  (sheet list; each sheet's used range)
//   readSheets     4  (sheet list; used-range addresses; the cells in row blocks, 1 group; merged
//                      areas) — 3 without ExcelApi 1.13; +1 per further ~4 MB group of rows
//   writePlan      2 + sheets (sheet list; move aside + add; one per sheet) — +1 when sheets of the
//                      plan's names exist, +1 when replaced sheets are deleted
//   activate       1
//   applyEdits     1; 2 with `expect` steps (the pane's undo reads the cells first)
//   applyOverlay   3  (sheet list; fills being covered; the highlights)
//   removeOverlay  4  (sheet list; formats and names; rules, fills, tracked ranges; restore) — 2 when
//                      nothing was recorded
//   createWorkbook 0  (Excel.createWorkbook, ExcelApi 1.8)

export interface OfficeWorkbookOptions {
  /** Time allowed for one port call (one Excel.run); default 30 s. */
  readonly timeoutMs?: number;
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  readonly supports?: SupportsFn;
  /** Largest request or expected response of one sync before it is split. */
  readonly maxBlockBytes?: number;
  /** zh-CN notices the pane shows (page setup not taken, merged areas over the limit …). */
  readonly onNotice?: (message: string) => void;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: SupportsFn;
  private readonly maxBlockBytes: number;
  private readonly batches: Batches;
  private readonly notice: (message: string) => void;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.supports = options.supports ?? supportsRequirement;
    this.maxBlockBytes = options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES;
    this.batches = new Batches(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, this.supports);
    this.notice = options.onNotice ?? (() => undefined);
  }

  get features(): OfficeFeatures {
    return officeFeatures(this.supports);
  }

  /** True while an Excel.run that timed out may still be running: writes are refused until it ends. */
  get writesBlocked(): boolean {
    return this.batches.blocked;
  }

  private get overlayFeatures(): OverlayFeatures {
    return { cellProperties: this.supports('ExcelApi', '1.9'), fillPattern: this.supports('ExcelApi', '1.15') };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.batches.run('读取工作表列表', 'read', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
      await ctx.sync();
      return sheets.items.map((ws, i) => ({
        name: ws.name,
        visibility: visibilityOf(ws.visibility),
        empty: used[i]?.isNullObject ?? true,
      }));
    });
  }

  async readSheets(names?: readonly string[]): Promise<SheetSnapshot[]> {
    const options = { mergedAreas: this.features.mergedAreas, maxBytes: this.maxBlockBytes, notice: this.notice };
    return this.batches.run('读取工作表', 'read', (ctx) => readSnapshots(ctx, names, options));
  }

  async writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult> {
    const features = this.features;
    const result = await this.batches.run('写入工作表', 'write', (ctx) =>
      writeWorkbookPlan(ctx, plan, policy, features, this.maxBlockBytes),
    );
    for (const n of result.notices ?? []) this.notice(n);
    return result;
  }

  async activate(sheet: string, cell?: string): Promise<void> {
    try {
      await this.batches.run('定位单元格', 'read', async (ctx) => {
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
    await this.batches.run('修改单元格', 'write', (ctx) => applyWorkbookEdits(ctx, edits));
  }

  async applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo> {
    const f = this.overlayFeatures;
    return this.batches.run('标注工作表', 'write', (ctx) => applyOverlays(ctx, overlays, f));
  }

  async removeOverlay(undo: OverlayUndo): Promise<void> {
    const f = this.overlayFeatures;
    await this.batches.run('清除标注', 'write', (ctx) => removeOverlays(ctx, undo, f));
  }

  /**
   * Opens `bytes` (.xlsx) as a new workbook in Excel (ExcelApi 1.8). Returns false, doing nothing,
   * where that set is missing: the caller downloads the file instead.
   */
  async openNewWorkbook(bytes: Uint8Array): Promise<boolean> {
    if (!this.supports('ExcelApi', '1.8')) return false;
    await Excel.createWorkbook(toBase64(bytes));
    return true;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
