import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, launchBrowser } from './support/browser';
import { writeDemoFiles, writeReturnedFile } from './support/demoFile';
import { assertBuilt, DIST, PAGE } from './support/dist';
import { openPage, openWorkbook, runChecks, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// No file leaves the machine: through a whole session (open, check, 编制说明, compare, downloads)
// the page requests nothing but its own files from its own origin.

let server: StaticServer;
let dir: string;
let browser: Browser;
let files: { clean: string; planted: string; returned: string };

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-net-'));
  files = { ...(await writeDemoFiles(dir)), returned: await writeReturnedFile(dir) };
  browser = await launchBrowser({ width: 1280, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a whole session requests only the page’s own files from its own origin', async () => {
  const { page, requests, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, files.planted);
  await runChecks(page);
  await page.locator('#panel-check button[aria-pressed]').first().click();
  await page.getByRole('button', { name: '写入“校验”工作表' }).click();
  await page.getByText('已写入“校验”工作表').waitFor();
  await page.getByRole('button', { name: '标注问题单元格' }).click();
  await page.getByRole('button', { name: '清除标注' }).waitFor();

  await showTab(page, '编制说明');
  await page.getByRole('button', { name: '生成编制说明' }).click();
  await page.getByTestId('narrative-text').waitFor();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);

  await showTab(page, '结转与比对');
  const compare = page.locator('#panel-compare');
  await page.locator('#compare-submitted-input').setInputFiles(files.clean);
  await compare.getByText('报送稿：部门预算-2024-示例.xlsx').waitFor();
  await compare.getByRole('button', { name: '开始比对' }).click();
  await compare.getByText(/共 \d+ 处修改/).waitFor({ timeout: 60_000 });
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载工作簿/ }).click()]);

  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin);
  expect(foreign).toEqual([]);
  // From our own origin: the page, its bundle and its icon — nothing else.
  const paths = [...new Set(server.requests)].sort();
  for (const p of paths)
    expect(p).toMatch(new RegExp(`^/(${PAGE.replace('.', '\\.')}|taskpane\\.[0-9a-f]{8}\\.js|assets/icon-32\\.png|favicon\\.ico)$`));
  expect(paths).toContain(`/${PAGE}`);
  expect(errors).toEqual([]);
  await page.close();
});

test('the standalone page declares a CSP that allows no other origin', async () => {
  const { page } = await openPage(browser, server.origin);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toMatch(/https?:\/\//);
  expect(await page.locator('script[src^="http"]').count()).toBe(0);
  await page.close();
});
