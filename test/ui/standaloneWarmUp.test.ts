import { cliFindings } from './support/cliFindings';
import { demoPageSuite } from './support/demoPageSuite';
import { listedFindings, openPage, openWorkbook, runChecks } from './support/pane';

// Once loaded, the standalone page warms its engine at idle on a synthetic workbook
// (src/standalone/warmUp.ts). That must leave no trace: nothing of it on the page or in the
// accessibility tree once done, no request beyond the page's own files, no console error, and the
// officer's list afterwards exactly what `budget check` finds in the same file.

const suite = demoPageSuite('budget-ui-warmup-');

test.each([
  ['the demo workbook', 'clean'],
  ['the demo with a planted error', 'planted'],
] as const)(
  'after the whole idle warm-up, %s lists exactly the findings of budget check, and the warm-up left nothing behind',
  async (_label, which) => {
    const { page, errors, requests } = await openPage(suite.browser, suite.server.origin);
    await page.waitForFunction(() => (window as unknown as { __budgetWarmUp?: string[] }).__budgetWarmUp?.length === 11, null, {
      timeout: 60_000,
    });
    const steps = await page.evaluate(() => (window as unknown as { __budgetWarmUp?: string[] }).__budgetWarmUp ?? []);
    expect(steps).toEqual(['build', 'open', 'recognise', 'check', 'render', 'open', 'recognise', 'check', 'open', 'recognise', 'check']);
    // Nothing of the synthetic run on show: no off-screen host, no list, header still waiting for a file.
    expect(await page.locator('[data-warm-up]').count()).toBe(0);
    expect(await page.getByTestId('finding-counts').count()).toBe(0);
    await page.getByText('尚未打开工作簿').waitFor();
    expect(await page.getByText('示意部门').count()).toBe(0);

    await openWorkbook(page, suite.files[which]);
    await runChecks(page);
    const items = await listedFindings(page);
    const expected = await cliFindings(suite.files[which]);
    expect(expected.length).toBeGreaterThan(0);
    expect(items).toEqual(expected);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== suite.server.origin)).toEqual([]);
    await page.close();
  },
  180_000,
);

test('a workbook opened while the page is still warming up stops the warm-up at its next step', async () => {
  const { page, errors } = await openPage(suite.browser, suite.server.origin);
  // How far the warm-up had got when the file input changed (listened for before the page's own listener).
  await page.evaluate(() => {
    const w = window as unknown as { __budgetWarmUp?: string[]; __stepsAtOpen?: number };
    document.addEventListener('change', () => (w.__stepsAtOpen = w.__budgetWarmUp?.length ?? 0), { capture: true, once: true });
  });
  await openWorkbook(page, suite.files.clean);
  await runChecks(page, { expand: false });
  // Every warm-up step waits for idle time: after a few idle periods a warm-up still running would have moved on.
  for (let i = 0; i < 4; i++) await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2000 })));
  const { steps, atOpen } = await page.evaluate(() => {
    const w = window as unknown as { __budgetWarmUp?: string[]; __stepsAtOpen?: number };
    return { steps: w.__budgetWarmUp ?? [], atOpen: w.__stepsAtOpen ?? -1 };
  });
  expect(atOpen).toBeGreaterThanOrEqual(0);
  // The step under way when the file came may finish; none after it starts.
  expect(steps.length).toBeLessThanOrEqual(atOpen + 1);
  expect(await page.locator('[data-warm-up]').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
