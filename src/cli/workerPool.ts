import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// A pool of worker processes for the CLI's per-file work (budget check over many files, budget
// consolidate): one per core, each taking the next task as it finishes one. Only the task (a file
// name) goes to a worker and only its small result comes back: each worker reads its file itself,
// so no workbook bytes or sheet snapshots cross processes.
//
// Processes, not worker threads: V8 flags are per process, and these want their own. With one
// worker per core every core is already busy, so V8's helper threads for garbage collection only
// take turns with the workers; each worker collects in its own thread instead. Its nursery is
// larger than the default so that a file's short-lived cells die there. Measured on the batch
// bench (bench/batchCheckBench.ts): a fifth less CPU a file, and separate heaps besides.

/** The V8 flags of each pool worker (the consolidation bench starts its read-only floor's workers with the same). */
export const POOL_NODE_FLAGS: readonly string[] = ['--single-threaded-gc', '--max-semi-space-size=32'];

/** The compiled worker script next to the CLI (absent when running from TypeScript sources, e.g. in jest). */
export function compiledWorker(name: string): string | null {
  const js = join(__dirname, name);
  return __filename.endsWith('.js') && existsSync(js) ? js : null;
}

type Reply<R> = { readonly index: number; readonly result: R } | { readonly index: number; readonly crash: string };

/**
 * Runs `tasks` on `size` workers of `script`; `onResult` gets each result as it arrives (in any
 * order). A task that throws in its worker stops the pool: the promise rejects with `crashed`.
 * The promise settles once every worker has exited.
 */
export async function runPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  onResult: (index: number, result: R) => void,
  crashed: (index: number, message: string) => Error,
): Promise<void> {
  let next = 0;
  let failure: Error | null = null;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // Structured clone ('advanced'), as between threads: Maps and typed arrays come back as sent.
      const worker = fork(script, [], { execArgv: [...POOL_NODE_FLAGS], serialization: 'advanced', stdio: 'inherit' });
      let current: number | null = null;
      const feed = () => {
        if (next >= tasks.length || failure) {
          current = null;
          worker.disconnect();
          return;
        }
        current = next++;
        worker.send({ index: current, task: tasks[current] });
      };
      worker.on('message', (m: Reply<R>) => {
        if ('crash' in m) {
          failure ??= crashed(m.index, m.crash);
          current = null;
          worker.disconnect();
          return;
        }
        onResult(m.index, m.result);
        feed();
      });
      worker.on('error', (e) => (failure ??= e));
      worker.on('exit', (code, signal) => {
        if (current !== null)
          failure ??= crashed(current, signal ? `工作进程被信号 ${signal} 终止` : `工作进程退出（代码 ${code ?? '?'}）`);
        if (failure) reject(failure);
        else resolve();
      });
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, runWorker));
}

/** In a worker: answers each task with `handle`'s result, or with the error's text when it throws. */
export function serveTasks<T, R>(handle: (task: T) => Promise<R>, describe: (e: unknown) => string = errorText): void {
  process.on('message', (m: { index: number; task: T }) => {
    handle(m.task).then(
      (result) => process.send?.({ index: m.index, result }),
      (e: unknown) => process.send?.({ index: m.index, crash: describe(e) }),
    );
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
