import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

// A pool of worker threads for the CLI's per-file work (budget check over many files, budget
// consolidate): one thread per core, each taking the next task as it finishes one. Only the task
// (a file name) goes to a worker and only its small result comes back: each worker reads its file
// itself, so no workbook bytes or sheet snapshots cross threads.

/** The compiled worker script next to the CLI (absent when running from TypeScript sources, e.g. in jest). */
export function compiledWorker(name: string): string | null {
  const js = join(__dirname, name);
  return __filename.endsWith('.js') && existsSync(js) ? js : null;
}

type Reply<R> = { readonly index: number; readonly result: R } | { readonly index: number; readonly crash: string };

/**
 * Runs `tasks` on `size` workers of `script`; `onResult` gets each result as it arrives (in any
 * order). A task that throws in its worker stops the pool: the promise rejects with `crashed`.
 */
export async function runPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  onResult: (index: number, result: R) => void,
  crashed: (index: number, message: string) => Error,
): Promise<void> {
  let next = 0;
  let failed = false;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script);
      const feed = () => {
        if (next >= tasks.length || failed) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, task: tasks[index] });
      };
      worker.on('message', (m: Reply<R>) => {
        if ('crash' in m) {
          failed = true;
          void worker.terminate();
          reject(crashed(m.index, m.crash));
          return;
        }
        onResult(m.index, m.result);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, runWorker));
}

/** In a worker: answers each task with `handle`'s result, or with the error's text when it throws. */
export function serveTasks<T, R>(handle: (task: T) => Promise<R>, describe: (e: unknown) => string = errorText): void {
  parentPort?.on('message', (m: { index: number; task: T }) => {
    handle(m.task).then(
      (result) => parentPort?.postMessage({ index: m.index, result }),
      (e: unknown) => parentPort?.postMessage({ index: m.index, crash: describe(e) }),
    );
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
