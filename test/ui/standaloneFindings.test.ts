import { cliFindings } from './support/cliFindings';
import { demoPageSuite } from './support/demoPageSuite';
import { listedFindings, openPage, openWorkbook, runChecks } from './support/pane';

// The standalone page reads a dropped workbook with the fast reader (ExcelJS only loads it for a
// write): its check list must be exactly what `budget check` finds in the same file — every
// finding, folded ones included, with its message and cell.

const suite = demoPageSuite('budget-ui-findings-');

async function pageFindings(file: string): Promise<string[]> {
  const { page, errors } = await openPage(suite.browser, suite.server.origin);
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
    const expected = await cliFindings(suite.files[which]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageFindings(suite.files[which])).toEqual(expected);
  },
  120_000,
);
