// Benchmark: consolidating 100, 300 and 1,000 unit workbooks from disk against the floor of only
// reading those files with the same reader. Prints figures; not a test.
// Run: npm run build:cli && node dist-cli/bench/consolidateBench.js [--units 1000] [--rounds 3]
//      [--compare OTHER_DIST_CLI] [--dir KEEP_UNITS_HERE]
//
// Each unit is a variant of the published 2024 budget (seed 004): ~37 rows in each 功能分类 table,
// ~40 in the 经济分类 table, written by the product's own builder with every formula's result cached
// (as Excel saves it). Every measurement runs in a fresh child process so its peak memory is its own
// (RSS of it and its pool's worker processes sampled every 10 ms, and the high-water marks):
// - read only: every file read by readXlsxSnapshots (the reader consolidation uses), one thread, and
//   on a pool of one worker process per core with the pool's V8 flags (the consolidation's own
//   parallelism);
// - consolidate: what consolidateFiles does, in its three steps timed apart: the units read and each
//   unit's own check on the pool (readUnitFiles), the department tables in the main thread
//   (consolidateUnits), and the ExcelJS write of the department workbook (consolidatedBytes).
//   "consolidate" is the first two; the write is reported beside it.
// For each size it prints seconds, ms per unit and consolidate ÷ pooled read, then a linearity line
// (ms per unit at the largest size ÷ at 100: 1 is linear). Each is also given in CPU time of the
// process and its workers: on a machine shared with other work,
// wall-clock ratios swing with the load while CPU ratios hardly move.
// --compare measures another build (e.g. /tmp/batch-before) in the same run, rounds interleaved.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { ownCpuMs, sampleTreeMemory, treeCpuMs } from './processTree';
import { median } from './stats';
import { cachedBuffer } from './units';
import { seedBudget, unitData } from './unitVariants';

const SIZES = [100, 300, 1000];
const UNIT_FILE = /^单位\d+\.xlsx$/;

const unitPath = (dir: string, k: number) => join(dir, `单位${String(k + 1).padStart(4, '0')}.xlsx`);

/** In a child: writes units [from, to). */
async function generateRange(dir: string, from: number, to: number): Promise<void> {
  const seed = seedBudget();
  for (let k = from; k < to; k++) {
    const book = new XlsxWorkbook();
    await book.writePlan(buildBudgetWorkbook(unitData(seed, k)).plan, 'fail');
    await writeFile(unitPath(dir, k), await cachedBuffer(book));
  }
}

/** The unit files, generated on all cores where missing. */
async function generate(dir: string, count: number): Promise<{ seconds: number; made: number }> {
  await mkdir(dir, { recursive: true });
  const missing = Array.from({ length: count }, (_, k) => k).filter((k) => !existsSync(unitPath(dir, k)));
  const t0 = performance.now();
  if (missing.length > 0) {
    const from = missing[0]!;
    const parts = availableParallelism();
    const step = Math.ceil((count - from) / parts);
    await Promise.all(
      Array.from({ length: parts }, (_, p) => {
        const a = from + p * step;
        const b = Math.min(count, a + step);
        if (a >= b) return Promise.resolve();
        return new Promise<void>((res, rej) => {
          const w = new Worker(__filename, { argv: ['--generate', dir, String(a), String(b)] });
          w.on('error', rej);
          w.on('exit', (code) => (code === 0 ? res() : rej(new Error(`生成单位 ${a}–${b} 失败（${code}）`))));
        });
      }),
    );
  }
  return { seconds: (performance.now() - t0) / 1000, made: missing.length };
}

interface ChildResult {
  readonly n: number;
  readonly readMs: number;
  readonly readPoolMs: number;
  /** CPU time of the pooled read, all threads of the process (load on the shared machine does not count). */
  readonly readPoolCpuMs: number;
  /** Read and checked on the pool, then the department tables: consolidateFiles without the write. */
  readonly consolidateMs: number;
  /** Of consolidateMs, the department tables built in the main thread once every unit is in. */
  readonly tablesMs: number;
  /** CPU time of consolidateMs, all threads. */
  readonly consolidateCpuMs: number;
  readonly writeMs: number;
  readonly sampledPeakMb: number;
  readonly maxRssMb: number;
  readonly consolidated: number;
}

