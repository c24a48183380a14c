import { rangeAddress } from '../a1';
import type { SheetPlan } from '../plan/sheetPlan';
import { HEADER_STYLE, TEXT_FORMAT, TITLE_STYLE } from '../plan/styles';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { builtInCatalogs, Catalog, CatalogSet, editionForYear } from './catalog';
import { type CatalogImportProblem, importCatalog } from './importCatalog';
import type { CodeKind } from './codes';

// An officer-imported official catalog travels inside the workbook as a sheet, so every later
// build, check and roll-forward of that workbook uses it.

export const CATALOG_SHEET = '科目表';
const KIND_LABEL: Record<CodeKind, string> = { functional: '支出功能分类', economic: '部门预算支出经济分类' };

export function buildCatalogSheet(catalogs: CatalogSet, year: number): SheetPlan {
  const rows: CellValue[][] = [
    [`${year}年政府收支分类科目（导入）`, null, null],
    ['分类', '科目编码', '科目名称'],
  ];
  for (const cat of [catalogs.functional, catalogs.economic]) {
    for (const e of cat.entries()) rows.push([KIND_LABEL[cat.kind], e.code, e.name]);
  }
  return {
    name: CATALOG_SHEET,
    cells: rows,
    styles: [
      { range: 'A1:C1', style: TITLE_STYLE },
      { range: 'A2:C2', style: HEADER_STYLE },
      { range: rangeAddress(3, 2, Math.max(3, rows.length), 2), style: { numberFormat: TEXT_FORMAT } },
    ],
    merges: ['A1:C1'],
    columnWidths: [24, 14, 48],
    freeze: { rows: 2, columns: 0 },
    conditionalFormats: [],
  };
}

/**
 * Rows (code, name) from any sheet with a header holding 编码/代码 and 名称 — the official
 * catalog pasted or opened from .xlsx. A 分类 column, when present, tells functional from economic;
 * otherwise 30x/31x/399 codes are economic.
 */
export function catalogRowsFromSheet(snap: SheetSnapshot): {
  rows: Array<{ kind: CodeKind; code: unknown; name: unknown; cell: string }>;
  headerFound: boolean;
} {
  let codeCol = -1;
  let nameCol = -1;
  let kindCol = -1;
  let headerRow = -1;
  for (let r = 0; r < Math.min(snap.values.length, 10) && headerRow < 0; r++) {
    const row = snap.values[r] ?? [];
    const find = (re: RegExp) => row.findIndex((v) => typeof v === 'string' && re.test(v.replace(/\s/g, '')));
    const c = find(/编码|代码|^code$/i);
    const n = find(/名称|^name$/i);
    if (c >= 0 && n >= 0) {
      codeCol = c;
      nameCol = n;
      kindCol = find(/^分类$|类别|^kind$/i);
      headerRow = r;
    }
  }
  if (headerRow < 0) return { rows: [], headerFound: false };
  const rows: Array<{ kind: CodeKind; code: unknown; name: unknown; cell: string }> = [];
  for (let r = headerRow + 1; r < snap.values.length; r++) {
    const row = snap.values[r] ?? [];
    const code = row[codeCol];
    const name = row[nameCol];
    if ((code === null || code === undefined || code === '') && (name === null || name === undefined || name === '')) continue;
    const kindText = kindCol >= 0 ? String(row[kindCol] ?? '') : '';
    const codeText = String(code ?? '').trim();
    const kind: CodeKind =
      /经济/.test(kindText) || (!/功能/.test(kindText) && /^(30\d|31\d|399)/.test(codeText)) ? 'economic' : 'functional';
    rows.push({ kind, code, name, cell: `${String.fromCharCode(65 + codeCol)}${r + 1}` });
  }
  return { rows, headerFound: true };
}

export interface CatalogImport {
  readonly catalogs: CatalogSet;
  readonly problems: ReadonlyArray<CatalogImportProblem & { readonly cell?: string }>;
}

/** Builds a year's catalogs from imported rows, on top of the built-in edition for that year. */
export function importCatalogRows(
  year: number,
  rows: ReadonlyArray<{ kind: CodeKind; code: unknown; name: unknown; cell?: string }>,
  origin = `工作簿“${CATALOG_SHEET}”工作表`,
): CatalogImport {
  const base = builtInCatalogs(editionForYear(year));
  const edition = year;
  const part = (kind: CodeKind, baseCat: Catalog) => {
    const mine = rows.filter((r) => r.kind === kind);
    if (mine.length === 0) return { catalog: baseCat, problems: [] as CatalogImportProblem[], cells: [] as (string | undefined)[] };
    const { catalog, problems } = importCatalog(
      kind,
      edition,
      mine.map((r) => ({ code: r.code, name: r.name })),
      baseCat,
      origin,
    );
    return { catalog, problems, cells: mine.map((r) => r.cell) };
  };
  const f = part('functional', base.functional);
  const e = part('economic', base.economic);
  const withCells = (p: { problems: CatalogImportProblem[]; cells: (string | undefined)[] }) =>
    p.problems.map((x) => {
      const cell = p.cells[x.row - 1];
      return cell ? { ...x, cell } : x;
    });
  return { catalogs: { functional: f.catalog, economic: e.catalog }, problems: [...withCells(f), ...withCells(e)] };
}

/** The catalogs a workbook should be read with: its own 科目表 sheet if it has one. */
export function catalogsForWorkbook(snaps: readonly SheetSnapshot[], year: number): CatalogImport {
  const sheet = snaps.find((s) => s.name === CATALOG_SHEET);
  if (!sheet) return { catalogs: builtInCatalogs(editionForYear(year)), problems: [] };
  return importCatalogRows(year, catalogRowsFromSheet(sheet).rows);
}
