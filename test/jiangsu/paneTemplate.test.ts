import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { boundedScreenshot, Browser, launchBrowser } from '../ui/support/browser';
import { assertBuilt, DIST } from '../ui/support/dist';
import { openPage, showTab } from '../ui/support/pane';
import { serveDirectory, StaticServer } from '../ui/support/staticServer';

// The 江苏 2019 edition from the pane's 表样 tab (standalone page): the blank form and the sample.

let server: StaticServer;
let dir: string;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-js-'));
  browser = await launchBrowser({ width: 360, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function downloadWorkbook(page: Page, name: string): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
  const saved = join(dir, name);
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(saved));
  return wb;
}

test('the blank template form writes the 12 江苏 tables for the listed codes, sums as formulas', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '表样');
  await page.getByRole('combobox', { name: '表样版本' }).selectOption('jiangsu-2019');
  expect(await page.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2019');
  await page.getByRole('textbox', { name: '编制部门' }).fill('江苏省某某厅');
  await page.getByRole('textbox', { name: /支出功能分类科目/ }).fill('2010101, 2080505');
  await page.getByRole('textbox', { name: /部门预算支出经济分类科目/ }).fill('30101 30201');
  await page.getByRole('button', { name: '生成空白表样' }).click();
  await page.getByText('已写入 12 张空白预算表，请在明细行填列金额').waitFor();
  await page.getByText('识别到 12 张预算表').waitFor();
  await boundedScreenshot(page, join('test', 'artifacts', 'ui', 'ui-pane-jiangsu-blank.png'));
  const wb = await downloadWorkbook(page, 'jiangsu-blank.xlsx');
  const fiscal = wb.getWorksheet('公开05表 财政拨款支出(功能)')!;
  expect(fiscal.getCell('A1').value).toBe('财政拨款支出预算表（功能科目）');
  expect(fiscal.getCell('A2').value).toBe('部门：江苏省某某厅');
  expect(fiscal.getCell('C3').value).toBe('金额');
  expect(fiscal.getCell('C4').value).toEqual({ formula: 'SUM(C5,C8)' });
  expect(fiscal.getCell('A7').value).toBe('2010101');
  expect(fiscal.getCell('C7').value).toEqual({ formula: "'公开07表 一般公共预算支出(功能)'!C7" });
  expect(wb.getWorksheet('公开04表 财政拨款收支预算总表')!.getCell('D6').value).toEqual({
    formula: "'公开06表 财政拨款基本支出(经济)'!C4",
  });
  expect(errors).toEqual([]);
  await page.close();
});

test('the 江苏 sample (省政协办公厅 2019) is laid out from the 表样 tab', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '表样');
  await page.getByRole('button', { name: '载入江苏 2019 公开表（示例：省政协办公厅）' }).click();
  await page.getByText('已写入 12 张工作表').waitFor();
  const wb = await downloadWorkbook(page, 'jiangsu-sample.xlsx');
  const sangong = wb.getWorksheet('公开09表 三公经费会议费培训费')!;
  expect(sangong.getCell('A6').value).toEqual({ formula: 'B6+H6+I6' });
  expect(sangong.getCell('H6').value).toBe(1282.56);
  expect(errors).toEqual([]);
  await page.close();
});