type Build = {
  readUnitFiles: typeof import('../src/cli/commands/consolidate').readUnitFiles;
  consolidatedBytes: typeof import('../src/cli/commands/consolidate').consolidatedBytes;
  consolidateUnits: typeof import('../src/domain/consolidate/consolidateUnits').consolidateUnits;
  readXlsxSnapshots: typeof import('../src/hosts/xlsx/openXlsx').readXlsxSnapshots;
};

function loadBuild(build: string): Build {
  /* eslint-disable @typescript-eslint/no-require-imports -- the build under test is chosen at run time */
  const command = require(join(build, 'src/cli/commands/consolidate.js')) as Build;
  return {
    readUnitFiles: command.readUnitFiles,
    consolidatedBytes: command.consolidatedBytes,
    consolidateUnits: (require(join(build, 'src/domain/consolidate/consolidateUnits.js')) as Build).consolidateUnits,
    readXlsxSnapshots: (require(join(build, 'src/hosts/xlsx/openXlsx.js')) as Build).readXlsxSnapshots,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Reads the files on one worker process per core with the build's reader, started with the V8 flags
 * of the build's pool, as consolidation's pool does. The workers are started (their modules loaded)
 * before the clock starts: the floor is reading alone. CPU is what the workers report of their own.
 */
async function readOnPool(build: string, files: readonly string[]): Promise<{ ms: number; cpuMs: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build under test is chosen at run time
  const flags = (require(join(build, 'src/cli/workerPool.js')) as { POOL_NODE_FLAGS?: readonly string[] }).POOL_NODE_FLAGS ?? [];
  type FromReader = { readonly cpuMs: number };
  const workers = await Promise.all(
    Array.from(
      { length: Math.min(availableParallelism(), files.length) },
      () =>
        new Promise<{ w: ChildProcess; startCpuMs: number; exited: Promise<void> }>((res, rej) => {
          const w = fork(__filename, ['--read-worker', build], { execArgv: [...flags], stdio: 'inherit' });
          const exited = new Promise<void>((done) => w.once('exit', () => done()));
          w.once('message', (m: FromReader) => res({ w, startCpuMs: m.cpuMs, exited }));
          w.on('error', rej);
        }),
    ),
  );
  const t0 = performance.now();
  let next = 0;
  const endCpu = await Promise.all(
    workers.map(
      ({ w, startCpuMs }) =>
        new Promise<number>((res) => {
          const feed = (m: FromReader | 'read') => {
            if (m !== 'read') {
              w.off('message', feed);
              w.disconnect();
              res(m.cpuMs - startCpuMs);
            } else w.send(files[next++] ?? 'done');
          };
          w.on('message', feed);
          feed('read');
        }),
    ),
  );
  const ms = performance.now() - t0;
  // Reaped before returning: a worker reaped later would add all its CPU to the consolidation's
  // (treeCpuMs counts children as they are reaped), which made the CPU ratio half as large again.
  await Promise.all(workers.map((w) => w.exited));
  return { ms, cpuMs: endCpu.reduce((a, b) => a + b, 0) };
}

/** In a child: the floor and the consolidation of the first n units with the given build. */
async function child(buildDir: string, dir: string, n: number): Promise<void> {
  const build = loadBuild(buildDir);
  const files = (await readdir(dir))
    .filter((f) => UNIT_FILE.test(f))
    .sort()
    .slice(0, n)
    .map((f) => join(dir, f));
  const memory = sampleTreeMemory();
  let t = performance.now();
  for (const f of files) await build.readXlsxSnapshots(f);
  const readMs = performance.now() - t;
  const pooled = await readOnPool(buildDir, files);
  // consolidateFiles' three steps, timed apart.
  t = performance.now();
  const cpu0 = treeCpuMs();
  const units = await build.readUnitFiles(files);
  const poolMs = performance.now() - t;
  t = performance.now();
  const result = build.consolidateUnits(units, { department: '基准测试主管部门' });
  const tablesMs = performance.now() - t;
  const consolidateCpuMs = treeCpuMs() - cpu0;
  t = performance.now();
  const bytes = await build.consolidatedBytes(result);
  const writeMs = performance.now() - t;
  if (!result.plan || !bytes) throw new Error('未生成汇总表');
  const { sampledPeakMb, maxRssMb } = memory.stop();
  const res: ChildResult = {
    n,
    readMs,
    readPoolMs: pooled.ms,
    readPoolCpuMs: pooled.cpuMs,
    consolidateMs: poolMs + tablesMs,
    tablesMs,
    consolidateCpuMs,
    writeMs,
    sampledPeakMb,
    maxRssMb,
    consolidated: result.units.filter((u) => u.included).length,
  };
  process.stdout.write(JSON.stringify(res));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--generate') return generateRange(args[1]!, Number(args[2]), Number(args[3]));
  if (args[0] === '--read-worker') {
    const build = loadBuild(args[1]!);
    process.on('message', (f: string) => {
      if (f === 'done') process.send?.({ cpuMs: ownCpuMs() });
      else void build.readXlsxSnapshots(f).then(() => process.send?.('read'));
    });
    process.send?.({ cpuMs: ownCpuMs() });
    return;
  }
  if (args[0] === '--child') return child(args[1]!, args[2]!, Number(args[3]));
  const { values } = parseArgs({
    args,
    options: {
      units: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      /** Rounds for the largest size (on a shared machine 1,000 files can take minutes a round). */
      'rounds-largest': { type: 'string' },
      compare: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const count = Number(values.units);
  const rounds = Math.max(1, Number(values.rounds));
  const roundsLargest = Math.max(1, Number(values['rounds-largest'] ?? rounds));
  const builds = [
    ...(values.compare ? [{ label: 'before', dir: resolve(values.compare) }] : []),
    { label: values.compare ? 'after' : 'this build', dir: resolve(__dirname, '..') },
  ];
  const dir = values.dir ? resolve(values.dir) : await mkdtemp(join(tmpdir(), 'consolidate-bench-'));
  const gen = await generate(dir, count);
  const sizes = [...SIZES.filter((n) => n < count), count];
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(
    `汇总：${count} 个单位工作簿（${dir}；本次生成 ${gen.made} 个，${gen.seconds.toFixed(0)} 秒），${availableParallelism()} 个 CPU 核；每项取 ${rounds} 轮中位数（最大规模 ${roundsLargest} 轮）；负载 ${load()}`,
  );
  const runs = new Map<string, ChildResult[]>();
  for (let r = 0; r < Math.max(rounds, roundsLargest); r++) {
    for (const n of sizes.filter((n, i) => r < (i === sizes.length - 1 ? roundsLargest : rounds))) {
      for (const b of builds) {
        const out = execFileSync(process.execPath, [__filename, '--child', b.dir, dir, String(n)], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        const res = JSON.parse(out) as ChildResult;
        if (res.consolidated !== n) throw new Error(`${b.label}：只汇总了 ${res.consolidated}/${n} 个单位`);
        runs.set(`${b.label}|${n}`, [...(runs.get(`${b.label}|${n}`) ?? []), res]);
      }
    }
  }
  console.log(
    'build | units | read 1 thread s | read pool s | consolidate s | ÷ read 1 thread | ÷ read pool | ms/unit | of which tables s | CPU s read pool | CPU s consolidate | CPU ÷ | write workbook s | peak RSS sampled MB | maxRSS MB',
  );
  const med = (label: string, n: number, f: (x: ChildResult) => number) => median((runs.get(`${label}|${n}`) ?? []).map(f));
  for (const b of builds) {
    for (const n of sizes) {
      const m = (f: (x: ChildResult) => number) => med(b.label, n, f);
      const read = m((x) => x.readMs);
      const pool = m((x) => x.readPoolMs);
      const cons = m((x) => x.consolidateMs);
      console.log(
        [
          b.label,
          n,
          (read / 1000).toFixed(2),
          (pool / 1000).toFixed(2),
          (cons / 1000).toFixed(2),
          (cons / read).toFixed(2),
          (cons / pool).toFixed(2),
          (cons / n).toFixed(1),
          (m((x) => x.tablesMs) / 1000).toFixed(2),
          (m((x) => x.readPoolCpuMs) / 1000).toFixed(2),
          (m((x) => x.consolidateCpuMs) / 1000).toFixed(2),
          m((x) => x.consolidateCpuMs / x.readPoolCpuMs).toFixed(2),
          (m((x) => x.writeMs) / 1000).toFixed(2),
          m((x) => x.sampledPeakMb).toFixed(0),
          m((x) => x.maxRssMb).toFixed(0),
        ].join(' | '),
      );
    }
  }
  const first = sizes[0] ?? count;
  for (const b of builds) {
    console.log(`${b.label}：`);
    for (const n of sizes) {
      const cons = med(b.label, n, (x) => x.consolidateMs);
      // The ratio of each round's own pair, then their median: both halves saw the same load.
      const ratio = med(b.label, n, (x) => x.consolidateMs / x.readPoolMs);
      const cpuRatio = med(b.label, n, (x) => x.consolidateCpuMs / x.readPoolCpuMs);
      console.log(
        `  ${n} 个单位：汇总 ${(cons / 1000).toFixed(2)} 秒，每个单位 ${(cons / n).toFixed(1)} ms，汇总 ÷ 只读（每核一个进程）= ${ratio.toFixed(2)}（目标 ≤ 2；按 CPU 时间 ${cpuRatio.toFixed(2)}）`,
      );
    }
    const perUnit = (n: number, f: (x: ChildResult) => number) => med(b.label, n, f) / n;
    const wall = perUnit(count, (x) => x.consolidateMs) / perUnit(first, (x) => x.consolidateMs);
    const cpu = perUnit(count, (x) => x.consolidateCpuMs) / perUnit(first, (x) => x.consolidateCpuMs);
    console.log(
      `  线性：每个单位耗时 ${count} 个 ÷ ${first} 个 = ${wall.toFixed(2)}（按 CPU 时间 ${cpu.toFixed(2)}；1 为线性，小规模含进程池启动的固定开销）`,
    );
    // Without the fixed start-up: what each further unit costs between two sizes, the largest step
    // against the first. Above 1 means later units cost more than earlier ones (growth with n).
    if (sizes.length >= 3) {
      const step = (a: number, z: number, f: (x: ChildResult) => number) => (med(b.label, z, f) - med(b.label, a, f)) / (z - a);
      const [s0, s1] = sizes;
      const sl = sizes[sizes.length - 2];
      if (s0 !== undefined && s1 !== undefined && sl !== undefined) {
        const w = step(sl, count, (x) => x.consolidateMs) / step(s0, s1, (x) => x.consolidateMs);
        const c = step(sl, count, (x) => x.consolidateCpuMs) / step(s0, s1, (x) => x.consolidateCpuMs);
        console.log(
          `  边际：第 ${sl}–${count} 个单位每个 ${step(sl, count, (x) => x.consolidateMs).toFixed(1)} ms ÷ 第 ${s0}–${s1} 个每个 ${step(s0, s1, (x) => x.consolidateMs).toFixed(1)} ms = ${w.toFixed(2)}（按 CPU 时间 ${c.toFixed(2)}；1 为线性）`,
        );
      }
    }
  }
  if (values.compare) {
    for (const n of sizes) {
      const before = med('before', n, (x) => x.consolidateMs);
      const after = med('after', n, (x) => x.consolidateMs);
      console.log(`${n} 个单位：汇总 ${(before / 1000).toFixed(2)} → ${(after / 1000).toFixed(2)} 秒（${(before / after).toFixed(2)} 倍）`);
    }
  }
  console.log(`负载（结束时）：${load()}`);
  if (!values.dir) await rm(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
