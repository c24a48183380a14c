import type {
  ExistingSheetPolicy,
  OverlayUndo,
  SheetInfo,
  SheetOverlay,
  SheetSnapshot,
  WorkbookEdit,
  WorkbookFile,
  WriteResult,
} from '../../domain/port/workbookPort';
import type { WorkbookPlan } from '../../domain/plan/sheetPlan';
import { openXlsxBytes } from './openXlsxBytes';
import { snapshotsFromBytes } from './snapshotsFromBytes';
import { ZIP_MAGIC } from './unreadableWorkbook';
import { XlsxWorkbook } from './xlsxWorkbook';

// A workbook file the page holds (an .xlsx the officer dropped, a 返回稿, a unit file): read for
// checking by the fast reader straight from its bytes, and loaded into ExcelJS — several times
// slower — only when the pane first writes to it (a fix, the 校验 sheet, highlights) or downloads it.
// From then on ExcelJS's model is the workbook and every read comes from it. No node:* here.

function isEmptySheet(s: SheetSnapshot): boolean {
  return s.values.every((row) => row.every((v) => v === null || v === '')) && s.formulas.every((row) => row.every((f) => f === null));
}

export class LazyXlsxFile implements WorkbookFile {
  private book: XlsxWorkbook | null;
  private loading: Promise<XlsxWorkbook> | null = null;
  /** Where the pane last jumped to before ExcelJS was loaded; applied to it once loaded. */
  private pendingActive: { readonly sheet: string; readonly cell?: string } | null = null;

  private constructor(
    private readonly bytes: Uint8Array | null,
    private readonly fileName: string,
    private readonly snapshots: readonly SheetSnapshot[],
    book: XlsxWorkbook | null,
  ) {
    this.book = book;
  }

  /** A workbook already in ExcelJS (a new one, or a legacy .xls converted by SheetJS). */
  static fromBook(book: XlsxWorkbook): LazyXlsxFile {
    return new LazyXlsxFile(null, '', [], book);
  }

  /**
   * Opens .xlsx (or legacy .xls) bytes; an unreadable file is one UnreadableWorkbookError naming it.
   * An .xlsx is read by the fast reader now; a legacy .xls goes to ExcelJS through SheetJS at once.
   */
  static async open(bytes: Uint8Array, fileName: string): Promise<LazyXlsxFile> {
    if (bytes.length === 0 || !ZIP_MAGIC.every((b, i) => bytes[i] === b))
      return LazyXlsxFile.fromBook(await openXlsxBytes(bytes, fileName));
    return new LazyXlsxFile(bytes, fileName, await snapshotsFromBytes(bytes, fileName), null);
  }

  /** True once ExcelJS holds the workbook (after a write or a download). */
  get loaded(): boolean {
    return this.book !== null;
  }

  private async excel(): Promise<XlsxWorkbook> {
    if (this.book) return this.book;
    const bytes = this.bytes;
    if (!bytes) throw new Error('LazyXlsxFile: 没有可载入的工作簿');
    this.loading ??= openXlsxBytes(bytes, this.fileName).then(async (book) => {
      this.book = book;
      const active = this.pendingActive;
      if (active) await book.activate(active.sheet, active.cell);
      return book;
    });
    return this.loading;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (this.book) return this.book.listSheets();
    return this.snapshots.map((s) => ({ name: s.name, visibility: s.visibility, empty: isEmptySheet(s) }));
  }

  async readSheets(names?: readonly string[]): Promise<SheetSnapshot[]> {
    if (this.book) return this.book.readSheets(names);
    const wanted = names ? new Set(names) : null;
    return this.snapshots.filter((s) => !wanted || wanted.has(s.name));
  }

  async writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult> {
    return (await this.excel()).writePlan(plan, policy);
  }

  async activate(sheet: string, cell?: string): Promise<void> {
    if (this.book) return this.book.activate(sheet, cell);
    if (!this.snapshots.some((s) => s.name === sheet)) throw new RangeError(`activate: 工作表“${sheet}”不存在`);
    this.pendingActive = cell === undefined ? { sheet } : { sheet, cell };
  }

  async applyEdits(edits: readonly WorkbookEdit[]): Promise<void> {
    return (await this.excel()).applyEdits(edits);
  }

  async applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo> {
    return (await this.excel()).applyOverlay(overlays);
  }

  async removeOverlay(undo: OverlayUndo): Promise<void> {
    return (await this.excel()).removeOverlay(undo);
  }

  async toBytes(): Promise<Uint8Array> {
    return (await this.excel()).toBuffer();
  }
}
