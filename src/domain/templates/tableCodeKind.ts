import type { CodeKind } from '../catalog/codes';
import type { TableId } from './types';

// Which classification a code table's codes belong to: the Shanghai 经济分类 table and the province
// editions' 经济科目 tables hold economic codes; every other code table functional ones.

const ECONOMIC_TABLES: ReadonlySet<TableId> = new Set<TableId>(['economic', 'fiscalEconomic', 'officeOperationEconomic']);

export function codeKindOfTable(id: TableId): CodeKind {
  return ECONOMIC_TABLES.has(id) ? 'economic' : 'functional';
}
