import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import ts from 'typescript';
import type { CellValue, RunRecord } from '../../support/fakeExcel';

// The stand-in for office.js in the browser: test/support/fakeExcel.ts (the same fake the host's jest
// tests use) transpiled as is and served in place of https://appsforoffice.microsoft.com/…/office.js,
// so the BUILT taskpane.html, CSP and all, loads it exactly as it would load Microsoft's script.

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The fake as a classic script: window.Office, window.Excel and window.__wb (the workbook state). */
export function fakeOfficeScript(options: { apiMinor?: number } = {}): string {
  const source = readFileSync(resolve(__dirname, '../../support/fakeExcel.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function () {
  var exports = {};
  ${js}
  var wb = new exports.WorkbookState().supportApi(${options.apiMinor ?? 20});
  wb.addSheet('Sheet1');
  window.__wb = wb;
  window.__fake = exports;
  exports.installFake(window, wb);
})();`;
}

/** Serves the fake for office.js on every page of the context of `page`. */
export async function routeOfficeJs(page: Page, options: { apiMinor?: number } = {}): Promise<void> {
  const body = fakeOfficeScript(options);
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }));
}

/** Sync counts of the Excel.run calls made so far, once every run has settled and none started for a while. */
export async function settledRuns(page: Page): Promise<RunRecord[]> {
  let last = -1;
  for (;;) {
    const state = await page.evaluate(() => {
      const wb = (window as unknown as { __wb: { runs: RunRecord[] } }).__wb;
      return { count: wb.runs.length, settled: wb.runs.every((r) => r.settled) };
    });
    if (state.settled && state.count === last) break;
    last = state.count;
    await page.waitForTimeout(300);
  }
  return page.evaluate(() => (window as unknown as { __wb: { runs: RunRecord[] } }).__wb.runs.map((r) => ({ ...r })));
}

/** A cell of the fake workbook: its formula text (or constant) and value. */
export function cellOf(
  page: Page,
  sheet: string,
  row: number,
  col: number,
): Promise<{ formula: unknown; value: CellValue; fill: string | null } | null> {
  return page.evaluate(
    ([s, r, c]) => {
      const wb = (
        window as unknown as {
          __wb: {
            find(
              n: string,
            ):
              | { peek(r: number, c: number): { formula: unknown; value: CellValue; fill: { color: string | null } } | undefined }
              | undefined;
          };
        }
      ).__wb;
      const cell = wb.find(s)?.peek(r, c);
      return cell ? { formula: cell.formula, value: cell.value, fill: cell.fill.color } : null;
    },
    [sheet, row, col] as const,
  );
}

/** The officer types `value` into a cell in Excel (outside the add-in). */
export function typeInExcel(page: Page, sheet: string, row: number, col: number, value: CellValue | string): Promise<void> {
  return page.evaluate(
    ([s, r, c, v]) => {
      const wb = (window as unknown as { __wb: { sheet(n: string): { cell(r: number, c: number): { formula: unknown; value: unknown } } } })
        .__wb;
      const cell = wb.sheet(s).cell(r, c);
      cell.formula = v;
      cell.value = typeof v === 'string' && v.startsWith('=') ? null : v;
    },
    [sheet, row, col, value] as const,
  );
}
