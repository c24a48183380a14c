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
    `process.on('message', ({ index, task }) => {
  if (task === 'exit') process.exit(3);
  if (task === 'throw') return process.send({ index, crash: 'boom at ' + index });
  const result = task instanceof Map ? { size: task.size, back: task } : { doubled: task * 2, flags: process.execArgv };
  process.send({ index, result });
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
