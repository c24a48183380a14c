import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, launchBrowser } from './browser';
import { writeDemoFiles } from './demoFile';
import { assertBuilt, DIST } from './dist';
import { serveDirectory, StaticServer } from './staticServer';

export interface DemoPageSuite {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The demo workbook and the demo with a planted error, written for this suite. */
  readonly files: { readonly clean: string; readonly planted: string };
}

/**
 * For a suite that opens the built standalone page on the demo files: serves dist/, launches the
 * browser at the pane's width and writes the two demo files into a temporary folder before the
 * tests, and takes all three down after. Read the fields inside tests (they are set in beforeAll).
 */
export function demoPageSuite(tempPrefix: string): DemoPageSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let files: DemoPageSuite['files'] | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDirectory(DIST);
    browser = await launchBrowser({ width: 360, height: 900 });
    dir = await mkdtemp(join(tmpdir(), tempPrefix));
    files = await writeDemoFiles(dir);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demoPageSuite: ${what} is read before beforeAll has run`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get files() {
      return ready(files, 'files');
    },
  };
}
