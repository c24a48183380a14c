import { join } from 'node:path';
import type { SheetSnapshot } from '../../../src/domain/port/workbookPort';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsxWorkbook';
import { withCell } from '../../check/support/snapshots';

// The Shanghai corpus workbooks (test/fixtures/corpus/shanghai, made by transcribe.ts from the
// published texts beside them), read once per test file.

export const CORPUS_DIR = join(__dirname, '../../fixtures/corpus/shanghai');

export const WANLI_2024 = '2024_普陀区万里街道办事处_部门预算';
export const WANLI_2025 = '2025_普陀区万里街道办事处_部门预算';
export const PUTUO_OFFICE_DEPT = '2025_普陀区人民政府办公室_部门预算';
export const PUTUO_OFFICE_UNIT = '2025_普陀区人民政府办公室_单位预算';
export const FINANCE_BUREAU = '2025_上海市财政局_单位预算';

const cache = new Map<string, Promise<SheetSnapshot[]>>();

export function corpusSnapshots(name: string): Promise<SheetSnapshot[]> {
  let p = cache.get(name);
  if (!p) {
    p = XlsxWorkbook.fromFile(join(CORPUS_DIR, `${name}.xlsx`)).then((b) => b.readSheets());
    cache.set(name, p);
  }
  return p;
}

/** A copy of the snapshots with one cell changed (a planted fault). */
export function corpusWith(name: string, sheet: string, cell: string, value: string | number | null): () => Promise<SheetSnapshot[]> {
  return async () => withCell(await corpusSnapshots(name), sheet, cell, value);
}

export const ALL_CORPUS: readonly string[] = [WANLI_2024, WANLI_2025, PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT, FINANCE_BUREAU];
