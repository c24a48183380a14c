// Benchmark: `budget check` over many files, one thread vs the worker pool. Prints figures; not a
// test. Run: npm run build:cli && node dist-cli/bench/batchCheckBench.js [maxFiles]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDemoWorkbook } from '../src/cli/demo';
import { checkFiles } from '../src/cli/checkFiles';
import { startProgress } from '../src/cli/progress';

async function main(): Promise<void> {
  const max = Number(process.argv[2] ?? 1000);
  const dir = await mkdtemp(join(tmpdir(), 'batch-bench-'));
  // The demo workbook (nine tables, 校验, 上年数, 说明素材, project sheets): a realistic unit file.
  // Every tenth file has a changed 项 so the checker has something to report.
  const { workbook } = await buildDemoWorkbook();
  const clean = await workbook.toBuffer();
  workbook.workbook.getWorksheet('3 支出预算总表')!.getCell('F8').value = 582_432_999;
  const planted = await workbook.toBuffer();
  const files: string[] = [];
  const writing = startProgress(max, { label: '写出测试文件', unit: '个文件' });
  for (let i = 0; i < max; i++) {
    const f = join(dir, `unit-${String(i).padStart(4, '0')}.xlsx`);
    await writeFile(f, i % 10 === 9 ? planted : clean);
    files.push(f);
    writing.update(i + 1);
  }
  writing.stop();
  console.log(`file size ${(clean.length / 1024).toFixed(0)} KB; cores ${availableParallelism()}`);
  console.log('files | threads | seconds | files/s | peak RSS MB | errors found');
  for (const n of [10, 100, max].filter((n, i, a) => n <= max && a.indexOf(n) === i)) {
    for (const threads of [1, availableParallelism()]) {
      const t0 = performance.now();
      // Progress on stderr when it is a terminal; the figures on stdout stay clean.
      const progress = startProgress(n, { label: `校验（${threads} 线程）`, unit: '个文件' });
      const out = await checkFiles(files.slice(0, n), threads, { onProgress: (done) => progress.update(done) });
      progress.stop();
      const s = (performance.now() - t0) / 1000;
      const errors = out.filter((o) => 'findings' in o && o.findings.some((f) => f.severity === 'error')).length;
      console.log(
        `${n} | ${threads} | ${s.toFixed(2)} | ${(n / s).toFixed(1)} | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} | ${errors}`,
      );
    }
  }
  await rm(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
