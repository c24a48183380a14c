import type { ConditionalFormatPlan, WorkbookPlan } from '../plan/sheetPlan';

// The one small interface between the product and a workbook. Implemented by the Office.js host
// (Excel) and the ExcelJS host (.xlsx files: CLI, standalone page, tests).

export type CellValue = string | number | boolean | null;
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** True when the sheet holds no values and no formulas. */
  readonly empty: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Values (cached results for formulas) from A1 to the last used cell; empty cells are null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ("=SUM(E7:E9)") where the cell holds a formula, else null. Same shape as values. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Merged areas, e.g. "A1:I1". */
  readonly merges: readonly string[];
  /**
   * Results the file saved for formulas whose value above is empty: a saved 0 or FALSE, which the
   * .xlsx hosts leave out as ExcelJS does (a 0 may be no result at all: an .xls converted without
   * results reads back 0), so that the reader computes the formula again. Only for a formula the
   * reader cannot compute does the saved result stand (see FormulaEvaluator). Absent when none.
   */
  readonly savedResults?: readonly SavedResult[];
}

/** A formula's saved result that a snapshot's values leave empty (row and col 1-based). */
export interface SavedResult {
  readonly row: number;
  readonly col: number;
  readonly value: 0 | false;
}

/** What to do when a sheet the plan writes already exists and is not empty. */
export type ExistingSheetPolicy = 'fail' | 'replace' | 'rename';

export interface WriteResult {
  /** Sheet names as written (after any renaming). */
  readonly written: readonly string[];
  /** Plan name → name used, for sheets written under a new name. */
  readonly renamed: Readonly<Record<string, string>>;
  /** zh-CN notices about settings the host could not confirm (e.g. page setup that did not take). */
  readonly notices?: readonly string[];
}

/** Misuse, not bad data: the caller asked to write over sheets holding the user's numbers. */
export class SheetConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`以下工作表已存在且有内容，未经确认不会覆盖：${sheets.join('、')}`);
    this.name = 'SheetConflictError';
  }
}

/**
 * A write that stopped part way. Office.js applies a batch's operations in order and does not roll
 * back the ones before a failure, so the pane is told exactly what exists now.
 */
export class WriteIncompleteError extends Error {
  constructor(
    /** Sheets written completely. */
    readonly written: readonly string[],
    /** The sheet being written when it failed (it may exist, partly written), or null. */
    readonly failedSheet: string | null,
    /** The user's replaced sheets, moved aside under these names and NOT deleted. */
    readonly keptAside: readonly string[],
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const parts = [
      failedSheet ? `写入“${failedSheet}”时失败（该表可能只写了一部分）` : '删除被替换的原工作表时失败',
      written.length > 0 ? `已完整写入：${written.join('、')}` : '此前没有完整写入的工作表',
    ];
    if (keptAside.length > 0) parts.push(`被替换的原工作表已改名保留、未删除：${keptAside.join('、')}，请核对后自行决定保留或删除`);
    super(`${parts.join('；')}。原因：${reason}`, { cause });
    this.name = 'WriteIncompleteError';
  }
}

/** The pane's undo refused: a cell no longer holds what the fix wrote (the user changed it since). */
export class EditConflictError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly expected: CellValue,
    readonly found: CellValue,
  ) {
    const show = (v: CellValue) => (v === null || v === '' ? '空白' : String(v));
    super(
      `“${sheet}”${cell} 已不是修复写入的内容（修复写入 ${show(expected)}，现在是 ${show(found)}），为免覆盖您之后的修改，未做任何撤销。`,
    );
    this.name = 'EditConflictError';
  }
}

/**
 * One edit to an existing sheet. `value` is a constant or, when it starts with "=", a formula; null
 * clears the cell. Row insertion and deletion move the rows below, as Excel does.
 */
export type WorkbookEdit =
  /** A precondition, checked before anything is written: the cell must hold `value` (formula text or constant). */
  | { readonly kind: 'expect'; readonly sheet: string; readonly cell: string; readonly value: string | number | boolean | null }
  | { readonly kind: 'set'; readonly sheet: string; readonly cell: string; readonly value: string | number | boolean | null }
  | { readonly kind: 'insertRows'; readonly sheet: string; readonly row: number; readonly count: number }
  | { readonly kind: 'deleteRows'; readonly sheet: string; readonly row: number; readonly count: number };

/** Highlights laid over existing sheets (the user's numbers untouched): check colours, reviewer changes. */
export interface SheetOverlay {
  readonly sheet: string;
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  /** Solid fills on cells or ranges ("E7", "E7:G7"), "#RRGGBB". */
  readonly fills?: ReadonlyArray<{ readonly range: string; readonly color: string }>;
}

/** Everything needed to take an overlay off again: the fills as they were before, the CF ranges added. */
export interface OverlayUndo {
  readonly fills: ReadonlyArray<{
    readonly sheet: string;
    readonly range: string;
    readonly color: string | null;
    /** The host's own JSON record of the original fill (theme colours, patterns), restored as is. */
    readonly original?: unknown;
    /** A hidden name the host put on the range so the record follows inserted or deleted rows. */
    readonly trackingName?: string;
  }>;
  /** The formats added; `formula` and `fill` recognise them after Excel has grown or moved them. */
  readonly conditionalFormats: ReadonlyArray<{
    readonly sheet: string;
    readonly range: string;
    readonly formula?: string;
    readonly fill?: string;
  }>;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheets(names?: readonly string[]): Promise<SheetSnapshot[]>;
  writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult>;
  /** Shows the sheet and selects the cell: where a finding in the pane jumps to. */
  activate(sheet: string, cell?: string): Promise<void>;
  /**
   * Applies edits in order (one Excel.run): the checker's fixes and their undo. `expect` steps come
   * first; if one does not hold, EditConflictError is thrown and nothing is changed.
   */
  applyEdits(edits: readonly WorkbookEdit[]): Promise<void>;
  /** Adds highlights to existing sheets; returns what restores them. */
  applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo>;
  /** Restores the fills recorded in `undo` and removes the conditional formats it added. */
  removeOverlay(undo: OverlayUndo): Promise<void>;
}

/** A workbook the page holds as a file (a picked .xlsx, or one built for download). */
export interface WorkbookFile extends WorkbookPort {
  toBytes(): Promise<Uint8Array>;
}

/** Opening and creating workbook files: how the pane reaches files without knowing the host. */
/** Bad input that is not the program's fault: the message names the file and is shown as is. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'UnreadableWorkbookError';
  }
}

export interface WorkbookFiles {
  /** Opens .xlsx or .xls bytes; an unreadable file is an UnreadableWorkbookError naming it. */
  readonly open: (bytes: Uint8Array, fileName: string) => Promise<WorkbookFile>;
  readonly create: () => WorkbookFile;
}

/** A free sheet name: "名称 (2)", "名称 (3)" … within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
