import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { publishedSnapshots } from '../check/support/publishedWorkbook';
import { Browser, launchBrowser } from './support/browser';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, runChecks } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// A legacy .xls (BIFF8, as older 财政 systems export) opened in the standalone page: the reader is
// loaded from the page's own files only when needed, and the page checks it like an .xlsx.

let server: StaticServer;
let dir: string;
let browser: Browser;
let xls: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-xls-'));
  const book = XLSX.utils.book_new();
  for (const s of await publishedSnapshots()) {
    const ws = XLSX.utils.aoa_to_sheet(s.values.map((r) => [...r]));
    ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, ws, s.name);
  }
  // 2080102 项目支出 100 元 more than printed: its row and its 款 no longer add up.
  XLSX.utils.sheet_add_aoa(book.Sheets['3 支出预算总表']!, [[116635301]], { origin: 'G12' });
  xls = join(dir, '旧系统导出.xls');
  await writeFile(xls, new Uint8Array(XLSX.write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer));
  browser = await launchBrowser({ width: 360, height: 900 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the page opens an .xls and finds the planted error at its cell, requesting nothing from elsewhere', async () => {
  const { page, errors, requests } = await openPage(browser, server.origin);
  await openWorkbook(page, xls);
  await page.getByText('当前：旧系统导出.xls').waitFor();
  await runChecks(page);
  const counts = page.locator('#panel-check').getByTestId('finding-counts').first();
  // One headline (the changed 项 at G12) with its two consequences folded under it.
  expect(await counts.innerText()).toContain('错误 1（共 3）');
  const finding = page.locator('button[aria-pressed]', {
    hasText: '2080102 一般行政管理事务【合计】为 116,635,201 元，基本支出+项目支出为 116,635,301 元',
  });
  await finding.first().waitFor();
  expect(await finding.first().innerText()).toContain('单元格 E12');
  expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
