import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { boundedScreenshot, Browser, launchBrowser } from './support/browser';
import { CHECK_SHEET, writeDemoFiles, PLANTED_CELL, PLANTED_DIFFERENCE_TEXT, PLANTED_SHEET } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, runChecks, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// The standalone page in a real browser: open the sample workbook with a planted error, check it,
// jump to the error, write the 编制说明, download the annotated workbook; nothing leaves the page.

const ARTIFACTS = resolve(__dirname, '../artifacts/ui');

let server: StaticServer;
let dir: string;
let files: { clean: string; planted: string };

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-'));
  files = await writeDemoFiles(dir);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('standalone page at pane width (360×900)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ width: 360, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('checks the opened workbook, lists the planted error with its cell and previews the cell', async () => {
    const { page, errors } = await openPage(browser, server.origin);
    await boundedScreenshot(page, join(ARTIFACTS, 'ui-pane-start-full.png'));
    await openWorkbook(page, files.planted);
    const header = await page.locator('header').innerText();
    expect(header).toContain('2024 年');
    expect(header).toContain('上海市人力资源和社会保障局');
    await page.getByText('当前：部门预算-2024-有错.xlsx').waitFor();
    await runChecks(page);

    const counts = page.getByTestId('finding-counts').first();
    expect(await counts.locator('[data-severity="error"]').textContent()).toMatch(/^错误 [1-9]\d*(（共 \d+）)?$/);
    // The catalog the codes were checked against, as budget check prints it.
    expect(await page.getByTestId('catalog-edition').textContent()).toBe('科目表：内置 2024 年版（预算年度 2024 年）');

    // The planted error: the 208 合计 no longer equals its 款, at E9 of 3 支出预算总表.
    const planted = page.locator('button[aria-pressed]', {
      hasText: '208 社会保障和就业支出【合计】为 1,787,060,000 元，下级各款之和为 1,820,686,591 元',
    });
    await planted.first().waitFor();
    const text = await planted.first().innerText();
    expect(text).toContain(`单元格 ${PLANTED_CELL}`);
    expect(text).toContain('科目 208');
    expect(text).toContain('列 合计');
    expect(text).toContain('应为 1,820,686,591 元');
    expect(text).toContain('实为 1,787,060,000 元');
    expect(text).toContain(`差额 ${PLANTED_DIFFERENCE_TEXT}`);

    await planted.first().click();
    const preview = page.getByTestId('cell-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-sheet')).toBe(PLANTED_SHEET);
    expect(await preview.getAttribute('data-cell')).toBe(PLANTED_CELL);
    const target = preview.locator('td[aria-current="location"]');
    expect(await target.getAttribute('data-cell')).toBe(PLANTED_CELL);
    expect(await target.textContent()).toBe('1,787,060,000');
    // Its neighbours are the sheet's own: the 208 row's name two columns left.
    expect(await preview.locator('td[data-cell="D9"]').textContent()).toBe('社会保障和就业支出');
    await boundedScreenshot(page, join(ARTIFACTS, 'ui-pane-check-full.png'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a file that is not a workbook is refused with a zh-CN error naming it', async () => {
    const { page } = await openPage(browser, server.origin);
    const bogus = join(dir, '预算说明.xlsx');
    await writeFile(bogus, '这不是工作簿');
    await page.locator('#open-workbook-input').setInputFiles(bogus);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('打开文件失败');
    expect(await alert.innerText()).toContain('无法读取“预算说明.xlsx”：不是 .xlsx 工作簿');
    const legacy = join(dir, '旧版.xlsx');
    await writeFile(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await page.locator('#open-workbook-input').setInputFiles(legacy);
    await page.getByText('无法读取“旧版.xlsx”：旧版 .xls 文件已损坏或不完整').waitFor();
    await page.close();
  });

  test('restores the typed-over formula and undoes it', async () => {
    const { page, errors } = await openPage(browser, server.origin);
    await openWorkbook(page, files.planted);
    await runChecks(page);
    const fix = page.getByRole('button', { name: '修复：恢复公式' }).first();
    await fix.click();
    await page.getByText(`已修复：在“${PLANTED_SHEET}”${PLANTED_CELL} 恢复公式 =SUM(E10,E22,E28,E30)（原为数值 1787060000）`).waitFor();
    // The tree-sum error at E9 is gone once the formula is back.
    await expect(
      page.locator('button[aria-pressed]', { hasText: '208 社会保障和就业支出【合计】为 1,787,060,000 元' }).count(),
    ).resolves.toBe(0);
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'ui-pane-fix.png'), animations: 'disabled' });
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText(`已撤销：在“${PLANTED_SHEET}”${PLANTED_CELL} 恢复公式`).waitFor();
    // The typed-over number is back: its headline asks again for the formula.
    await page
      .locator('button[aria-pressed]', { hasText: '208 社会保障和就业支出【合计】（E9）恢复为公式 =SUM(E10,E22,E28,E30)' })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('generates the 编制说明 from the workbook', async () => {
    const { page, errors } = await openPage(browser, server.origin);
    await openWorkbook(page, files.clean);
    await showTab(page, '编制说明');
    await page.getByRole('button', { name: '生成编制说明' }).click();
    const text = page.getByTestId('narrative-text');
    await text.waitFor();
    const body = await text.innerText();
    expect(body).toContain('2024年部门预算编制说明');
    expect(body).toContain('收入预算253,566万元');
    expect(body).toContain('“社会保障和就业支出”科目178,706万元');
    await boundedScreenshot(page, join(ARTIFACTS, 'ui-pane-narrative-full.png'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('downloads the annotated workbook with the 校验 sheet and the highlights', async () => {
    const { page, errors } = await openPage(browser, server.origin);
    await openWorkbook(page, files.planted);
    await runChecks(page);
    await page.getByRole('button', { name: '写入“校验”工作表' }).click();
    await page.getByText('已写入“校验”工作表').waitFor();
    // Again: the sheet now exists, so the pane asks before writing over it.
    await page.getByRole('button', { name: '写入“校验”工作表' }).click();
    const dialog = page.getByRole('alertdialog', { name: '工作表已存在' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('校验');
    await page.screenshot({ path: join(ARTIFACTS, 'ui-pane-overwrite.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: '覆盖' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '标注问题单元格' }).click();
    await page.getByRole('button', { name: '清除标注' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载工作簿/ }).click()]);
    expect(download.suggestedFilename()).toBe('部门预算-2024-有错-标注.xlsx');
    const saved = join(dir, 'downloaded.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(saved));
    expect(wb.worksheets.filter((w) => w.name.startsWith(CHECK_SHEET)).map((w) => w.name)).toEqual([CHECK_SHEET]);
    const check = wb.getWorksheet(CHECK_SHEET);
    expect(check).toBeDefined();
    expect(check!.getCell('A1').text).toBe('2024年部门预算自动校验');
    // The typed-over cell is filled; the parent sums carry live conditional formats.
    const e9 = wb.getWorksheet(PLANTED_SHEET)!.getCell(PLANTED_CELL);
    expect((e9.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE4D6');
    expect(e9.value).toBe(1_787_060_000);
    const neighbour = wb.getWorksheet(PLANTED_SHEET)!.getCell('E10');
    expect((neighbour.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFCE4D6');
    expect(errors).toEqual([]);
    await page.close();
  });
});
