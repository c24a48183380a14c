import type { TableId } from '../templates/types';

// A host-neutral description of what to write. The Office.js host and the .xlsx host both
// apply exactly this, so what the tests verify on .xlsx files is what Excel receives.

/** A constant, or a formula when the string starts with "=". Code cells are text ("205"). */
export type PlanCell = string | number | boolean | null;

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly border?: boolean;
  readonly numberFormat?: string;
}

export interface StyledRange {
  readonly range: string;
  readonly style: CellStyle;
}

/** A custom-formula conditional format, written relative to the range's top-left cell. */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface PrintSetupPlan {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. "3:5". */
  readonly titleRows?: string;
  readonly centerHorizontally?: boolean;
}

export type RowRole = 'header' | 'class' | 'kuan' | 'item' | 'total' | 'income' | 'expenditure' | 'data';

export interface RowMeta {
  readonly row: number;
  readonly role: RowRole;
  readonly code?: string;
  readonly label?: string;
}

export interface TableLayoutMeta {
  readonly tableId: TableId;
  readonly title: string;
  readonly unit: '元' | '万元';
  readonly headerRows: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Amount column key → 1-based column number. */
  readonly columns: Readonly<Record<string, number>>;
  readonly rows: readonly RowMeta[];
}

export interface SheetPlan {
  readonly name: string;
  /** Rectangular grid written from A1. */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  /** Excel character widths, column A first. */
  readonly columnWidths: readonly number[];
  /** Row heights in points by 1-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSetupPlan;
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly tab?: { readonly color?: string };
  readonly layout?: TableLayoutMeta;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}
