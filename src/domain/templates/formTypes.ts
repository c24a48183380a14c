import type { CodeKind } from '../catalog/codes';
import type { TableId } from './types';

// Table kinds beyond the 类/款/项 tables, as data: a province's layout is a list of these plus the
// identities and cross-table ties that hold between their figures. Builders write every identity
// as a formula; the checker evaluates the same identities on any workbook read by label.

/** A figure another figure is built from. */
export type FigureRef =
  /** A labelled figure of a form table (this table when `table` is omitted). */
  | { readonly table?: string; readonly field: string }
  /** The 合计 of a code table (its amount column). */
  | { readonly table: string; readonly total: true }
  /** The row of one code in a code table. */
  | { readonly table: string; readonly code: string }
  /** The 总计 of an outline table. */
  | { readonly table: string; readonly outlineTotal: true };

export interface FormFieldDef {
  readonly key: string;
  /** The printed label that locates the figure: row label (rows form) or column header (columns form). */
  readonly label: string;
  /** Disambiguates a repeated label: the group label to its left (rows) or the header right above it (columns). */
  readonly under?: string;
  /** The figure is this sum: the template writes it as a formula; the checker checks it. */
  readonly sumOf?: readonly FigureRef[];
  /** Further sums the figure equals (checked, not written). */
  readonly alsoEquals?: ReadonlyArray<readonly FigureRef[]>;
  /** The figure the 编制说明 quotes under this name ("sangong.abroad": see narrative/facts AMOUNT_KEYS). */
  readonly narrative?: string;
}

/** A run of labelled lines read as a list (the 功能分类 类 lines of a 收支总表): name → amount. */
export interface FormListDef {
  readonly key: string;
  /** Header text over the label column of the list. */
  readonly labelHeader: string;
  /** Label of the line that ends the list (not part of it). */
  readonly until: string;
  /** Printed lines of a blank template, in order. */
  readonly lines: readonly string[];
  /** The figure the list adds up to. */
  readonly totalField: string;
  /** Each line is at least the 类 row of the same name in this code table. */
  readonly atLeastClassesOf?: string;
  /** The lines the 编制说明 quotes: "expenditureClasses", 支出预算 by 类 (see narrative/facts). */
  readonly narrative?: 'expenditureClasses';
}

/** A cell of a form's printed grid: a label, a figure, or blank. */
export type FormCell = string | { readonly field: string } | null;

/**
 * A table of labelled figures (收支总表, 收入总表, a one-row 支出总表, the 三公 table). `rows`: each figure
 * sits right of its label, under an amount header; `columns`: each figure sits under its header.
 */
export interface FormTableDef {
  readonly kind: 'form';
  readonly id: string;
  readonly number: number;
  readonly sheetName: string;
  readonly title: string;
  readonly unit: '元' | '万元';
  readonly orientation: 'rows' | 'columns';
  /** Header text over amount columns (rows forms). */
  readonly amountHeader?: string;
  /** Header rows as printed. */
  readonly header: ReadonlyArray<readonly FormCell[]>;
  /** Merged ranges within the header block, relative: "A1:A3" means the first header row. */
  readonly headerMerges: readonly string[];
  /**
   * Body: side-by-side stacks of lines (a list stack is two columns, label and amount, one line per
   * list entry), then full-width footer rows. Each stack's width is its first line's cell count.
   */
  readonly stacks: ReadonlyArray<{ readonly lines: ReadonlyArray<readonly FormCell[]> } | { readonly list: string }>;
  readonly footer: ReadonlyArray<readonly FormCell[]>;
  /** Merged ranges of the footer, relative to its first row. */
  readonly footerMerges: readonly string[];
  readonly columnWidths: readonly number[];
  readonly fields: readonly FormFieldDef[];
  readonly lists?: readonly FormListDef[];
}

/** A one-column code table (功能科目 or 经济科目 with 金额), the 合计 row on top. */
export interface CodeTableDef {
  readonly kind: 'codeTable';
  /** Shared with the Shanghai tables where the meaning is the same (generalPublic, economic, govFund). */
  readonly id: TableId;
  readonly number: number;
  readonly sheetName: string;
  readonly title: string;
  readonly unit: '元' | '万元';
  readonly codeKind: CodeKind;
  readonly codeHeader: string;
  readonly nameHeader: string;
  readonly amountHeader: string;
  readonly totalLabel: string;
  /** Leaves are this sum of the same code in other tables (财政拨款 = 一般公共预算 + 政府性基金). */
  readonly leavesFrom?: readonly string[];
  /** Printed when the table has no rows. */
  readonly emptyNote?: string;
  /** The figure the 编制说明 quotes as the table's 合计 ("office": see narrative/facts AMOUNT_KEYS). */
  readonly narrativeTotal?: string;
  /**
   * Figures the 编制说明 quotes as parts of the table: each the sum of the given 类 (经济分类 301,
   * 303 …), or of every other 类 ('others'). A 类 printed without its own row is the sum of its 款.
   */
  readonly narrativeParts?: ReadonlyArray<{ readonly key: string; readonly classes: readonly string[] | 'others' }>;
}

/** Levels of an outline table, top first; a row's level is the first whose label columns hold text. */
export interface OutlineLevelDef {
  readonly headers: readonly string[];
}

/** A table whose rows nest by which label column they fill (政府采购预算表). */
export interface OutlineTableDef {
  readonly kind: 'outline';
  readonly id: string;
  readonly number: number;
  readonly sheetName: string;
  readonly title: string;
  readonly unit: '元' | '万元';
  readonly levels: readonly OutlineLevelDef[];
  readonly amountHeader: string;
  readonly totalLabel: string;
  /** Top-level lines of a blank template. */
  readonly blankLines: readonly string[];
  readonly columnWidths: readonly number[];
  /** The figures the 编制说明 quotes (see narrative/facts AMOUNT_KEYS): the 合计, and top-level lines by label. */
  readonly narrative?: { readonly total?: string; readonly lines?: Readonly<Record<string, string>> };
}

/** A tie between figures of different tables: left (relation) the sum of right. */
export interface FigureTie {
  readonly left: FigureRef;
  readonly relation: 'eq' | 'ge' | 'le';
  readonly right: readonly FigureRef[];
  /** Why, zh-CN (shown in the rule description). */
  readonly why: string;
}

/** Code tables compared code by code: each row of `table` (relation) the sum of the same code in `against`. */
export interface RowsTie {
  readonly table: string;
  readonly relation: 'eq' | 'ge' | 'le';
  readonly against: readonly string[];
  readonly why: string;
}

export type ProvinceTableDef = FormTableDef | CodeTableDef | OutlineTableDef;

/** A province's published table set: layouts, title patterns and ties. */
export interface ProvinceEditionDef {
  /** "jiangsu-2019" */
  readonly id: string;
  /** zh-CN: "江苏省 2019 年部门预算公开表（12 张）" */
  readonly label: string;
  readonly year: number;
  /** Catalog edition of the codes. */
  readonly catalogEdition: number;
  readonly tables: readonly ProvinceTableDef[];
  /** Title text (spaces removed) → table id, tried in order. */
  readonly titles: ReadonlyArray<readonly [string, RegExp]>;
  /** Titles only this edition prints: two of them make a workbook this edition's. */
  readonly distinctive: readonly RegExp[];
  readonly ties: readonly FigureTie[];
  readonly rowTies: readonly RowsTie[];
}
