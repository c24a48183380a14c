import { Catalog, type CatalogEntryInput } from './catalogModel';
import { CodeKind, normalizeCode } from './codes';

// Importing an officer's 科目表. The rows come from the readers (a 科目表 sheet, an .xlsx or .csv
// file) and from the catalog store, which parses its file at the boundary; each row's code and
// name are checked here, as read.

/** One row of an imported list: its code and name cells as read (text, a number, or nothing). */
export interface CatalogImportRow {
  readonly code: unknown;
  readonly name: unknown;
}

export interface CatalogImportProblem {
  readonly row: number; // 1-based row in the imported list
  readonly message: string;
}

/**
 * Builds a catalog from an officer's (code, name) list, e.g. the official 科目表 pasted from
 * .xlsx or .csv. Bad rows are reported, never thrown; imported names override built-in ones.
 */
export function importCatalog(
  kind: CodeKind,
  edition: number,
  rows: ReadonlyArray<CatalogImportRow>,
  base?: Catalog,
  origin = '导入的官方科目表',
): { catalog: Catalog; problems: CatalogImportProblem[] } {
  const problems: CatalogImportProblem[] = [];
  const entries = new Map<string, CatalogEntryInput>(base ? base.entries().map((e) => [e.code, e]) : []);
  rows.forEach((row, i) => {
    const code = normalizeCode(row.code);
    const rawName = row.name;
    const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName).trim() : '';
    const maxLen = kind === 'functional' ? 7 : 5;
    if (code === null || code.length > maxLen) {
      problems.push({
        row: i + 1,
        message: `第 ${i + 1} 行：“${String((row.code as string | number | null | undefined) ?? '')}”不是有效的${kind === 'functional' ? '功能' : '经济'}分类编码`,
      });
      return;
    }
    if (!name) {
      problems.push({ row: i + 1, message: `第 ${i + 1} 行：编码 ${code} 缺少科目名称` });
      return;
    }
    const before = base?.get(code);
    entries.set(code, {
      code,
      name,
      source: { kind: 'imported', note: origin },
      variants: before?.name === name ? before.variants : [],
      formerNames: before?.formerNames ?? [],
    });
  });
  return { catalog: new Catalog(kind, edition, entries.values(), 'imported'), problems };
}
