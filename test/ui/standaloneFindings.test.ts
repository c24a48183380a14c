import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, launchBrowser } from './support/browser';
import { writeDemoFiles } from './support/demoFile';
import { assertBuilt, DIST } from './support/dist';
import { cliFindings } from './support/cliFindings';
import { listedFindings, openPage, openWorkbook, runChecks } from './support/pane';
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
  const items = await listedFindings(page);
  expect(errors).toEqual([]);
  await page.close();
  return items;
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
