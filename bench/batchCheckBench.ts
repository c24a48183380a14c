// Benchmark: `budget check DIR` over 100, 300 and 1,000 unit workbooks on all cores. Prints figures;
// not a test. Run: npm run build:cli && node dist-cli/bench/batchCheckBench.js [--files 1000]
// [--rounds 3] [--compare OTHER_DIST_CLI]
//
// Each unit file is the demo workbook (nine tables, the two project sheets, 校验): ~107 KB,
// every tenth with a changed 项. Every run is a fresh child process, so its peak memory is its own:
// RSS of it and its pool's worker processes (worker threads, in builds before the process pool)
// sampled every 10 ms, and the kernel's high-water marks. CPU time is user + system of the process
// and its workers.
// The machine may be shared: each figure is the median of the rounds, run interleaved across builds.
// --compare runs the same measurement on another build (e.g. /tmp/batch-before) in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildDemoWorkbook } from '../src/cli/demo';
import { startProgress } from '../src/cli/progress';
import { treeCpuMs, sampleTreeMemory } from './processTree';
import { median } from './stats';

const SIZES = [100, 300, 1000];

interface ChildResult {
  readonly n: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly sampledPeakMb: number;
  readonly maxRssMb: number;
  readonly withErrors: number;
}

/** In the child: check the first n files with the given build's checkFiles, counts only (as `budget check DIR`). */
async function child(build: string, dir: string, n: number, threads: number): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build under test is chosen at run time
  const { checkFiles } = require(join(build, 'src/cli/checkFiles.js')) as typeof import('../src/cli/checkFiles');
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .slice(0, n)
    .map((f) => join(dir, f));
  const memory = sampleTreeMemory();
  const cpu0 = treeCpuMs();
  const t0 = performance.now();
  const out = await checkFiles(files, threads, { findings: false });
  const seconds = (performance.now() - t0) / 1000;
  const cpuMs = treeCpuMs() - cpu0;
  const { sampledPeakMb, maxRssMb } = memory.stop();
  // Either build's outcome: the counts (this build) or every finding (a build before counts).
  type EitherBuild = { totals?: { error: number }; findings?: ReadonlyArray<{ severity: string }> };
  const hasError = (o: object) => {
    const x = o as EitherBuild;
    return x.totals ? x.totals.error > 0 : (x.findings ?? []).some((f) => f.severity === 'error');
  };
  const res: ChildResult = {
    n,
    seconds,
    cpuSeconds: cpuMs / 1000,
    sampledPeakMb,
    maxRssMb,
    withErrors: out.filter(hasError).length,
  };
  process.stdout.write(JSON.stringify(res));
}

async function writeUnits(dir: string, count: number): Promise<number> {
  // The demo workbook: a realistic unit file. Every tenth file has a changed 项 (an error to report).
  const { workbook } = await buildDemoWorkbook();
  const clean = await workbook.toBuffer();
  workbook.workbook.getWorksheet('3 支出预算总表')!.getCell('F8').value = 582_432_999;
  const planted = await workbook.toBuffer();
  const writing = startProgress(count, { label: '写出测试文件', unit: '个文件' });
  for (let i = 0; i < count; i++) {
    await writeFile(join(dir, `unit-${String(i).padStart(4, '0')}.xlsx`), i % 10 === 9 ? planted : clean);
    writing.update(i + 1);
  }
  writing.stop();
  return clean.length;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const [build, dir, n, threads] = process.argv.slice(3);
    await child(build!, dir!, Number(n), Number(threads));
    return;
  }
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      /** Rounds for the largest size (on a shared machine 1,000 files can take minutes a round). */
      'rounds-largest': { type: 'string' },
      compare: { type: 'string' },
    },
  });
  const max = Number(values.files);
  const rounds = Math.max(1, Number(values.rounds));
  const roundsLargest = Math.max(1, Number(values['rounds-largest'] ?? rounds));
  const threads = availableParallelism();
  const builds = [
    ...(values.compare ? [{ label: 'before', dir: resolve(values.compare) }] : []),
    { label: values.compare ? 'after' : 'this build', dir: resolve(__dirname, '..') },
  ];
  const dir = await mkdtemp(join(tmpdir(), 'batch-bench-'));
  const size = await writeUnits(dir, max);
  const sizes = [...SIZES.filter((n) => n < max), max];
  console.log(
    `批量校验：${max} 个单位工作簿（每个 ${(size / 1024).toFixed(0)} KB），${threads} 个 CPU 核，${threads} 个工作进程；每项取 ${rounds} 轮中位数（最大规模 ${roundsLargest} 轮）；负载 ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const runs = new Map<string, ChildResult[]>();
  for (let r = 0; r < Math.max(rounds, roundsLargest); r++) {
    for (const n of sizes.filter((n, i) => r < (i === sizes.length - 1 ? roundsLargest : rounds))) {
      for (const b of builds) {
        const out = execFileSync(process.execPath, [__filename, '--child', b.dir, dir, String(n), String(threads)], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        const res = JSON.parse(out) as ChildResult;
        const expected = Math.floor(n / 10);
        if (res.withErrors < expected)
          throw new Error(`${b.label}：${n} 个文件中只有 ${res.withErrors} 个报出错误（应至少 ${expected} 个）`);
        const key = `${b.label}|${n}`;
        runs.set(key, [...(runs.get(key) ?? []), res]);
      }
    }
  }
  console.log('build | files | seconds | files/s | CPU ms/file | files/s if 2 cores were free | peak RSS sampled MB | maxRSS MB');
  for (const b of builds) {
    for (const n of sizes) {
      const rs = runs.get(`${b.label}|${n}`) ?? [];
      const s = median(rs.map((x) => x.seconds));
      const cpuMs = median(rs.map((x) => (x.cpuSeconds * 1000) / n));
      console.log(
        [
          b.label,
          n,
          s.toFixed(2),
          (n / s).toFixed(1),
          cpuMs.toFixed(0),
          ((2 * 1000) / cpuMs).toFixed(1),
          median(rs.map((x) => x.sampledPeakMb)).toFixed(0),
          median(rs.map((x) => x.maxRssMb)).toFixed(0),
        ].join(' | '),
      );
    }
  }
  for (const b of builds) {
    const peaks = sizes.map((n) => median((runs.get(`${b.label}|${n}`) ?? []).map((x) => x.maxRssMb)).toFixed(0));
    const s = median((runs.get(`${b.label}|${max}`) ?? []).map((x) => x.seconds));
    console.log(
      `${b.label}: ${max} 个文件 ${(max / s).toFixed(1)} 个/秒（目标 ≥ 50 个/秒，2 核）；内存峰值 ${sizes.map((n, i) => `${n} 个 ${peaks[i]} MB`).join('，')}`,
    );
  }
  console.log(
    `负载（结束时）：${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await rm(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
