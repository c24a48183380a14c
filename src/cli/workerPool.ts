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
//
// For the same reason each worker's optimising compiler inlines less. Its concurrent jobs run on
// helper threads that take turns with the other workers, and every worker compiles the same code
// again: with array builtins (map, filter, some…) and up to 920 bytes of callees inlined into them,
// the rules' and the reader's large once-a-file functions cost each worker about 1.2 s of compiler
// threads in a 1,000-unit consolidation, against 0.7 s with these limits. The code is as fast within
// 3 % (a long sequential run: 2.79 ms a unit without the limits, 2.86 with), so the pool alone is
// faster at every size measured: 1,000 units 3.41 -> 2.80 s, 300 units 1.80 -> 1.41 s, 100 units
// 0.90 -> 0.83 s (consolidateBench, the whole command: 1,000 units 3.74 -> 3.15 s).
//
// And it optimises less: a function is sent to the optimising compiler after three times the
// default budget of interpreted work (the default sends every once-a-file function of the rules
// after a few dozen files), and none over 3,000 bytes of bytecode (the large once-a-file readers,
// which then run as baseline code). Measured in one run against the limits above alone, rounds
// interleaved: consolidating 100 / 300 / 1,000 units 0.85 / 1.39 / 2.71 -> 0.74 / 1.19 / 2.60 s;
// batch check of 100 / 300 / 1,000 files 57.5 / 88.4 / 122.6 -> 66.2 / 98.9 / 122.8 files/s. One
// worker checking 500 units in sequence: CPU of all its threads 2.06 -> 1.86 s (medians of three).
// Only when code is compiled changes, not what it does.

/** The V8 flags of each pool worker (the consolidation bench starts its read-only floor's workers with the same). */
export const POOL_NODE_FLAGS: readonly string[] = [
  '--single-threaded-gc',
  '--max-semi-space-size=32',
  '--no-turbo-inline-array-builtins',
  '--max-inlined-bytecode-size-cumulative=460',
  '--interrupt-budget=200000',
  '--max-optimized-bytecode-size=3000',
];

/** The compiled worker script next to the CLI (absent when running from TypeScript sources, e.g. in jest). */
export function compiledWorker(name: string): string | null {
  const js = join(__dirname, name);
  return __filename.endsWith('.js') && existsSync(js) ? js : null;
}

type Reply<R> = { readonly index: number; readonly result: R } | { readonly index: number; readonly crash: string };

/**
 * How many tasks each worker holds at once: the one it works on and the next, so that it never waits
 * for the main process to take a result and send it more work.
 */
const IN_FLIGHT = 2;

/**
 * How tasks and results cross to the workers. 'advanced' (structured clone, as between threads):
 * Maps and typed arrays come back as sent. 'json', for results of plain data only: cheaper on both
 * sides, and the objects JSON.parse makes are faster to read (a consolidation's 1,000 units:
 * pool 2.85 -> 2.70 s, the department tables after it 220 -> 193 ms).
 */
export type PoolSerialization = 'advanced' | 'json';

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
  serialization: PoolSerialization = 'advanced',
): Promise<void> {
  let next = 0;
  let failure: Error | null = null;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = fork(script, [], { execArgv: [...POOL_NODE_FLAGS], serialization, stdio: 'inherit' });
      // Tasks sent and not answered, in the order sent (the worker answers them in that order).
      const pending: number[] = [];
      let closed = false;
      const close = () => {
        if (!closed) worker.disconnect();
        closed = true;
      };
      const feed = () => {
        while (!failure && next < tasks.length && pending.length < IN_FLIGHT) {
          const index = next++;
          pending.push(index);
          worker.send({ index, task: tasks[index] });
        }
        if (pending.length === 0) close();
      };
      worker.on('message', (m: Reply<R>) => {
        const at = pending.indexOf(m.index);
        if (at >= 0) pending.splice(at, 1);
        if ('crash' in m) {
          failure ??= crashed(m.index, m.crash);
          pending.length = 0;
          close();
          return;
        }
        onResult(m.index, m.result);
        if (failure) {
          // Another worker failed: this one takes nothing more and stops once its tasks are answered.
          if (pending.length === 0) close();
          return;
        }
        feed();
      });
      // A message sent to a worker that is dying fails (EPIPE) before its exit is seen: the exit,
      // which names the task it died on and how, is the report; the send error only when no task
      // was left.
      let workerError: Error | null = null;
      worker.on('error', (e) => (workerError ??= e));
      worker.on('exit', (code, signal) => {
        const current = pending[0];
        if (current !== undefined)
          failure ??= crashed(current, signal ? `工作进程被信号 ${signal} 终止` : `工作进程退出（代码 ${code ?? '?'}）`);
        else if (workerError) failure ??= workerError;
        if (failure) reject(failure);
        else resolve();
      });
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, runWorker));
}

/**
 * In a worker: answers each task with `handle`'s result, or with the error's text when it throws,
 * one task at a time and in the order they came (the pool sends the next before this one is done).
 */
export function serveTasks<T, R>(handle: (task: T) => Promise<R>, describe: (e: unknown) => string = errorText): void {
  const queue: Array<{ index: number; task: T }> = [];
  let busy = false;
  const work = async (): Promise<void> => {
    busy = true;
    for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
      const { index } = m;
      let reply: Reply<R>;
      try {
        reply = { index, result: await handle(m.task) };
      } catch (e) {
        reply = { index, crash: describe(e) };
      }
      // The pool has let this worker go (it stopped at another task's crash): nobody to answer, and
      // sending on the closed channel would end the worker with an unhandled error on the console.
      if (!process.connected) break;
      // It can also let go between that test and the write, which then fails with EPIPE: expected,
      // and with a callback the error comes here rather than ending the worker as an unhandled event.
      process.send?.(reply, undefined, undefined, (e: Error | null) => {
        if (e && !channelGone(e)) throw e;
      });
    }
    busy = false;
  };
  process.on('message', (m: { index: number; task: T }) => {
    queue.push(m);
    if (!busy) void work();
  });
  process.on('disconnect', () => {
    queue.length = 0;
  });
}

/** The write failed because the pool closed its end of the channel. */
function channelGone(e: Error): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EPIPE' || code === 'ERR_IPC_CHANNEL_CLOSED';
}

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
