import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { boundedScreenshot, Browser, launchBrowser } from './support/browser';
import { writeDemoFiles } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// 表样 (the sample tables, an imported 科目表) and 编制说明 (copy, sheet, Word, 上年数 / 说明素材)
// in the standalone page, checked in what the page hands back: the clipboard and the downloads.

let server: StaticServer;
let dir: string;
let browser: Browser;
let files: { clean: string; planted: string };

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-tn-'));
  files = await writeDemoFiles(dir);
  browser = await launchBrowser({ width: 360, height: 900 });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
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

test('lays out the sample tables in an empty workbook and imports an official 科目表 from CSV', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '表样');
  await page.getByRole('button', { name: '载入预算表样（示例数据）' }).click();
  await page.getByText('已写入 9 张工作表').waitFor();
  expect(await page.locator('header').innerText()).toContain('2024 年');

  const csv = join(dir, '2024年政府收支分类科目.csv');
  await writeFile(csv, '\uFEFF分类,科目编码,科目名称\n支出功能分类,2089950,就业补助试点支出\n支出功能分类,20899AB,坏编码\n');
  await page.locator('#catalog-file-input').setInputFiles(csv);
  await page.getByText('读到功能分类 2 行、经济分类 0 行').waitFor();
  expect(await page.getByText('以下 1 行未导入').count()).toBe(1);
  expect(await page.getByRole('textbox', { name: '适用年度' }).inputValue()).toBe('2024');
  await page.getByRole('button', { name: '写入“科目表”工作表' }).click();
  await page.getByText('科目表已写入工作簿').waitFor();

  const wb = await downloadWorkbook(page, 'templates.xlsx');
  expect(wb.getWorksheet('2 收入预算总表')).toBeDefined();
  const catalog = wb.getWorksheet('科目表')!;
  const rows: string[] = [];
  catalog.eachRow((row) => rows.push(`${row.getCell(2).text} ${row.getCell(3).text}`));
  expect(rows).toContain('2089950 就业补助试点支出');
  expect(rows.some((r) => r.startsWith('20899AB'))).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test('编制说明: copied as text, written to a sheet, exported to Word; 上年数 and 说明素材 laid out', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, files.clean);
  await showTab(page, '编制说明');
  const panel = page.locator('#panel-narrative');
  await panel.getByRole('button', { name: '生成编制说明' }).click();
  await panel.getByTestId('narrative-text').waitFor();
  // Without a 说明素材 sheet the pane says what is missing.
  expect(await panel.innerText()).toContain('工作簿中没有“说明素材”工作表');

  await panel.getByRole('button', { name: '复制' }).click();
  await panel.getByText('已复制到剪贴板').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[0]).toBe('2024年部门预算编制说明');
  expect(copied).toContain('收入预算253,566万元');

  const [docx] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出 Word' }).click()]);
  expect(docx.suggestedFilename()).toBe('2024上海市人力资源和社会保障局部门预算编制说明.docx');
  const docxPath = join(dir, 'narrative.docx');
  await docx.saveAs(docxPath);
  const xml = await (await JSZip.loadAsync(await readFile(docxPath))).file('word/document.xml')!.async('string');
  expect(xml).toContain('收入预算253,566万元');

  await panel.getByRole('button', { name: '写入工作表' }).click();
  await panel.getByText('已写入“编制说明”').waitFor();
  await panel.getByRole('button', { name: '布置“说明素材”工作表' }).click();
  await panel.getByText('已布置“说明素材”').waitFor();
  await panel.getByRole('button', { name: '布置“上年数”工作表' }).click();
  await panel.getByText('已布置“上年数”').waitFor();
  // With the sheet in place, the text no longer asks for it.
  expect(await panel.innerText()).not.toContain('工作簿中没有“说明素材”工作表');

  const wb = await downloadWorkbook(page, 'narrative.xlsx');
  expect(wb.getWorksheet('编制说明')!.getCell('A1').text).toBe('2024年部门预算编制说明');
  expect(wb.getWorksheet('说明素材')!.getCell('A1').text).toBe('2024年编制说明素材');
  expect(wb.getWorksheet('上年数')!.getCell('A1').text).toBe('2023年预算数（编制说明比较用）');
  expect(errors).toEqual([]);
  await page.close();
});

test('a blank template for the officer’s own department: rows for the listed codes, formulas above them', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '表样');
  await page.getByRole('spinbutton', { name: '年度' }).fill('2025');
  await page.getByRole('textbox', { name: '编制部门' }).fill('某某区人力资源和社会保障局');
  await page.getByRole('textbox', { name: /支出功能分类科目/ }).fill('2080101\n2080199，2101101\n20801');
  await page.getByRole('textbox', { name: /部门预算支出经济分类科目/ }).fill('30101 30201');
  await page.getByRole('button', { name: '生成空白表样' }).click();
  await page.getByText('已写入 9 张空白预算表，请在明细行填列金额').waitFor();
  await page.getByText('“20801”不是功能分类“项”编码（应为 7 位数字）').waitFor();
  await boundedScreenshot(page, join('test', 'artifacts', 'ui', 'ui-pane-blank-template.png'));
  const wb = await downloadWorkbook(page, 'blank.xlsx');
  const exp = wb.getWorksheet('3 支出预算总表')!;
  expect(exp.getCell('A1').value).toBe('2025年部门支出预算总表');
  expect(exp.getCell('A2').value).toBe('编制部门：某某区人力资源和社会保障局');
  const codes: string[] = [];
  exp.eachRow((row, r) => {
    // Merged cells (the 合计 label spans A:D) read once, from their master cell.
    const own = [1, 2, 3].map((c) => row.getCell(c)).filter((cell) => cell.master === cell);
    if (r > 5)
      codes.push(
        own
          .filter((cell) => cell.value !== null)
          .map((cell) => cell.text)
          .join(' '),
      );
  });
  expect(codes).toEqual(['208', '208 01', '208 01 01', '208 01 99', '210', '210 11', '210 11 01', '合计']);
  expect(exp.getCell('E6').value).toEqual({ formula: 'SUM(E7)' });
  expect(wb.getWorksheet('8 基本支出经济分类预算表')!.getCell('C6').value).toBe('工资福利支出');
  expect(errors).toEqual([]);
  await page.close();
});
