import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunRecord } from '../support/fakeExcel';
import { Browser, launchBrowser } from './support/browser';
import { PLANTED_SHEET, PLANTED_VALUE, writeDemoFiles } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { cellOf, routeOfficeJs, settledRuns, typeInExcel } from './support/fakeOffice';
import { showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// The real pane inside "Excel": the BUILT dist/taskpane.html (not standalone.html) in Chromium, with
// office.js replaced by the stand-in Office/Excel of test/support/fakeExcel.ts — changes take effect
// only at sync(), Excel on the web's limits included. Every action is counted in syncs, per Excel.run.

const ARTIFACTS = resolve(__dirname, '../artifacts/ui');
const SHOTS = resolve(__dirname, '../screenshots');
const VIEW = { width: 360, height: 900 };
const E9 = { row: 9, col: 5 };
const F11 = { row: 11, col: 6 };

let server: StaticServer;
let dir: string;
let files: { clean: string; planted: string };
let browser: Browser;
const syncLog: { action: string; runs: { syncs: number; write: boolean }[] }[] = [];

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-taskpane-'));
  files = await writeDemoFiles(dir);
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(SHOTS, { recursive: true });
  browser = await launchBrowser(VIEW);
});

afterAll(async () => {
  await writeFile(join(ARTIFACTS, 'taskpane-syncs.json'), JSON.stringify(syncLog, null, 2));
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `act`, waits until Excel is idle, and returns the syncs of each Excel.run it caused. */
async function counted(page: Page, action: string, act: () => Promise<void>): Promise<RunRecord[]> {
  const before = (await settledRuns(page)).length;
  await act();
  const runs = (await settledRuns(page)).slice(before);
  syncLog.push({ action, runs: runs.map((r) => ({ syncs: r.syncs, write: r.options?.['mergeUndoGroup'] === true })) });
  return runs;
}
const writes = (runs: RunRecord[]) => runs.filter((r) => r.options?.['mergeUndoGroup'] === true).map((r) => r.syncs);
const reads = (runs: RunRecord[]) => runs.filter((r) => r.options?.['mergeUndoGroup'] !== true).map((r) => r.syncs);

async function openPane(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  await routeOfficeJs(page);
  // Office opens the pane with _host_Info in the query, as Excel does.
  await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
  await page.getByRole('heading', { name: '部门预算助手' }).waitFor();
  return { page, errors, requests };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name), clip: { x: 0, y: 0, ...VIEW }, animations: 'disabled' });
}

