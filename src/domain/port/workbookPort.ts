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
}

/** What to do when a sheet the plan writes already exists and is not empty. */
export type ExistingSheetPolicy = 'fail' | 'replace' | 'rename';

export interface WriteResult {
  /** Sheet names as written (after any renaming). */
  readonly written: readonly string[];
  /** Plan name → name used, for sheets written under a new name. */
  readonly renamed: Readonly<Record<string, string>>;
}

/** Misuse, not bad data: the caller asked to write over sheets holding the user's numbers. */
export class SheetConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`以下工作表已存在且有内容，未经确认不会覆盖：${sheets.join('、')}`);
    this.name = 'SheetConflictError';
  }
}

/**
 * One edit to an existing sheet. `value` is a constant or, when it starts with "=", a formula; null
 * clears the cell. Row insertion and deletion move the rows below, as Excel does.
 */
export type WorkbookEdit =
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
  }>;
  readonly conditionalFormats: ReadonlyArray<{ readonly sheet: string; readonly range: string }>;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheets(names?: readonly string[]): Promise<SheetSnapshot[]>;
  writePlan(plan: WorkbookPlan, policy: ExistingSheetPolicy): Promise<WriteResult>;
  /** Shows the sheet and selects the cell: where a finding in the pane jumps to. */
  activate(sheet: string, cell?: string): Promise<void>;
  /** Applies edits in order, all or nothing (one Excel.run): the checker's fixes and their undo. */
  applyEdits(edits: readonly WorkbookEdit[]): Promise<void>;
  /** Adds highlights to existing sheets; returns what restores them. */
  applyOverlay(overlays: readonly SheetOverlay[]): Promise<OverlayUndo>;
  /** Restores the fills recorded in `undo` and removes the conditional formats it added. */
  removeOverlay(undo: OverlayUndo): Promise<void>;
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
