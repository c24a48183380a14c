import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POOL_NODE_FLAGS, runPool } from '../../src/cli/workerPool';

// The CLI's pool with real worker processes. The worker here is a small script that speaks the
// pool's protocol the way serveTasks does (jest runs the TypeScript sources, which have no compiled
// worker): it answers a number with its double, a Map with its size, and on the tasks 'throw' and
// 'exit' it reports a crash or dies.

let script: string;
beforeAll(() => {
  script = join(mkdtempSync(join(tmpdir(), 'pool-test-')), 'worker.js');
  writeFileSync(
    script,
    // Answers as serveTasks does: after another task's crash the pool lets this worker go, and a
    // send then fails (EPIPE), which without a callback prints an unhandled-error stack.
    `const answer = (m) => { if (process.connected) process.send(m, undefined, undefined, (e) => { if (e && e.code !== 'EPIPE' && e.code !== 'ERR_IPC_CHANNEL_CLOSED') throw e; }); };
process.on('message', ({ index, task }) => {
  if (task === 'exit') process.exit(3);
  if (task === 'throw') return answer({ index, crash: 'boom at ' + index });
  const result = task instanceof Map ? { size: task.size, back: task } : { doubled: task * 2, flags: process.execArgv };
  answer({ index, result });
});
`,
  );
});

type Result = { doubled?: number; flags?: string[]; size?: number; back?: Map<string, number> };

async function run(tasks: readonly unknown[], size = 2): Promise<Map<number, Result>> {
  const out = new Map<number, Result>();
  await runPool<unknown, Result>(
    script,
    tasks,
    size,
    (i, r) => out.set(i, r),
    (i, m) => new Error(`task ${i}: ${m}`),
  );
  return out;
}

test('every task is answered once, by workers started with the pool flags', async () => {
  const out = await run(Array.from({ length: 25 }, (_, i) => i));
  expect([...out.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  expect(out.get(24)?.doubled).toBe(48);
  expect(out.get(0)?.flags).toEqual([...POOL_NODE_FLAGS]);
});

test('tasks and results cross as structured clones (a Map comes back a Map)', async () => {
  const out = await run(
    [
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    ],
    2,
  );
  expect(out.get(0)?.size).toBe(2);
  expect(out.get(0)?.back?.get('b')).toBe(2);
});

test('a task that throws in its worker stops the pool with that task named', async () => {
  await expect(run([1, 2, 'throw', 4, 5])).rejects.toThrow('task 2: boom at 2');
});

test('a worker that dies mid-task stops the pool with the task and the exit code', async () => {
  await expect(run([1, 'exit', 3], 1)).rejects.toThrow('task 1: 工作进程退出（代码 3）');
});

test('each worker holds the task it works on and the next, and serveTasks works them one at a time in order', async () => {
  // A worker with the real serveTasks (the compiled CLI's, as the CLI's own workers use it).
  const compiled = join(process.cwd(), 'dist-cli/src/cli/workerPool.js');
  const served = join(mkdtempSync(join(tmpdir(), 'pool-test-')), 'served.js');
  writeFileSync(
    served,
    `const { serveTasks } = require(${JSON.stringify(compiled)});
let active = 0, received = 0, answered = 0, maxHeld = 0;
process.on('message', () => { received++; maxHeld = Math.max(maxHeld, received - answered); });
serveTasks(async (task) => {
  active++;
  const at = active;
  await new Promise((r) => setTimeout(r, 50));
  active--;
  answered++;
  if (task === 'throw') throw new Error('boom');
  return { task, at, maxHeld, pid: process.pid };
});
`,
  );
  const out = new Map<number, { task: number; at: number; maxHeld: number; pid: number }>();
  const order: number[] = [];
  await runPool<number, { task: number; at: number; maxHeld: number; pid: number }>(
    served,
    Array.from({ length: 12 }, (_, i) => i),
    2,
    (i, r) => {
      out.set(i, r);
      order.push(i);
    },
    (i, m) => new Error(`task ${i}: ${m}`),
  );
  expect([...out.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  const results = [...out.values()];
  expect(results.every((r) => r.at === 1)).toBe(true); // never two at once in a worker
  expect(Math.max(...results.map((r) => r.maxHeld))).toBe(2); // the next task was already there
  // Per worker, answered in the order sent.
  for (const pid of new Set(results.map((r) => r.pid))) {
    const mine = order.filter((i) => out.get(i)?.pid === pid);
    expect(mine).toEqual([...mine].sort((a, b) => a - b));
  }
  await expect(
    runPool<unknown, unknown>(
      served,
      [1, 2, 'throw', 4, 5, 6],
      1,
      () => {},
      (i, m) => new Error(`task ${i}: ${m}`),
    ),
  ).rejects.toThrow('task 2: Error: boom');
});

test('a worker the pool lets go with a task still held ends quietly, without answering it', async () => {
  const compiled = join(process.cwd(), 'dist-cli/src/cli/workerPool.js');
  const served = join(mkdtempSync(join(tmpdir(), 'pool-test-')), 'served.js');
  writeFileSync(
    served,
    `const { serveTasks } = require(${JSON.stringify(compiled)});
serveTasks(async (task) => {
  await new Promise((r) => setTimeout(r, 100));
  return task;
});
`,
  );
  const child = fork(served, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const replies: unknown[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.on('message', (m) => {
    replies.push(m);
    // As runPool stops at a crash: the second task is held by the worker, still unanswered.
    child.disconnect();
  });
  child.send({ index: 0, task: 'a' });
  child.send({ index: 1, task: 'b' });
  expect(await exited).toBe(0);
  expect(replies).toEqual([{ index: 0, result: 'a' }]);
  expect(stderr).toBe('');
});
