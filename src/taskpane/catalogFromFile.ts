import { catalogRowsFromSheet, importCatalogRows, type CatalogImport } from '../domain/catalog/catalogSheet';
import type { CodeKind } from '../domain/catalog/codes';
import type { SheetSnapshot, WorkbookFiles } from '../domain/port/workbookPort';
import { csvSnapshot } from './csvGrid';
import { openPickedFile } from './openPickedFile';

// An official 科目表 file (.xlsx or .csv) → catalog rows. Every sheet with a 编码/名称 header is
// read (functional and economic codes often come on separate sheets); cells are named
// "Sheet!B5" so problems point at the file's own cells.

export interface CatalogFile {
  readonly file: string;
  readonly rows: ReadonlyArray<{ kind: CodeKind; code: unknown; name: unknown; cell: string }>;
  /** Sheets a header was found on. */
  readonly sheets: readonly string[];
}

export async function readCatalogFile(files: WorkbookFiles, file: File): Promise<CatalogFile> {
  let snaps: SheetSnapshot[];
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Official lists are UTF-8 or, exported from older Excel, GB18030.
    let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) text = new TextDecoder('gb18030').decode(bytes);
    snaps = [csvSnapshot(file.name, text)];
  } else {
    const book = await openPickedFile(files, file);
    snaps = await book.readSheets();
  }
  const rows: Array<{ kind: CodeKind; code: unknown; name: unknown; cell: string }> = [];
  const sheets: string[] = [];
  for (const s of snaps) {
    const found = catalogRowsFromSheet(s);
    if (!found.headerFound) continue;
    sheets.push(s.name);
    for (const r of found.rows) rows.push({ ...r, cell: snaps.length > 1 || s.name !== file.name ? `${s.name}!${r.cell}` : r.cell });
  }
  if (sheets.length === 0) {
    throw new Error(`“${file.name}”中找不到科目表：前 10 行内应有含“编码”（或“代码”）和“名称”的表头行`);
  }
  return { file: file.name, rows, sheets };
}

export function importCatalogFile(year: number, file: CatalogFile): CatalogImport {
  return importCatalogRows(year, file.rows);
}
