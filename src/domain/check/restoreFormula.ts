import { cellAddress, parseCellAddress } from '../a1';
import type { ParsedAmount, ParsedClassifiedTable, ParsedColumn, ParsedRow } from '../read/parsedTables';
import { sumFormula } from '../plan/buildClassifiedSheet';
import { memoOn } from './memoOn';
import { childrenByParent, topRows } from './tables';

/** Which cells of a classified table should hold formulas, and the formula each should hold. */
export interface FormulaSlot {
  readonly row: ParsedRow;
  readonly columnKey: string;
  readonly cell: string;
  /** 'parent': 类/款 or 合计 row = SUM of children; 'identity': a line item's 合计 = its parts. */
  readonly kind: 'parent' | 'identity';
  readonly formula: string;
}

function identityFormula(row: number, cols: readonly number[]): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const [first] = sorted;
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) throw new Error(`row ${row}: a 合计 column must sum at least one column`);
  const contiguous = sorted.every((c, i) => c === first + i);
  if (contiguous) return sorted.length === 1 ? `=${cellAddress(row, first)}` : `=SUM(${cellAddress(row, first)}:${cellAddress(row, last)})`;
  return `=${sorted.map((c) => cellAddress(row, c)).join('+')}`;
}

/**
 * A slot whose formula text is built on demand, from what it keeps: the column and the children's
 * rows of a parent, or the part columns of a line item's 合计 (one class, no closure per slot).
 */
class LazySlot implements FormulaSlot {
  private text: string | undefined;
  constructor(
    readonly row: ParsedRow,
    readonly columnKey: string,
    readonly cell: string,
    readonly kind: FormulaSlot['kind'],
    /** 'parent': the column summed; 'identity': unused. */
    private readonly col: number,
    /** 'parent': the children's rows; 'identity': the part columns. */
    private readonly from: readonly number[],
  ) {}
  get formula(): string {
    this.text ??=
      this.kind === 'parent'
        ? sumFormula(
            this.col,
            [...this.from].sort((x, y) => x - y),
          )
        : identityFormula(this.row.row, this.from);
    return this.text;
  }
}

/**
 * Visits every cell of the table that should be a formula, in row order: each amount of a parent
 * row (a 类/款 with children, and the 合计 row) with its children's rows, and each line item's 合计
 * with the part columns. The one definition of the slots, for formulaSlots and for a rule that
 * only counts them (nothing is made per cell).
 */
export function eachFormulaCell(
  table: ParsedClassifiedTable,
  visit: (row: ParsedRow, column: ParsedColumn, amount: ParsedAmount, kind: FormulaSlot['kind'], from: readonly number[]) => void,
): void {
  const kids = childrenByParent(table);
  const parts = table.columns.filter((c) => c.key !== 'total');
  const partCols = parts.map((p) => p.col);
  const totalCol = table.columns.find((c) => c.key === 'total');
  const parent = (row: ParsedRow, childRows: readonly number[]) => {
    for (const col of table.columns) {
      const a = row.amounts[col.key];
      if (a) visit(row, col, a, 'parent', childRows);
    }
  };
  for (const row of table.rows) {
    const children = row.code ? kids.get(row.code) : undefined;
    if (children && children.length > 0)
      parent(
        row,
        children.map((c) => c.row),
      );
    else if (totalCol && parts.length > 0 && row.amounts.total) visit(row, totalCol, row.amounts.total, 'identity', partCols);
  }
  if (table.total && table.rows.length > 0)
    parent(
      table.total,
      topRows(table).map((r) => r.row),
    );
}

/** Every cell that should be a formula (formula text built on demand), once per table. */
export const formulaSlots = memoOn((table: ParsedClassifiedTable): readonly FormulaSlot[] => {
  const out: FormulaSlot[] = [];
  eachFormulaCell(table, (row, col, a, kind, from) =>
    out.push(new LazySlot(row, col.key, a.cell, kind, kind === 'parent' ? col.col : 0, from)),
  );
  return out;
});

/** Row number of an "E7"-style address. */
export function rowOf(cell: string): number {
  return parseCellAddress(cell).row;
}
