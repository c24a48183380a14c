import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { catalogEditionLine } from '../domain/check/catalogEdition';
import { checkAllSheets, type CheckArea } from '../domain/check/checkAllSheets';
import { loadStoredCatalogs } from './catalogStore';
import type { Finding } from '../domain/findings/finding';
import { readXlsxSnapshots, UnreadableWorkbookError } from '../hosts/xlsx/openXlsx';

export type CheckOutcome =
  { readonly file: string; readonly findings: Finding[]; readonly catalog?: string } | { readonly file: string; readonly error: string };

export interface CheckFilesOptions {
  /** Areas to check (tables, projects, text); all by default. */
  readonly only?: readonly CheckArea[];
  /** Called as each file finishes: how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks one file (everything in it, folded by root cause); an unreadable file is an outcome, not a throw. */
export async function checkOneFile(file: string, only?: readonly CheckArea[]): Promise<CheckOutcome> {
  try {
    const { findings, context } = checkAllSheets(await readXlsxSnapshots(file), {
      ...(only ? { only } : {}),
      storedCatalogs: loadStoredCatalogs,
    });
    return { file, findings, catalog: catalogEditionLine(context) };
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { file, error: e.message };
    throw e;
  }
}

/** The compiled worker next to this file (absent when running from TypeScript sources, e.g. in jest). */
function workerScript(): string | null {
  const js = join(__dirname, 'checkWorker.js');
  return __filename.endsWith('.js') && existsSync(js) ? js : null;
}

/**
 * Checks many files on all cores: a pool of worker threads, each taking the next file as it
 * finishes one. Results come back in the order of `files`. One file, or no compiled worker,
 * runs in this thread.
 */
export async function checkFiles(
  files: readonly string[],
  threads = availableParallelism(),
  options: CheckFilesOptions = {},
): Promise<CheckOutcome[]> {
  const script = workerScript();
  const poolSize = Math.max(1, Math.min(threads, files.length));
  let done = 0;
  const finished = () => options.onProgress?.(++done, files.length);
  if (!script || poolSize === 1) {
    const out: CheckOutcome[] = [];
    for (const f of files) {
      out.push(await checkOneFile(f, options.only));
      finished();
    }
    return out;
  }
  const results = new Array<CheckOutcome | undefined>(files.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script);
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index], only: options.only });
      };
      worker.on('message', (m: { index: number; outcome?: CheckOutcome; crash?: string }) => {
        if (m.crash !== undefined) {
          void worker.terminate();
          reject(new Error(`校验“${files[m.index]}”时程序出错：${m.crash}`));
          return;
        }
        results[m.index] = m.outcome;
        finished();
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: poolSize }, runWorker));
  return results.map((r, i) => r ?? { file: files[i]!, error: `无法读取“${files[i]}”：未完成校验` });
}
