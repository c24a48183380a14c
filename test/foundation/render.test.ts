import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { renderPages } from '../support/libreOffice';

// Renders the demo workbook to PDF and PNG pages (test/artifacts/render, looked at by a person;
// selected pages are kept under test/screenshots). The print setup must put each table on
// landscape A4 pages, one table never sharing a page with another.

test('the demo workbook prints as landscape A4 pages, one table per page set', async () => {
  const dir = join('test', 'artifacts', 'render');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // The nine tables alone (the demo adds 校验, 上年数 and project sheets on top).
  const { plan } = buildBudgetWorkbook(budgetDataFromPublished(JSON.parse(readFileSync('seeds/sh-hrss-2024.json', 'utf8'))));
  const workbook = new XlsxWorkbook();
  await workbook.writePlan(plan, 'fail');
  const file = join(dir, 'demo.xlsx');
  await writeFile(file, await workbook.toBuffer());
  const pages = await renderPages(file, dir, 60);
  // Nine tables; the three long 类/款/项 tables run to two pages each, 经济分类 to two.
  expect(pages.length).toBeGreaterThanOrEqual(9);
  expect(pages.length).toBeLessThanOrEqual(16);
  for (const p of pages) {
    expect(existsSync(p)).toBe(true);
    expect(statSync(p).size).toBeGreaterThan(5_000);
  }
}, 180_000);
