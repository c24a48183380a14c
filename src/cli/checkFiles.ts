import { availableParallelism } from 'node:os';
import { catalogEditionJson, type CatalogEditionJson } from '../domain/check/catalogEdition';
import { checkAllSheets, type CheckArea } from '../domain/check/checkAllSheets';
import { groupFindings, type SeverityCounts } from '../domain/check/groupFindings';
import { loadStoredCatalogs } from './catalogStore';
import type { Finding } from '../domain/findings/finding';
import { readXlsxSnapshots, UnreadableWorkbookError } from '../hosts/xlsx/openXlsx';
import { FOR_CHECKING } from './forChecking';
import { compiledWorker, runPool } from './workerPool';

/**
 * One file's check: its headline counts (each root cause once) and, when asked for, its findings.
 * A batch keeps only the counts unless the report needs every finding, so its memory does not grow
 * with the number of files.
 */
export type CheckOutcome =
  | {
      readonly file: string;
      /** Headlines by severity (each root cause once), as the summary table lists them. */
      readonly counts: SeverityCounts;
      /** Every finding by severity, the folded ones included (any error makes the exit code 1). */
      readonly totals: SeverityCounts;
      readonly findings?: Finding[];
      /** The catalog edition the check used (its zh-CN line is `description`). */
      readonly catalog?: CatalogEditionJson;
    }
  | { readonly file: string; readonly error: string };

export interface CheckFilesOptions {
  /** Areas to check (tables, projects, text); all by default. */
  readonly only?: readonly CheckArea[];
  /** Keep every finding of every file (--json, --details, --xlsx, one file); else the counts only. True by default. */
  readonly findings?: boolean;
  /** Called as each file finishes: how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What a worker is sent for one file. */
export interface CheckTask {
  readonly file: string;
  readonly only?: readonly CheckArea[];
  readonly findings: boolean;
}

type StoredCatalogs = typeof loadStoredCatalogs;

/** The stored catalogs read once per year for a whole batch (the file is parsed and validated each time otherwise). */
export function storedCatalogsOnce(): StoredCatalogs {
  const memo = new Map<number, ReturnType<StoredCatalogs>>();
  return (year) => {
    if (!memo.has(year)) memo.set(year, loadStoredCatalogs(year));
    return memo.get(year);
  };
}

/** Checks one file (everything in it, folded by root cause); an unreadable file is an outcome, not a throw. */
export async function checkOneFile(
  file: string,
  only?: readonly CheckArea[],
  options: { readonly findings?: boolean; readonly storedCatalogs?: StoredCatalogs } = {},
): Promise<CheckOutcome> {
  try {
    const { findings, context } = checkAllSheets(await readXlsxSnapshots(file, undefined, FOR_CHECKING), {
      ...(only ? { only } : {}),
      storedCatalogs: options.storedCatalogs ?? loadStoredCatalogs,
    });
    const { counts, totals } = groupFindings(findings);
    return { file, counts, totals, ...(options.findings === false ? {} : { findings }), catalog: catalogEditionJson(context) };
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { file, error: e.message };
    throw e;
  }
}

/**
 * Checks many files on all cores: a pool of worker processes, one per core, each taking the next file
 * as it finishes one and reading it itself (only the file name goes to the worker, only the outcome
 * comes back). Results come back in the order of `files`. One file, or no compiled worker, runs in
 * this process.
 */
export async function checkFiles(
  files: readonly string[],
  threads = availableParallelism(),
  options: CheckFilesOptions = {},
): Promise<CheckOutcome[]> {
  const script = compiledWorker('checkWorker.js');
  const poolSize = Math.max(1, Math.min(threads, files.length));
  const keep = options.findings ?? true;
  let done = 0;
  const finished = () => options.onProgress?.(++done, files.length);
  if (!script || poolSize === 1) {
    const storedCatalogs = storedCatalogsOnce();
    const out: CheckOutcome[] = [];
    for (const f of files) {
      out.push(await checkOneFile(f, options.only, { findings: keep, storedCatalogs }));
      finished();
    }
    return out;
  }
  const results = new Array<CheckOutcome | undefined>(files.length);
  const tasks = files.map((file): CheckTask => ({ file, ...(options.only ? { only: options.only } : {}), findings: keep }));
  await runPool<CheckTask, CheckOutcome>(
    script,
    tasks,
    poolSize,
    (index, outcome) => {
      results[index] = outcome;
      finished();
    },
    (index, crash) => new Error(`校验“${files[index]}”时程序出错：${crash}`),
  );
  return results.map((r, i) => r ?? { file: files[i]!, error: `无法读取“${files[i]}”：未完成校验` });
}
