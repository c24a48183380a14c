import type { Catalog } from '../catalog/catalog';
import type { ParsedClassifiedTable } from '../read/parsedTables';
import { codeKindOfTable } from '../templates/tableCodeKind';
import type { CheckContext } from './checkContext';

// Shared by the code-* rules (each rule has its own file).

export function catalogFor(table: ParsedClassifiedTable, ctx: CheckContext): Catalog {
  return codeKindOfTable(table.tableId) === 'economic' ? ctx.catalogs.economic : ctx.catalogs.functional;
}

export function kindZh(table: ParsedClassifiedTable): string {
  return codeKindOfTable(table.tableId) === 'economic' ? '部门预算支出经济分类' : '支出功能分类';
}
