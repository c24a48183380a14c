import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { runCli } from '../../src/cli/runCli';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { groupFindings } from '../../src/domain/check/groupFindings';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { Browser, launchBrowser } from './support/browser';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, runChecks, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// The folded check list and the pictures, in Chromium at pane width: one typed-over 类 shows as
// one headline with its consequences folded under it; 本年 vs 上年 by 类, where the money goes and
// what the reviewer changed are drawn from the workbook's own figures, each with its text
// alternative; axe finds nothing serious. Screenshots of bounded regions go to test/screenshots.

const SHOTS = resolve(__dirname, '../screenshots');
const EXP = '3 支出预算总表';

let server: StaticServer;
let dir: string;
let browser: Browser;
let demo: string;
let typedOver: string;
let returned: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-charts-'));
  await mkdir(SHOTS, { recursive: true });
  // The demo as `budget demo` writes it (with 上年数 and 说明素材), and one 类 typed over in it.
  await runCli(['demo', '--out', join(dir, 'demo')], { log: () => undefined, warn: () => undefined });
  const demoFile = join(dir, 'demo', '部门预算-2024-示例.xlsx');
  // Last year's 财政拨款支出 by 类, as an officer types them into the 上年数 sheet (元).
  const withPrevious = await XlsxWorkbook.fromFile(demoFile);
  const prev = withPrevious.workbook.getWorksheet('上年数')!;
  const typed: Record<string, number> = { '205': 9_800_000, '208': 1_712_345_600, '210': 12_500_000, '221': 41_000_000 };
  prev.eachRow((row) => {
    const code = row.getCell(1).text;
    if (typed[code] !== undefined) row.getCell(3).value = typed[code];
  });
  demo = join(dir, '部门预算-2024-含上年数.xlsx');
  await writeFile(demo, await withPrevious.toBuffer());
  const book = await XlsxWorkbook.fromFile(demo);
  book.workbook.getWorksheet(EXP)!.getCell('E9').value = 1_000_000_000;
  typedOver = join(dir, '部门预算-2024-类被改写.xlsx');
  await writeFile(typedOver, await book.toBuffer());
  // A returned file with cuts in three tables.
  const r = (await buildDemoWorkbook()).workbook;
  r.workbook.getWorksheet(EXP)!.getCell('F11').value = 582_000_000;
  r.workbook.getWorksheet('2 收入预算总表')!.getCell('F12').value = 116_000_000;
  r.workbook.getWorksheet('5 一般公共预算支出功能分类')!.getCell('G12').value = 110_000_000;
  returned = join(dir, '部门预算-2024-返回稿.xlsx');
  await writeFile(returned, await r.toBuffer());
  browser = await launchBrowser({ width: 360, height: 900 }, { bypassCSP: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A screenshot of one region of the page (never the whole page). */
async function shot(region: Locator, name: string): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  await region.screenshot({ path: join(SHOTS, name), animations: 'disabled' });
}

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (sel) => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[]; element?: Element }> }> };
    const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<Result> } }).axe;
    const root = document.querySelector(sel);
    if (!root) return [`missing ${sel}`];
    const result = await axe.run(root, { resultTypes: ['violations'], elementRef: true });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.element?.hasAttribute('data-tabster-dummy'))),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, selector);
}

