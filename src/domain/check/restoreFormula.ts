import { cellAddress, parseCellAddress } from '../a1';
import type { ParsedClassifiedTable, ParsedRow } from '../read/parsedTables';
import { sumFormula } from '../plan/buildClassifiedSheet';
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

/** A slot whose formula text is built on demand (one class: no getter defined per object). */
class LazySlot implements FormulaSlot {
  constructor(
    readonly row: ParsedRow,
    readonly columnKey: string,
    readonly cell: string,
    readonly kind: FormulaSlot['kind'],
    private lazyFormula: (() => string) | string,
  ) {}
  get formula(): string {
    if (typeof this.lazyFormula === 'function') this.lazyFormula = this.lazyFormula();
    return this.lazyFormula;
  }
}

function slot(row: ParsedRow, columnKey: string, cell: string, kind: FormulaSlot['kind'], formula: () => string): FormulaSlot {
  return new LazySlot(row, columnKey, cell, kind, formula);
}

const cache = new WeakMap<ParsedClassifiedTable, readonly FormulaSlot[]>();

/** Every cell that should be a formula (formula text built on demand), once per table. */
export function formulaSlots(table: ParsedClassifiedTable): readonly FormulaSlot[] {
  const known = cache.get(table);
  if (known) return known;
  const kids = childrenByParent(table);
  const out: FormulaSlot[] = [];
  const add = (row: ParsedRow, childRows: readonly number[]) => {
    for (const col of table.columns) {
      const a = row.amounts[col.key];
      if (!a) continue;
      out.push(
        slot(row, col.key, a.cell, 'parent', () =>
          sumFormula(
            col.col,
            [...childRows].sort((x, y) => x - y),
          ),
        ),
      );
    }
  };
  const parts = table.columns.filter((c) => c.key !== 'total');
  const totalCol = table.columns.find((c) => c.key === 'total');
  for (const row of table.rows) {
    const children = row.code ? kids.get(row.code) : undefined;
    if (children && children.length > 0)
      add(
        row,
        children.map((c) => c.row),
      );
    else if (totalCol && parts.length > 0 && row.amounts.total) {
      out.push(
        slot(row, 'total', row.amounts.total.cell, 'identity', () =>
          identityFormula(
            row.row,
            parts.map((p) => p.col),
          ),
        ),
      );
    }
  }
  if (table.total && table.rows.length > 0) {
    const total = table.total;
    add(
      total,
      topRows(table).map((r) => r.row),
    );
  }
  cache.set(table, out);
  return out;
}

/** Row number of an "E7"-style address. */
export function rowOf(cell: string): number {
  return parseCellAddress(cell).row;
}
