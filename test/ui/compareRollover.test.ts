import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { boundedScreenshot, Browser, launchBrowser } from './support/browser';
import { PLANTED_SHEET, RETURNED_CELL, writeDemoFiles, writeReturnedFile } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// 结转与比对 and 汇总 in the standalone page: compare a returned file with the submitted one (two
// files, and the open workbook against a file), roll forward, consolidate — all downloads.

const ARTIFACTS = resolve(__dirname, '../artifacts/ui');
const CHANGE_TEXT = '2080101 行政运行“基本支出”由 582,432,014 改为 582,000,000，差额 -432,014 元';

let server: StaticServer;
let dir: string;
let files: { clean: string; planted: string; returned: string };
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-compare-'));
  files = { ...(await writeDemoFiles(dir)), returned: await writeReturnedFile(dir) };
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchBrowser({ width: 360, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(file));
  return wb;
}

test('compares two files, lists the change and the broken checks, downloads the annotated returned file', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '结转与比对');
  const panel = page.locator('#panel-compare');
  await panel.getByRole('radio', { name: '比对两个文件（报送稿、返回稿）' }).check();
  await page.locator('#compare-submitted-input').setInputFiles(files.clean);
  await panel.getByText('报送稿：部门预算-2024-示例.xlsx').waitFor();
  await page.locator('#compare-returned-input').setInputFiles(files.returned);
  await panel.getByText('返回稿：部门预算-2024-返回稿.xlsx').waitFor();
  await panel.getByRole('button', { name: '开始比对' }).click();
  await panel.getByText('共 1 处修改，涉及 1 张表').waitFor({ timeout: 60_000 });
  const change = panel.getByRole('button', { name: new RegExp(CHANGE_TEXT.replace(/[()]/g, '\\$&')) });
  expect(await change.innerText()).toContain(`单元格 ${RETURNED_CELL}`);
  expect(await change.innerText()).toContain('-432,014 元');
  // The returned file is not the open workbook: the cell is shown in a preview of the returned file.
  await change.click();
  const preview = panel.getByTestId('cell-preview');
  expect(await preview.getAttribute('data-cell')).toBe(RETURNED_CELL);
  expect(await preview.locator('td[aria-current="location"]').textContent()).toBe('582,000,000');
  // What the cut broke: 收入 and 支出 of 2080101 no longer agree.
  const broken = panel.locator('section[aria-labelledby="diff-broken-title"]');
  // One headline: the cut cell and what it should hold; the broken ties are folded under it.
  expect(await broken.innerText()).toContain('请把“3 支出预算总表”2080101 行政运行【基本支出】（F11）改为 582,432,014 元');
  await broken.getByText('▸ 由此引起的 6 项问题（改正后随之消除）').click();
  expect(await broken.innerText()).toMatch(/“3 支出预算总表”208010?1?.*与“2 收入预算总表”/);
  await boundedScreenshot(page, join(ARTIFACTS, 'ui-pane-compare-full.png'));

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载标注版返回稿' }).click()]);
  expect(download.suggestedFilename()).toBe('部门预算-2024-返回稿-修改标注.xlsx');
  const saved = join(dir, 'annotated-returned.xlsx');
  await download.saveAs(saved);
  const wb = await load(saved);
  const changes = wb.getWorksheet('修改对照');
  expect(changes).toBeDefined();
  expect(changes!.getCell('A1').text).toBe('修改对照：报送稿与财政局返回稿');
  const cell = wb.getWorksheet(PLANTED_SHEET)!.getCell(RETURNED_CELL);
  expect(cell.value).toBe(582_000_000);
  expect((cell.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid');
  expect(errors).toEqual([]);
  await page.close();
});

test('compares the open workbook with the submitted file, highlights in place and removes the highlight in one click', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, files.returned);
  await showTab(page, '结转与比对');
  const panel = page.locator('#panel-compare');
  await page.locator('#compare-submitted-input').setInputFiles(files.clean);
  await panel.getByRole('button', { name: '开始比对' }).click();
  await panel.getByText('共 1 处修改，涉及 1 张表').waitFor({ timeout: 60_000 });
  await panel.getByRole('button', { name: '标注修改并写入“修改对照”' }).click();
  await panel.getByText('已标注 1 个单元格').waitFor();
  await panel.getByRole('button', { name: '清除修改高亮' }).click();
  await panel.getByText('已恢复 1 个单元格的原底色。').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载工作簿/ }).click()]);
  const saved = join(dir, 'open-compare.xlsx');
  await download.saveAs(saved);
  const wb = await load(saved);
  expect(wb.getWorksheet('修改对照')).toBeDefined();
  const cell = wb.getWorksheet(PLANTED_SHEET)!.getCell(RETURNED_CELL);
  expect((cell.fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  expect(errors).toEqual([]);
  await page.close();
});

test('rolls the open workbook forward to 2025 as a download', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, files.clean);
  await showTab(page, '结转与比对');
  const panel = page.locator('#panel-compare');
  expect(await panel.getByRole('textbox', { name: '目标年度' }).inputValue()).toBe('2025');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '生成并下载' }).click()]);
  expect(download.suggestedFilename()).toBe('部门预算-2025.xlsx');
  await panel.getByText('已由 2024 年生成 2025 年工作簿').waitFor();
  const saved = join(dir, 'rolled.xlsx');
  await download.saveAs(saved);
  const wb = await load(saved);
  expect(wb.getWorksheet('2 收入预算总表')!.getCell('A1').text).toContain('2025');
  expect(wb.getWorksheet('上年数')).toBeDefined();
  // The officer's own sheets come along.
  expect(wb.getWorksheet('项目经费情况说明')).toBeDefined();
  expect(errors).toEqual([]);
  await page.close();
});

test('consolidates unit files into a department workbook', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '汇总');
  const panel = page.locator('#panel-consolidate');
  const bogus = join(dir, '某单位.xlsx');
  await writeFile(bogus, '不是工作簿');
  await page.locator('#consolidate-input').setInputFiles([files.clean, files.returned, bogus]);
  await panel.getByText('已选择 3 个文件').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '汇总并下载' }).click()]);
  expect(download.suggestedFilename()).toBe('上海市人力资源和社会保障局-2024部门预算汇总.xlsx');
  await panel.getByText('汇总 2 个单位（共 3 个文件）').waitFor();
  // The unreadable file is listed with its reason, not fatal.
  const unit = panel.locator('li', { hasText: '某单位.xlsx' }).last();
  expect(await unit.innerText()).toContain('不是 .xlsx 工作簿');
  const saved = join(dir, 'consolidated.xlsx');
  await download.saveAs(saved);
  const wb = await load(saved);
  expect(wb.getWorksheet('单位列表')).toBeDefined();
  expect(wb.getWorksheet('单位明细')).toBeDefined();
  await boundedScreenshot(page, join(ARTIFACTS, 'ui-pane-consolidate-full.png'));
  expect(errors).toEqual([]);
  await page.close();
});
