import type { ParsedAmount } from '../parsedTables';

// What the reader finds in the table kinds of a province edition (江苏 2019 …): labelled figures
// and outline rows. Amounts in 分, with the cell they were read from.

export interface ParsedFormField extends ParsedAmount {
  /** Address of the label (row forms) or header (column forms) that located the figure. */
  readonly labelCell: string;
}

export interface ParsedListLine {
  readonly label: string;
  /** The label with its ordinal removed ("八、社会保障和就业支出" → "社会保障和就业支出"). */
  readonly name: string;
  readonly labelCell: string;
  readonly amount: ParsedAmount;
}

export interface ParsedFormTable {
  readonly kind: 'form';
  readonly tableId: string;
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: string;
  readonly year: number | null;
  readonly unit: '元' | '万元';
  /** By field key; a field whose label is not printed is absent. */
  readonly fields: Readonly<Record<string, ParsedFormField>>;
  readonly lists: Readonly<Record<string, readonly ParsedListLine[]>>;
}

export interface ParsedOutlineRow {
  readonly row: number;
  /** 0 for the top level (采购品目大类), 1, 2 … */
  readonly level: number;
  /** The row's label texts, joined ("办公设备购置费 办公设备购置"). */
  readonly label: string;
  readonly labelCell: string;
  readonly amount: ParsedAmount;
}

export interface ParsedOutlineTable {
  readonly kind: 'outline';
  readonly tableId: string;
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: string;
  readonly year: number | null;
  readonly unit: '元' | '万元';
  readonly total: { readonly row: number; readonly labelCell: string; readonly amount: ParsedAmount } | null;
  readonly rows: readonly ParsedOutlineRow[];
}
