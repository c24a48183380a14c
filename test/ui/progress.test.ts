import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, launchBrowser } from './support/browser';
import { writeDemoFiles } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, showTab } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// A check that runs for more than about half a second shows a Fluent ProgressBar with the step it
// is on, and 取消 stops it. The page's clock is driven by the test (Playwright's clock), so what is
// asserted does not depend on how fast the machine is: the clock is held while the first step
// waits, moved past the half second, and released after 取消.

const SHOTS = resolve(__dirname, '../screenshots');

let server: StaticServer;
let dir: string;
let browser: Browser;
let planted: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-progress-'));
  planted = (await writeDemoFiles(dir)).planted;
  await mkdir(SHOTS, { recursive: true });
  browser = await launchBrowser({ width: 360, height: 900 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the check shows its step after half a second, and 取消 stops it without an error', async () => {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, planted);
  await showTab(page, '校验');
  const panel = page.locator('#panel-check');
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 3_600_000);
  await panel.getByRole('button', { name: '开始校验' }).click();
  // The clock stands still: the task has started and run for no time, so only the button's spinner.
  expect(await panel.getByTestId('task-progress').count()).toBe(0);
  // Past half a second (each due timer fires once; the next step then waits for the clock).
  await page.clock.fastForward(600);
  const progress = panel.getByTestId('task-progress');
  await progress.waitFor();
  expect(await progress.getByRole('progressbar').count()).toBe(1);
  expect(await progress.innerText()).toMatch(
    /正在校验[\s\S]*(读取工作表|核对九张预算表|核对项目经费情况说明和绩效目标表|查找问题根源|整理结果)/,
  );
  await progress.screenshot({ path: join(SHOTS, 'ui-pane-progress.png'), animations: 'disabled' });
  await progress.getByRole('button', { name: '取消' }).click();
  await page.clock.resume();
  await panel.getByText('已取消校验').waitFor();
  expect(await panel.getByTestId('task-progress').count()).toBe(0);
  expect(await panel.getByTestId('finding-counts').count()).toBe(0);
  // The next run goes to the end.
  await panel.getByRole('button', { name: '开始校验' }).click();
  await panel.getByTestId('finding-counts').first().waitFor({ timeout: 60_000 });
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
