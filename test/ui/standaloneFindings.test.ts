import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOneFile } from '../../src/cli/checkFiles';
import { Browser, launchBrowser } from './support/browser';
import { writeDemoFiles } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { openPage, openWorkbook, runChecks } from './support/pane';
import { serveDirectory, StaticServer } from './support/staticServer';

// The standalone page reads a dropped workbook with the fast reader (ExcelJS only loads it for a
// write): its check list must be exactly what `budget check` finds in the same file — every
// finding, folded ones included, with its message and cell.

let server: StaticServer;
let browser: Browser;
let dir: string;
let files: { clean: string; planted: string };

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  browser = await launchBrowser({ width: 360, height: 900 });
  dir = await mkdtemp(join(tmpdir(), 'budget-ui-findings-'));
  files = await writeDemoFiles(dir);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function pageFindings(file: string): Promise<string[]> {
  const { page, errors } = await openPage(browser, server.origin);
  await openWorkbook(page, file);
  await runChecks(page);
  // Every table's group and every folded list opened.
  const closed = page.locator('#panel-check button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const items = await page.locator('#panel-check li').evaluateAll((lis) =>
    lis.map((li) => {
      const body = li.querySelector(':scope > button, :scope > div');
      const message = body?.querySelector(':scope > span')?.textContent ?? '';
      const cell = /单元格 ([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)/.exec(body?.textContent ?? '')?.[1] ?? '';
      return `${cell}|${message}`;
    }),
  );
  expect(errors).toEqual([]);
  await page.close();
  return items.sort();
}

async function cliFindings(file: string): Promise<string[]> {
  const outcome = await checkOneFile(file);
  if (!('findings' in outcome) || !outcome.findings) throw new Error(`未能校验 ${file}`);
  return outcome.findings.map((f) => `${f.cell ?? ''}|${f.message}`).sort();
}

test.each([
  ['the demo workbook', 'clean'],
  ['the demo with a planted error', 'planted'],
] as const)(
  '%s: the page lists exactly the findings of budget check',
  async (_label, which) => {
    const expected = await cliFindings(files[which]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageFindings(files[which])).toEqual(expected);
  },
  120_000,
);