test('in Excel: load templates, check + highlight + clear, fix + undo, compare a returned workbook, write 编制说明', async () => {
  const { page, errors, requests } = await openPane();
  // Inside Excel there is no standalone file bar: the pane works on the workbook open in Excel.
  expect(await page.getByRole('button', { name: '下载工作簿' }).count()).toBe(0);

  // 1. Templates: one writePlan, 2 syncs + one per sheet; the pane then re-reads the workbook (4 syncs).
  let runs = await counted(page, 'load templates', async () => {
    await page.getByRole('button', { name: '载入预算表样（示例数据）' }).click();
    await page.getByText(/已写入 \d+ 张工作表/).waitFor({ timeout: 60_000 });
  });
  const sheetCount = await page.evaluate(() => (window as unknown as { __wb: { sheets: unknown[] } }).__wb.sheets.length - 1);
  expect(sheetCount).toBeGreaterThanOrEqual(9);
  expect(writes(runs)).toEqual([2 + sheetCount]);
  expect(reads(runs).every((n) => n === 4 || n === 2)).toBe(true);
  expect((await cellOf(page, PLANTED_SHEET, E9.row, E9.col))?.formula).toBe('=SUM(E10,E22,E28,E30)');

  // The officer types a number over the 208 合计 formula, in Excel.
  await typeInExcel(page, PLANTED_SHEET, E9.row, E9.col, PLANTED_VALUE);

  // 2. Check: reads only (4 syncs a read), the typed-over total is found with a sure fix.
  runs = await counted(page, 'check', async () => {
    await showTab(page, '校验');
    await page.getByRole('button', { name: '开始校验' }).click();
    await page.locator('#panel-check').getByTestId('finding-counts').first().waitFor({ timeout: 60_000 });
  });
  expect(writes(runs)).toEqual([]);
  expect(reads(runs)).toContain(4);
  await page.getByRole('button', { name: '修复：恢复公式' }).first().waitFor();
  await shot(page, 'taskpane-check.png');

  // 3. Highlight (3 syncs) and clear (4 syncs): every format the pane added is gone, fills restored.
  runs = await counted(page, 'highlight', async () => {
    await page.getByRole('button', { name: '标注问题单元格' }).click();
    await page.getByRole('button', { name: '清除标注' }).waitFor();
  });
  expect(writes(runs)).toEqual([3]);
  const cfCount = () =>
    page.evaluate(() =>
      (window as unknown as { __wb: { sheets: { cfs: unknown[] }[] } }).__wb.sheets.reduce((n, s) => n + s.cfs.length, 0),
    );
  expect(await cfCount()).toBeGreaterThan(0);
  runs = await counted(page, 'clear highlights', async () => {
    await page.getByRole('button', { name: '清除标注' }).click();
    await page.getByRole('button', { name: '标注问题单元格' }).waitFor();
  });
  expect(writes(runs)).toEqual([4]);
  expect(await cfCount()).toBe(0);
  const names = await page.evaluate(() =>
    (window as unknown as { __wb: { sheets: { names: Map<string, unknown> }[] } }).__wb.sheets.reduce((n, s) => n + s.names.size, 0),
  );
  expect(names).toBe(0);

  // 4. Fix (1 sync, plus its highlight: 3) and undo (expect + write: 2 syncs, clearing the highlight: 4).
  runs = await counted(page, 'fix', async () => {
    await page.getByRole('button', { name: '修复：恢复公式' }).first().click();
    await page.getByText(/已修复：在“3 支出预算总表”E9 恢复公式/).waitFor({ timeout: 60_000 });
  });
  expect(writes(runs)).toEqual([1, 3]);
  expect((await cellOf(page, PLANTED_SHEET, E9.row, E9.col))?.formula).toBe('=SUM(E10,E22,E28,E30)');
  await shot(page, 'taskpane-fix.png');
  runs = await counted(page, 'undo', async () => {
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText(/已撤销：在“3 支出预算总表”E9 恢复公式/).waitFor({ timeout: 60_000 });
  });
  expect(writes(runs)).toEqual([4, 2]);
  expect((await cellOf(page, PLANTED_SHEET, E9.row, E9.col))?.value).toBe(PLANTED_VALUE);

  // The undo refuses once the officer has typed over what the fix wrote.
  await page.getByRole('button', { name: '修复：恢复公式' }).first().click();
  await page.getByText(/已修复：在“3 支出预算总表”E9 恢复公式/).waitFor({ timeout: 60_000 });
  await settledRuns(page);
  await typeInExcel(page, PLANTED_SHEET, E9.row, E9.col, 5);
  await page.getByRole('button', { name: '撤销' }).click();
  await page
    .getByText('“3 支出预算总表”E9 已不是修复写入的内容（修复写入 =SUM(E10,E22,E28,E30)，现在是 5），为免覆盖您之后的修改，未做任何撤销。')
    .waitFor();
  expect((await cellOf(page, PLANTED_SHEET, E9.row, E9.col))?.value).toBe(5);
  await typeInExcel(page, PLANTED_SHEET, E9.row, E9.col, '=SUM(E10,E22,E28,E30)');
  await settledRuns(page);

  // 5. Compare: the open workbook is the one the 财政局 returned, with one figure cut.
  await typeInExcel(page, PLANTED_SHEET, F11.row, F11.col, 582_000_000);
  await showTab(page, '结转与比对');
  const compare = page.locator('#panel-compare');
  await page.locator('#compare-submitted-input').setInputFiles(files.clean);
  await compare.getByText('报送稿：部门预算-2024-示例.xlsx').waitFor();
  runs = await counted(page, 'compare', async () => {
    await compare.getByRole('button', { name: '开始比对' }).click();
    await compare.getByText(/共 \d+ 处修改，涉及 \d+ 张表/).waitFor({ timeout: 60_000 });
  });
  expect(writes(runs)).toEqual([]);
  expect(reads(runs)).toContain(4);
  expect(await compare.innerText()).toContain('2080101 行政运行“基本支出”由 582,432,014 改为 582,000,000，差额 -432,014 元');
  await shot(page, 'taskpane-compare.png');
  runs = await counted(page, 'annotate changes', async () => {
    await compare.getByRole('button', { name: '标注修改并写入“修改对照”' }).click();
    await compare.getByText(/已标注 \d+ 个单元格/).waitFor({ timeout: 60_000 });
  });
  expect(writes(runs).length).toBeGreaterThanOrEqual(2);
  expect((await cellOf(page, PLANTED_SHEET, F11.row, F11.col))?.fill).not.toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __wb: { find(n: string): unknown } }).__wb.find('修改对照') !== undefined)).toBe(
    true,
  );

  // 6. 编制说明 written as a sheet: one writePlan of one sheet (3 syncs).
  await showTab(page, '编制说明');
  const narrative = page.locator('#panel-narrative');
  await narrative.getByRole('button', { name: '生成编制说明' }).click();
  await narrative
    .getByText(/2024年部门预算编制说明/)
    .first()
    .waitFor({ timeout: 60_000 });
  runs = await counted(page, 'write 编制说明', async () => {
    await narrative.getByRole('button', { name: '写入工作表' }).click();
    await narrative.getByText('已写入“编制说明”').waitFor({ timeout: 60_000 });
  });
  expect(writes(runs)).toEqual([3]);
  expect((await cellOf(page, '编制说明', 1, 1))?.value).toBe('2024年部门预算编制说明');
  await shot(page, 'taskpane-narrative.png');

  // 7. Roll forward opens the new year's workbook in Excel (Excel.createWorkbook, ExcelApi 1.8).
  await showTab(page, '结转与比对');
  await page.getByRole('button', { name: '生成下一年度工作簿' }).click();
  await page.getByText(/已在 Excel 中作为新工作簿打开/).waitFor({ timeout: 60_000 });
  const created = await page.evaluate(() => (window as unknown as { __wb: { created: string[] } }).__wb.created.map((b) => b.slice(0, 4)));
  expect(created).toEqual(['UEsD']); // base64 of "PK\x03\x04": an .xlsx

  // Nothing went anywhere but the add-in's own origin and the (stand-in) office.js.
  expect(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
