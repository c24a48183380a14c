// Benchmark: consolidate 10 … 100 unit workbooks of realistic size from disk. Prints figures; not a
// test. Run: npm run build:cli && node dist-cli/bench/consolidateBench.js [--keep]
//
// Each unit is a variant of the published 2024 budget (seed 004): ~37 rows in each 功能分类 table,
// ~40 in the 经济分类 table, the nine tables written by the product's own builder. Every size runs in
// a fresh child process so its peak memory (maxRSS) is its own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { consolidateFiles } from '../src/cli/commands/consolidate';
import { seedPath } from '../src/cli/paths';
import { startProgress } from '../src/cli/progress';
import { checkUnitWithRules } from '../src/domain/consolidate/checkUnitWithRules';
import type { BudgetData, LineItem, LineTableId, Sangong } from '../src/domain/model/budgetData';
import { budgetDataFromPublished } from '../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { prng } from './prng';

const UNITS = 100;
const SIZES = [10, 25, 50, 100];
const TABLES: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];

/** Unit k: the seed's line items scaled by its own factor, whole 元, ~10% of items left out. */
function unitData(seed: BudgetData, k: number): BudgetData {
  const rnd = prng(1000 + k);
  const factor = 0.02 + rnd() * 0.2;
  const scale = (fen: number) => Math.round((fen * factor * (0.8 + rnd() * 0.4)) / 100) * 100;
  const lines = {} as Record<LineTableId, LineItem[]>;
  for (const id of TABLES) {
    lines[id] = seed.lines[id]
      .filter(() => rnd() > 0.1)
      .map((l) => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).map(([c, v]) => [c, scale(v)])) }));
  }
  const wan = (fen: number) => Math.round(scale(fen) / 10_000) * 10_000;
  const s = seed.sangong;
  const sangong: Sangong = {
    abroad: wan(s.abroad),
    reception: wan(s.reception),
    vehiclePurchase: wan(s.vehiclePurchase),
    vehicleOperation: wan(s.vehicleOperation),
    officeOperation: wan(s.officeOperation),
  };
  return { ...seed, department: `基准测试单位${String(k + 1).padStart(3, '0')}`, lines, sangong };
}

async function generate(dir: string): Promise<{ files: string[]; ms: number; rows: number; kb: number }> {
  const seed = budgetDataFromPublished(JSON.parse(readFileSync(seedPath('sh-hrss-2024.json'), 'utf8')));
  const t0 = performance.now();
  const files: string[] = [];
  let rows = 0;
  let bytes = 0;
  const progress = startProgress(UNITS, { label: '生成单位工作簿', unit: '个单位' });
  for (let k = 0; k < UNITS; k++) {
    progress.update(k);
    const { plan } = buildBudgetWorkbook(unitData(seed, k));
    rows += plan.sheets.reduce((s, p) => s + (p.layout ? p.layout.lastDataRow - p.layout.firstDataRow + 1 : 0), 0);
    const wb = new XlsxWorkbook();
    await wb.writePlan(plan, 'fail');
    const buf = await wb.toBuffer();
    bytes += buf.length;
    const file = join(dir, `单位${String(k + 1).padStart(3, '0')}.xlsx`);
    await writeFile(file, buf);
    files.push(file);
  }
  progress.stop();
  return { files, ms: performance.now() - t0, rows: rows / UNITS, kb: bytes / UNITS / 1024 };
}

interface ChildResult {
  readonly n: number;
  readonly ms: number;
  readonly checkMs: number;
  readonly writeMs: number;
  readonly sampledPeakMb: number;
  readonly maxRssMb: number;
  readonly outKb: number;
  readonly consolidated: number;
}

/** In the child: consolidate the first n files, sampling RSS every 5 ms. */
async function child(dir: string, n: number): Promise<void> {
  const files = (await readdir(dir))
    .filter((f) => /^单位\d+\.xlsx$/.test(f))
    .sort()
    .slice(0, n)
    .map((f) => join(dir, f));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  let checkMs = 0;
  const checkUnit: typeof checkUnitWithRules = (snaps) => {
    const t = performance.now();
    const r = checkUnitWithRules(snaps);
    checkMs += performance.now() - t;
    return r;
  };
  const t0 = performance.now();
  const { result, bytes } = await consolidateFiles(files, { department: '基准测试主管部门', checkUnit });
  const t1 = performance.now();
  const out = join(dir, `部门-${n}.xlsx`);
  await writeFile(out, bytes!);
  const writeMs = performance.now() - t1;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const res: ChildResult = {
    n,
    ms: t1 - t0,
    checkMs,
    writeMs,
    sampledPeakMb: peak / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    outKb: (await stat(out)).size / 1024,
    consolidated: result.units.filter((u) => u.included).length,
  };
  process.stdout.write(JSON.stringify(res));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1]!, Number(args[2]));
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'consolidate-bench-'));
  const gen = await generate(dir);
  console.log(
    `生成 ${UNITS} 个单位工作簿：${(gen.ms / 1000).toFixed(1)} 秒；每个约 ${gen.rows.toFixed(0)} 个数据行（9 张表），${gen.kb.toFixed(0)} KB（${dir}）`,
  );
  console.log(
    'files | total s | files/s | ms/file | of which check ms/file | save output ms | peak RSS sampled MB | maxRSS MB | output KB',
  );
  const results: ChildResult[] = [];
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, [__filename, '--child', dir, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as ChildResult;
    if (r.consolidated !== n) throw new Error(`只汇总了 ${r.consolidated}/${n} 个单位`);
    results.push(r);
    console.log(
      [
        n,
        (r.ms / 1000).toFixed(2),
        (n / (r.ms / 1000)).toFixed(1),
        (r.ms / n).toFixed(0),
        (r.checkMs / n).toFixed(0),
        r.writeMs.toFixed(0),
        r.sampledPeakMb.toFixed(0),
        r.maxRssMb.toFixed(0),
        r.outKb.toFixed(0),
      ].join(' | '),
    );
  }
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const timeRatio = last.ms / first.ms;
  const sizeRatio = last.n / first.n;
  console.log(
    `时间增长：${first.n} → ${last.n} 个文件（×${sizeRatio}），用时 ×${timeRatio.toFixed(2)}（线性为 ×${sizeRatio}）；内存峰值 ${first.maxRssMb.toFixed(0)} → ${last.maxRssMb.toFixed(0)} MB`,
  );
  if (!args.includes('--keep')) await rm(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
