import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from './support/browser';
import { writeDemoFiles, writeReturnedFile } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, runChecks, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// Layout at task-pane width (360) and desktop width (1280): nothing wider than the window, and the
// screenshots of each tab saved to test/artifacts/ui for review.

const ARTIFACTS = resolve(__dirname, '../artifacts/ui');

let server: StaticServer;
let dir: string;
let files: { clean: string; planted: string; returned: string };

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-layout-'));
  files = { ...(await writeDemoFiles(dir)), returned: await writeReturnedFile(dir) };
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The page never scrolls sideways: wide content (the preview table) scrolls in its own box. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function shoot(page: Page, name: string, locator?: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight where the last click was
  if (locator)
    await page
      .locator(locator)
      .first()
      .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

describe.each([
  { label: 'pane', width: 360 },
  { label: 'desktop', width: 1280 },
])('$label width ($width×900)', ({ label, width }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ width, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('every tab fits the window', async () => {
    const { page, errors } = await openPage(browser, server.origin);
    await shoot(page, `ui-${label}-empty`);
    await openWorkbook(page, files.planted);

    await runChecks(page);
    await page.locator('#panel-check button[aria-pressed]', { hasText: '下级各款之和' }).first().click();
    await page.getByTestId('cell-preview').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, `ui-${label}-check`);
    await shoot(page, `ui-${label}-check-preview`, '#panel-check button[aria-pressed="true"]');

    await showTab(page, '编制说明');
    await page.getByRole('button', { name: '生成编制说明' }).click();
    await page.getByTestId('narrative-text').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, `ui-${label}-narrative`);

    await showTab(page, '结转与比对');
    const compare = page.locator('#panel-compare');
    await compare.getByRole('radio', { name: '比对两个文件（报送稿、返回稿）' }).check();
    await page.locator('#compare-submitted-input').setInputFiles(files.clean);
    await compare.getByText('报送稿：').waitFor();
    await page.locator('#compare-returned-input').setInputFiles(files.returned);
    await compare.getByText('返回稿：部门预算').waitFor();
    await compare.getByRole('button', { name: '开始比对' }).click();
    await compare.getByText('共 1 处修改').waitFor({ timeout: 60_000 });
    await expectNoHorizontalOverflow(page);
    await shoot(page, `ui-${label}-compare`, '#panel-compare h3');

    await showTab(page, '表样');
    await expectNoHorizontalOverflow(page);
    await shoot(page, `ui-${label}-templates`);

    await showTab(page, '汇总');
    await page.locator('#consolidate-input').setInputFiles([files.clean, files.returned]);
    await page.locator('#panel-consolidate').getByText('已选择 2 个文件').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, `ui-${label}-consolidate`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
