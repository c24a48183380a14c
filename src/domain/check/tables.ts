import { parentCode } from '../catalog/codes';
import type {
  ParsedClassifiedTable,
  ParsedColumn,
  ParsedRow,
  ParsedSangongTable,
  ParsedSummaryTable,
  ParsedWorkbook,
} from '../read/parsedTables';
import type { TableId } from '../templates/types';
import { memoOn } from './memoOn';

// Small read-only views over parsed tables shared by the rules.

export function classifiedTables(wb: ParsedWorkbook): ParsedClassifiedTable[] {
  return wb.tables.filter((t): t is ParsedClassifiedTable => t.kind === 'classified');
}

export function classified(wb: ParsedWorkbook, id: TableId): ParsedClassifiedTable | undefined {
  return classifiedTables(wb).find((t) => t.tableId === id);
}

export function summary(wb: ParsedWorkbook, id: 'financeSummary' | 'fiscalSummary'): ParsedSummaryTable | undefined {
  const t = wb.tables.find((x) => x.tableId === id);
  return t?.kind === 'summary' ? t : undefined;
}

export function sangong(wb: ParsedWorkbook): ParsedSangongTable | undefined {
  const t = wb.tables.find((x) => x.tableId === 'sangong');
  return t?.kind === 'sangong' ? t : undefined;
}

// Parsed tables are immutable, so the views below are computed once per table (memoOn).

/** Rows by parent code, in sheet order. */
export const childrenByParent = memoOn((table: ParsedClassifiedTable): ReadonlyMap<string, readonly ParsedRow[]> => {
  const map = new Map<string, ParsedRow[]>();
  for (const r of table.rows) {
    const p = r.code ? parentCode(r.code) : null;
    if (p === null) continue;
    const list = map.get(p);
    if (list) list.push(r);
    else map.set(p, [r]);
  }
  return map;
});

/**
 * Rows none of whose ancestors is in the table: the 类 rows of a well-formed table (a 款 whose 类
 * row is missing stands in for it; a 项 whose 款 is missing but whose 类 is present does not).
 */
export const topRows = memoOn((table: ParsedClassifiedTable): readonly ParsedRow[] => {
  const codes = new Set(table.rows.map((r) => r.code));
  return table.rows.filter((r) => {
    for (let p = r.code ? parentCode(r.code) : null; p !== null; p = parentCode(p)) if (codes.has(p)) return false;
    return true;
  });
});

/** First row for each code (duplicates are the code-duplicate rule's business). */
export const rowsByCode = memoOn((table: ParsedClassifiedTable): ReadonlyMap<string, ParsedRow> => {
  const map = new Map<string, ParsedRow>();
  for (const r of table.rows) if (r.code && !map.has(r.code)) map.set(r.code, r);
  return map;
});

/** The table's codes, each once, in code-unit order (as sort() gives); nearly always its row order. */
export const codesInOrder = memoOn((table: ParsedClassifiedTable): readonly string[] => {
  const codes = [...rowsByCode(table).keys()];
  for (let i = 1; i < codes.length; i++) {
    const a = codes[i - 1];
    const b = codes[i];
    if (a !== undefined && b !== undefined && a > b) return codes.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
  return codes;
});

export function column(table: ParsedClassifiedTable, key: string): ParsedColumn | undefined {
  return table.columns.find((c) => c.key === key);
}

/** "“3 支出预算总表”208 社会保障和就业支出【项目支出】" */
export function rowSubject(table: { sheet: string }, row: ParsedRow, columnLabel?: string): string {
  const what = row.role === 'total' ? row.name || '合计' : `${row.code ?? ''} ${row.name}`.trim();
  return `“${table.sheet}”${what}${columnLabel ? `【${columnLabel}】` : ''}`;
}

export const LEVEL_ZH: Readonly<Record<number, string>> = { 3: '类', 5: '款', 7: '项' };
