import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .xlsx under `dir`, depth first; none when it does not exist. */
export function xlsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? xlsxFiles(p) : /\.xlsx$/i.test(n) ? [p] : [];
  });
}

/** The real workbooks the reader tests run on: the publication templates and the transcribed corpus. */
export const REAL_XLSX_FILES: readonly string[] = [...xlsxFiles('test/fixtures/speed'), ...xlsxFiles('test/fixtures/corpus')];
