import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { PAGE } from './dist';

// Driving the standalone page the way an officer does.

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Uncaught errors and console errors (CSP violations are reported there too). */
  readonly errors: string[];
}

export async function openPage(browser: Browser, origin: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/${PAGE}`);
  await page.getByRole('heading', { name: '部门预算助手' }).waitFor();
  return { page, requests, errors };
}

export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.locator('#open-workbook-input').setInputFiles(file);
  await page.getByText('识别到 9 张预算表').waitFor({ timeout: 30_000 });
}

export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

export async function runChecks(page: Page, options: { expand?: boolean } = {}): Promise<void> {
  await showTab(page, '校验');
  await page.getByRole('button', { name: /开始校验|重新校验/ }).click();
  await page.locator('#panel-check').getByTestId('finding-counts').first().waitFor({ timeout: 60_000 });
  // Findings that follow from a root cause are folded under it; open them all unless told not to.
  if (options.expand ?? true) await expandFolded(page);
}

/** Opens every folded list of consequences in the check panel. */
export async function expandFolded(page: Page): Promise<void> {
  const closed = page.locator('#panel-check button[aria-expanded="false"]', { hasText: '由此引起的' });
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * Every finding the check list shows, as "cell|message", sorted: every table's group and every
 * folded list opened first. Compared with cliFindings (what `budget check` finds).
 */
export async function listedFindings(page: Page): Promise<string[]> {
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
  return items.sort();
}
