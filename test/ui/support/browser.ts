import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

// Headless Chromium from Debian with a fresh profile: no sync, no component updates, no background
// requests of its own, so whatever the page requests is what the page asked for.

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport: { width: number; height: number }, options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'budget-ui-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
    // Only the accessibility scan sets this: axe-core is injected as an inline script.
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Tallest screenshot taken: a long pane is cut here rather than waiting on an unbounded full-page capture. */
export const MAX_SHOT_HEIGHT = 1800;

/**
 * A screenshot of the page's top region, as tall as its content but never taller than MAX_SHOT_HEIGHT:
 * the viewport is set to that bounded region for the capture, so its cost does not grow with the document.
 */
export async function boundedScreenshot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('boundedScreenshot: the page has no viewport size');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), MAX_SHOT_HEIGHT) });
  try {
    await page.screenshot({ path, animations: 'disabled', timeout: 90_000 });
  } finally {
    await page.setViewportSize(size);
  }
}