test('a typed-over 类: one headline naming the cell and the formula, its consequences folded under it', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, typedOver);
  await runChecks(page, { expand: false });
  const panel = page.locator('#panel-check');
  const counts = panel.getByTestId('finding-counts').first();
  // The same counts as `budget check` of the file: headlines, every finding in brackets.
  const expected = groupFindings(checkAllSheets(await (await XlsxWorkbook.fromFile(typedOver)).readSheets()).findings);
  expect(expected.counts.error).toBeLessThan(expected.totals.error);
  expect(await counts.locator('[data-severity="error"]').textContent()).toBe(
    `错误 ${expected.counts.error}（共 ${expected.totals.error}）`,
  );
  const root = panel.locator('li[data-root-cause="true"]');
  expect(await root.count()).toBe(1);
  expect(await root.locator('button[aria-pressed]').first().innerText()).toContain(
    '请把“3 支出预算总表”208 社会保障和就业支出【合计】（E9）恢复为公式 =SUM(E10,E22,E28,E30)：应为 1,820,686,591 元，现为手填数 1,000,000,000 元',
  );
  const toggle = root.getByRole('button', { name: /由此引起的 6 项问题/ });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await shot(root, 'ui-pane-check-folded.png');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const folded = root.locator('ul[aria-label^="由“3 支出预算总表”E9"] > li');
  expect(await folded.count()).toBe(6);
  expect(await folded.first().innerText()).toContain('收入总计 2,535,662,851 元 不等于支出总计 1,714,976,260 元');
  await shot(root, 'ui-pane-check-folded-open.png');
  // A folded finding goes to its cell too (the standalone page previews it).
  await folded.nth(1).locator('button[aria-pressed]').click();
  expect(await panel.getByTestId('cell-preview').getAttribute('data-cell')).toBe('E9');
  expect(await axeViolations(page, '#panel-check')).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('本年 vs 上年 by 类 with the change in 万元, and where the money goes; each with its figures as text', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, demo);
  await runChecks(page);
  const charts = page.getByTestId('budget-charts');
  await charts.waitFor();
  const byClass = charts.getByTestId('chart-class-comparison');
  expect(await byClass.locator('figcaption').innerText()).toBe(
    '财政拨款支出按“类”：2024 年与 2023 年预算（柱高为亿元，柱上标注增减额，万元）',
  );
  expect(await byClass.locator('svg').count()).toBeGreaterThan(0);
  // The text alternative: one row per 类 with both years and the change.
  const rows = byClass.locator('table tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  expect(await rows.nth(1).innerText()).toMatch(/^208 社会保障和就业支出\t171,234.56 万元\t[\d,.]+ 万元\t[+-][\d,.]+ 万元$/);
  await shot(byClass, 'ui-chart-class-comparison.png');
  const composition = charts.getByTestId('chart-composition');
  const text = await composition.locator('table').innerText();
  expect(text).toContain('支出按性质·基本支出\t109,000.84 万元\t43.0%');
  expect(text).toContain('支出按性质·项目支出\t144,565.44 万元\t57.0%');
  expect(text).toMatch(/基本支出按经济分类·人员经费\t[\d,.]+ 万元\t[\d.]+%/);
  await shot(composition, 'ui-chart-composition.png');
  expect(await axeViolations(page, '[data-testid="budget-charts"]')).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('what the reviewer changed: per table, and the largest rows clickable to their cells', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await showTab(page, '结转与比对');
  const panel = page.locator('#panel-compare');
  await panel.getByRole('radio', { name: '比对两个文件（报送稿、返回稿）' }).check();
  await page.locator('#compare-submitted-input').setInputFiles(demo);
  await panel.getByText('报送稿：部门预算-2024-含上年数.xlsx').waitFor();
  await page.locator('#compare-returned-input').setInputFiles(returned);
  await panel.getByText('返回稿：部门预算-2024-返回稿.xlsx').waitFor();
  await panel.getByRole('button', { name: '开始比对' }).click();
  const chart = panel.getByTestId('chart-reviewer-changes');
  await chart.waitFor({ timeout: 60_000 });
  const perTable = chart.locator('ul').first().locator('li');
  expect(await perTable.allInnerTexts()).toEqual([
    expect.stringMatching(/^2 收入预算总表\s+\d+ 处，[\d,.]+ 万元$/),
    expect.stringMatching(/^3 支出预算总表\s+\d+ 处，[\d,.]+ 万元$/),
    expect.stringMatching(/^5 一般公共预算支出功能分类\s+\d+ 处，[\d,.]+ 万元$/),
  ]);
  const largest = chart.getByRole('button', { pressed: false });
  expect(await largest.count()).toBeGreaterThanOrEqual(3);
  const first = largest.first();
  expect(await first.innerText()).toMatch(/5 一般公共预算支出功能分类 2080102 .*【项目支出】（G12）\s+-663.52 万元/);
  await first.click();
  expect(await panel.getByTestId('cell-preview').getAttribute('data-cell')).toBe('G12');
  await shot(chart, 'ui-chart-reviewer-changes.png');
  expect(await axeViolations(page, '[data-testid="chart-reviewer-changes"]')).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
