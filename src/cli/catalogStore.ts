import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { importCatalogRows, type CatalogImport } from '../domain/catalog/catalogSheet';

// Official catalogs imported with `budget catalog import`, one JSON file per year in
// $BUDGET_CATALOG_DIR, else ~/.budget/科目表/. The CLI's check, show, diff and rollover use the year's file.

export function catalogDir(): string {
  return process.env.BUDGET_CATALOG_DIR ?? join(homedir(), '.budget', '科目表');
}

export function catalogFile(year: number): string {
  return join(catalogDir(), `${year}.json`);
}

const StoredSchema = z.object({
  year: z.number().int(),
  origin: z.string(),
  rows: z.array(z.object({ kind: z.enum(['functional', 'economic']), code: z.string(), name: z.string() })),
});
export type StoredCatalog = z.infer<typeof StoredSchema>;

export async function saveCatalog(stored: StoredCatalog): Promise<string> {
  await mkdir(catalogDir(), { recursive: true });
  const file = catalogFile(stored.year);
  await writeFile(file, `${JSON.stringify(stored, null, 1)}\n`);
  return file;
}

/** The stored catalog for `year`, over the built-in edition; undefined when none was imported. */
export function loadStoredCatalogs(year: number): (CatalogImport & { readonly origin: string }) | undefined {
  const file = catalogFile(year);
  if (!existsSync(file)) return undefined;
  const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`导入的科目表文件已损坏：${file}（请重新运行 budget catalog import）`);
  return { ...importCatalogRows(year, parsed.data.rows, parsed.data.origin), origin: parsed.data.origin };
}
