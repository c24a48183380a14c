import { cellAddress, sheetRef } from '../../a1';
import type { FigureRef } from '../../templates/formTypes';
import type { PlanCell } from '../sheetPlan';

// Sheets of a province edition refer to each other (收支总表 → 收入总表 → 功能科目表 …). Each builder
// records where its figures are; formulas are cells computed once every sheet is laid out.

export type LazyCell = PlanCell | (() => PlanCell);

export interface FigurePlace {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export class ProvincePlanContext {
  private readonly fields = new Map<string, FigurePlace>();
  private readonly totals = new Map<string, FigurePlace>();
  private readonly codes = new Map<string, FigurePlace>();
  /** Printed amount by code table and code, for deciding whether a figure is derivable. */
  private readonly codeAmounts = new Map<string, number | null>();

  /** 'template': sums are formulas; 'published': every figure is the printed number. */
  constructor(readonly mode: 'template' | 'published') {}

  setField(table: string, field: string, place: FigurePlace): void {
    this.fields.set(`${table}|${field}`, place);
  }

  setTotal(table: string, place: FigurePlace): void {
    this.totals.set(table, place);
  }

  setCode(table: string, code: string, place: FigurePlace, amount: number | null): void {
    this.codes.set(`${table}|${code}`, place);
    this.codeAmounts.set(`${table}|${code}`, amount);
  }

  codeAmount(table: string, code: string): number | null | undefined {
    return this.codeAmounts.get(`${table}|${code}`);
  }

  placeOf(ref: FigureRef, ownTable: string): FigurePlace | undefined {
    if ('field' in ref) return this.fields.get(`${ref.table ?? ownTable}|${ref.field}`);
    if ('code' in ref) return this.codes.get(`${ref.table}|${ref.code}`);
    return this.totals.get(ref.table);
  }

  /** The address of a figure as seen from `fromSheet` (sheet-qualified when elsewhere). */
  address(place: FigurePlace, fromSheet: string): string {
    const a = cellAddress(place.row, place.col);
    return place.sheet === fromSheet ? a : sheetRef(place.sheet, a);
  }

  /** "=A5+B5+'公开03表 支出预算总表'!B4"; "=0" when none of the figures is laid out. */
  sumFormula(refs: readonly FigureRef[], ownTable: string, fromSheet: string): string {
    const parts = refs.map((r) => this.placeOf(r, ownTable)).filter((p): p is FigurePlace => p !== undefined);
    return parts.length === 0 ? '=0' : `=${parts.map((p) => this.address(p, fromSheet)).join('+')}`;
  }
}

export function resolveCells(grid: ReadonlyArray<readonly LazyCell[]>): PlanCell[][] {
  return grid.map((row) => row.map((c) => (typeof c === 'function' ? c() : c)));
}
