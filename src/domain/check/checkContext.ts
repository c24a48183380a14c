import { builtInCatalogs, BUILT_IN_EDITIONS, CatalogSet, catalogsForYear } from '../catalog/catalog';
import type { ParsedWorkbook } from '../read/parsedTables';

/** What the rules need beyond the workbook: the catalogs to check codes against and the rounding tolerance. */
export interface CheckContext {
  readonly catalogs: CatalogSet;
  /** Budget year the workbook is for (from the table titles), when known. */
  readonly year: number | null;
  /**
   * 分 of difference per aggregated child that is a rounding difference (尾差, a 提示) rather than
   * an error, in tables printed in 元. Default 100 (1 元 per child).
   */
  readonly roundingFenPerChild: number;
  /** The same for tables printed in 万元 to two decimals: default 10,000 分 (0.01 万元 per child). */
  readonly roundingFenPerChildWan: number;
}

export const DEFAULT_ROUNDING_FEN_PER_CHILD = 100;
export const DEFAULT_ROUNDING_FEN_PER_CHILD_WAN = 10_000;

/** A context for a parsed workbook: the built-in catalogs of its year unless given. */
export function checkContext(wb: ParsedWorkbook, overrides: Partial<CheckContext> = {}): CheckContext {
  const year = overrides.year !== undefined ? overrides.year : wb.year;
  const newest = Math.max(...BUILT_IN_EDITIONS);
  const ctx: CheckContext = {
    catalogs: overrides.catalogs ?? (year !== null ? catalogsForYear(year) : builtInCatalogs(newest)),
    year,
    roundingFenPerChild: overrides.roundingFenPerChild ?? DEFAULT_ROUNDING_FEN_PER_CHILD,
    roundingFenPerChildWan: overrides.roundingFenPerChildWan ?? DEFAULT_ROUNDING_FEN_PER_CHILD_WAN,
  };
  for (const k of ['roundingFenPerChild', 'roundingFenPerChildWan'] as const) {
    if (!Number.isInteger(ctx[k]) || ctx[k] < 0) throw new RangeError(`checkContext: ${k} 应为非负整数（分）: ${ctx[k]}`);
  }
  return ctx;
}

/** Rounding tolerance in 分 for a figure aggregated from `children` figures of a table in `unit`. */
export function roundingTolerance(ctx: CheckContext, unit: '元' | '万元', children: number): number {
  return children * (unit === '万元' ? Math.max(ctx.roundingFenPerChildWan, ctx.roundingFenPerChild) : ctx.roundingFenPerChild);
}
