import type { Finding } from '../findings/finding';
import type { TableId } from '../templates/types';

// What the reviewer (财政局) changed between the submitted workbook and the one returned. Rows are
// matched by table and code, never by address, so inserted, deleted and re-sorted rows are not
// differences in themselves. Amounts in 分.

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';
export type FormulaChange = 'formula→value' | 'value→formula';

export interface Change {
  readonly kind: ChangeKind;
  readonly tableId: TableId;
  /** Sheet of the table in the returned workbook. */
  readonly sheet: string;
  /** 科目编码 for 类/款/项 rows; the line label for summary tables; null for a 合计 row and the 三公 table. */
  readonly code: string | null;
  /** Item name (returned side when it exists). */
  readonly name: string;
  /** Amount column key (fiscal, basic, …); null for a whole-row change (added, removed, renamed). */
  readonly column: string | null;
  /** The column's header text, for people. */
  readonly columnLabel: string | null;
  /** 分; for an added or removed row, the row's 合计. Null for a blank cell or an uncomputable formula. */
  readonly before: number | null;
  readonly after: number | null;
  /** after − before in 分 (blank counts as 0); null when a side could not be valued. */
  readonly difference: number | null;
  /** Names before and after (equal unless renamed). */
  readonly nameBefore: string;
  readonly nameAfter: string;
  readonly formulaChange?: FormulaChange;
  /** The formula on the side that had one. */
  readonly formula?: string;
  /** Cell in the returned workbook: the amount cell, the name cell (renamed) or the code cell (added). Null when removed. */
  readonly cell: string | null;
  /** Whole range to highlight for an added row ("A14:I14"). */
  readonly range?: string;
  /** Cell the item occupied in the submitted workbook. */
  readonly submittedCell: string | null;
  /** For added and removed rows: the row's amounts by column key, 分. */
  readonly amounts?: Readonly<Record<string, number | null>>;
}

/** A table's 合计 before and after, by column: the net effect of every change in it. */
export interface TotalChange {
  readonly column: string;
  readonly columnLabel: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly difference: number | null;
}

export interface TableChanges {
  readonly tableId: TableId;
  readonly sheet: string;
  readonly title: string;
  /** Biggest |difference| first; renames and formula-only changes after amounts. */
  readonly changes: readonly Change[];
  readonly totals: readonly TotalChange[];
}

export interface Comparison {
  /** Tables in the returned workbook's published order, only those with changes. */
  readonly tables: readonly TableChanges[];
  /** Every change, grouped by table in the order above. */
  readonly changes: readonly Change[];
  /** Tables or columns that could not be compared. */
  readonly findings: readonly Finding[];
}
