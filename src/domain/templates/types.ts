import type { CodeKind } from '../catalog/codes';

// Table layouts are data. An edition (2020, 2024 …) is a list of these; builders only read them.

export type ClassifiedTableId = 'income' | 'expenditure' | 'generalPublic' | 'govFund' | 'stateCapital' | 'economic';
/** Code tables of province editions (江苏 2019: 财政拨款 功能/经济科目, 机关运行经费 by 经济科目). */
export type ProvinceCodeTableId = 'fiscalFunctional' | 'fiscalEconomic' | 'officeOperationEconomic';
export type TableId = 'financeSummary' | 'fiscalSummary' | 'sangong' | ClassifiedTableId | ProvinceCodeTableId;

export interface AmountColumnDef {
  /** Stable key across editions: total, fiscal, business, operating, other, basic, project, personnel, public. */
  readonly key: string;
  readonly label: string;
  /** For the 合计 column: the keys it is the sum of (a row identity). */
  readonly sumOf?: readonly string[];
}

interface TableBase {
  readonly id: TableId;
  /** Position in the published set: 1 … 9. */
  readonly number: number;
  /** Worksheet name (≤ 31 characters). */
  readonly sheetName: string;
  /** Title with {year}, e.g. "{year}年部门收入预算总表". */
  readonly title: string;
  readonly unit: '元' | '万元';
}

/** 收入/支出总表 and the 功能/经济分类 tables: code columns, name, amount columns, 合计 row. */
export interface ClassifiedTableDef extends TableBase {
  readonly kind: 'classified';
  readonly id: ClassifiedTableId;
  readonly codeKind: CodeKind;
  readonly groupLabel: string;
  readonly codeHeader: string;
  readonly nameHeader: string;
  readonly projectHeader: string;
  readonly columns: readonly AmountColumnDef[];
  readonly totalLabel: string;
}

export interface SummaryIncomeLineDef {
  readonly label: string;
  /** Where the figure comes from: a table's 合计 row and column, or the sum of other lines. */
  readonly source: { readonly table: ClassifiedTableId; readonly column: string } | { readonly sumOfLines: readonly number[] } | null;
}

/** 财务收支预算总表 / 财政拨款收支预算总表: income lines on the left, one line per 类 on the right. */
export interface SummaryTableDef extends TableBase {
  readonly kind: 'summary';
  readonly id: 'financeSummary' | 'fiscalSummary';
  readonly incomeHeader: string;
  readonly expenditureHeader: string;
  readonly incomeLines: readonly SummaryIncomeLineDef[];
  readonly incomeTotalLabel: string;
  readonly expenditureTotalLabel: string;
  /** Right-hand amount columns. Each pulls the 类 row's 合计 from one classified table; 合计 sums them. */
  readonly expenditureColumns: ReadonlyArray<{ readonly label: string; readonly table: ClassifiedTableId | null }>;
  /** Which tables' 类 lines are listed on the right (union, in code order). */
  readonly expenditureClassesFrom: readonly ClassifiedTableId[];
}

export interface SangongTableDef extends TableBase {
  readonly kind: 'sangong';
  readonly id: 'sangong';
  readonly sangongHeader: string;
  readonly officeHeader: string;
}

export type TableDef = ClassifiedTableDef | SummaryTableDef | SangongTableDef;

export interface EditionDef {
  readonly edition: number;
  readonly tables: readonly TableDef[];
}
