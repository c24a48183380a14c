// Benchmark: open → findings for 100,000 line items, against the floor, before and after, in one
// process on the same files. Prints figures; not a test; nothing is asserted.
// Run: npm run build:cli && node dist-cli/bench/checkBench.js [--items 100000] [--rounds 3]
//
// What is generated, and why. Codes must be real (a code not in the catalog is itself a finding),
// and one workbook holds one table of each kind, each code at most once: a single department never
// has more line items than the 2024 catalog has 项 (482 here). 100,000 line items are therefore
// spread over synthetic unit workbooks, each a complete nine-table set built by the product's own
// builder with EVERY catalog 项 in the 收入/支出/一般公共预算 tables and every 经济分类 款 — far larger
// than a real unit, so the per-workbook figures are an upper bound. Amounts are random but
// consistent across tables, so the check finds nothing and its cost is the cost of a clean pass.
// Each workbook is saved with formula results cached, as Excel saves it, so the reader uses them.
// (One huge table repeating real codes was rejected: every repeat is a duplicate-code finding and
// every parent a sum error, so it measures message rendering, not checking.)
//
// Before = the ExcelJS host's reading (load + readSheets) and the 校验 sheet builder as it was
// (bench/before/, a verbatim copy); after = the fast reader and today's builder. Every figure is the
// median over rounds; each round runs the floor and each after path file by file, interleaved, so a
// busy machine slows all of them alike, and each after path (the CLI's, the page's, the 校验 sheet)
// in a pass of its own, so that none collects another's garbage. The before path runs over all files first in each round, in
// a child process of its own: in the same process, the ExcelJS load left hundreds of MB of garbage
// and a grown old generation for the fast reader after it to collect in its time, which the product
// (one reader, never ExcelJS before it) does not pay. The 校验 sheet is timed as budget check --sheet builds it, after
// a check that kept its arithmetic checks for it, and again after a plain check, which drops the
// checks that pass (the pane's button then makes them again). The memory of checking one big
// workbook is measured in a child process per path, so each peak is its own.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { buildCheckSheet } from '../src/domain/check/buildCheckSheet';
import { checkContext } from '../src/domain/check/checkContext';
import { checkSnapshots } from '../src/domain/check/checkSnapshots';
import { checkWorkbook } from '../src/domain/check/checkWorkbook';
import { ALL_RULES } from '../src/domain/check/rules';
import { consolidateWorkbooks } from '../src/domain/consolidate/consolidateWorkbooks';
import type { SheetSnapshot } from '../src/domain/port/workbookPort';
import { readBudgetTables } from '../src/domain/read/readBudgetTables';
import { NODE_DECODING } from '../src/hosts/xlsx/openXlsx';
import { readSnapshotsFast } from '../src/hosts/xlsx/readSnapshotsFast';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { buildCheckSheet as buildCheckSheetBefore } from './before/buildCheckSheet';
import { floorPass } from './floor';
import { fmt, maxRssMb, median, rssMb } from './stats';
import { cachedBuffer, ECON, ITEMS, unitBuffer, unitData } from './units';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET = arg('--items', 100_000);
const ROUNDS = arg('--rounds', 3);

async function exceljsSnapshots(buf: Uint8Array): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return new XlsxWorkbook(wb).readSheets();
}

/** In a child process: open and check one file by one path; prints time, findings and peak memory. */
async function childOne(file: string, path: string): Promise<void> {
  const buf = new Uint8Array(readFileSync(file));
  const before = maxRssMb();
  const t0 = performance.now();
  const snaps = path === 'before' ? await exceljsSnapshots(buf) : readSnapshotsFast(buf);
  // As budget check --sheet does it: the checks made once, kept for the sheet.
  const { findings, parsed, context } = checkSnapshots(snaps, undefined, undefined, undefined, { keepChecks: true });
  const t1 = performance.now();
  const sheet = (path === 'before' ? buildCheckSheetBefore : buildCheckSheet)(parsed, context);
  const t2 = performance.now();
  const rows = snaps.reduce((n, s) => n + s.values.length, 0);
  process.stdout.write(
    JSON.stringify({
      ms: t1 - t0,
      sheetMs: t2 - t1,
      checkRows: sheet.cells.length,
      rows,
      findings: findings.length,
      baseMb: before,
      maxRssMb: maxRssMb(),
    }),
  );
}

type Measure =
  | 'floor'
  | 'floorNative'
  | 'fastReadNative'
  | 'e2eNative'
  | 'exceljsLoad'
  | 'exceljsSnapshot'
  | 'fastRead'
  | 'recognise'
  | 'rules'
  | 'checkSnapshots'
  | 'e2eBefore'
  | 'e2eAfter'
  | 'sheetBefore'
  | 'sheetAfter'
  | 'sheetRemade';

/** The before path on one file, timed into t: ExcelJS's object model, the snapshot, the check, the 校验 sheet. */
async function beforePath(buf: Uint8Array, t: Record<Measure, number>): Promise<number> {
  let s = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const s1 = performance.now();
  const oldSnaps = await new XlsxWorkbook(wb).readSheets();
  const s2 = performance.now();
  const oldChecked = checkSnapshots(oldSnaps);
  const s3 = performance.now();
  t.exceljsLoad += s1 - s;
  t.exceljsSnapshot += s2 - s1;
  t.e2eBefore += s3 - s;
  // The 校验 sheets as budget check --sheet builds them, after a check that kept its checks.
  const oldKept = checkSnapshots(oldSnaps, undefined, undefined, undefined, { keepChecks: true });
  s = performance.now();
  buildCheckSheetBefore(oldKept.parsed, oldKept.context);
  t.sheetBefore += performance.now() - s;
  return oldChecked.findings.length;
}

/** In a child process: the before path over every file of the directory, in name order; prints its times, findings and peak RSS. */
async function childBefore(dir: string): Promise<void> {
  const t = Object.fromEntries(BEFORE_MEASURES.map((k) => [k, 0])) as Record<Measure, number>;
  let findings = 0;
  let peakMb = 0;
  for (const f of readdirSync(dir).sort()) {
    findings += await beforePath(new Uint8Array(readFileSync(join(dir, f))), t);
    peakMb = Math.max(peakMb, rssMb());
  }
  process.stdout.write(JSON.stringify({ t, findings, peakMb }));
}

const BEFORE_MEASURES = ['exceljsLoad', 'exceljsSnapshot', 'e2eBefore', 'sheetBefore'] as const;

async function main(): Promise<void> {
  if (process.argv[2] === '--one') {
    await childOne(process.argv[3]!, process.argv[4]!);
    return;
  }
  if (process.argv[2] === '--before') {
    await childBefore(process.argv[3]!);
    return;
  }
  const perUnit = unitData(0).lineItems;
  const units = Math.ceil(TARGET / perUnit);
  console.log(
    `生成 ${units} 个单位工作簿，每个 ${perUnit} 个明细行（${ITEMS.length} 个项 × 3 张功能分类表 + ${ECON.length} 个经济分类款）…`,
  );
  const buffers: Uint8Array[] = [];
  let lineItems = 0;
  const g0 = performance.now();
  for (let u = 0; u < units; u++) {
    const { data, lineItems: n } = unitData(u + 1);
    lineItems += n;
    buffers.push(await unitBuffer(data));
  }
  const bytes = buffers.reduce((s, b) => s + b.length, 0);
  // The files, for the before path's child process (in name order, as buffers[]).
  const filesDir = mkdtempSync(join(tmpdir(), 'check-bench-files-'));
  buffers.forEach((b, i) => writeFileSync(join(filesDir, `单位${String(i + 1).padStart(3, '0')}.xlsx`), b));
  console.log(`生成并写出 .xlsx：${fmt((performance.now() - g0) / 1000, 1)} s，共 ${lineItems} 个明细行，${fmt(bytes / 2 ** 20, 1)} MB`);

  const rounds: Array<Record<Measure, number>> = [];
  const peak = { before: 0, after: 0 };
  let checkRows = 0;
  let findingCounts = { before: 0, after: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const t = Object.fromEntries(
      (
        [
          'floor',
          'floorNative',
          'fastReadNative',
          'e2eNative',
          'exceljsLoad',
          'exceljsSnapshot',
          'fastRead',
          'recognise',
          'rules',
          'checkSnapshots',
          'e2eBefore',
          'e2eAfter',
          'sheetBefore',
          'sheetAfter',
          'sheetRemade',
        ] as const
      ).map((k) => [k, 0]),
    ) as Record<Measure, number>;
    checkRows = 0;
    findingCounts = { before: 0, after: 0 };
    {
      const out = execFileSync(process.execPath, [__filename, '--before', filesDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const b = JSON.parse(out) as { t: Record<Measure, number>; findings: number; peakMb: number };
      for (const k of BEFORE_MEASURES) t[k] = b.t[k];
      findingCounts.before = b.findings;
      peak.before = Math.max(peak.before, b.peakMb);
    }
    // Untimed: what generating the files left is collected here, not in the first file's floor.
    const [first] = buffers;
    if (first && round === 0) checkSnapshots(readSnapshotsFast(first));
    // Each path in a pass of its own over the files, the floor beside it file by file: a path then
    // collects only its own garbage. When the CLI's reading came after the page's path and its
    // 校验 sheet, file by file, its reader collected what they had left (the product never builds
    // a 校验 sheet before it reads). First the CLI's reading: zlib for the floor and the reader alike.
    for (const buf of buffers) {
      let s = performance.now();
      floorPass(buf, NODE_DECODING.inflate);
      t.floorNative += performance.now() - s;
      s = performance.now();
      const nativeSnaps = readSnapshotsFast(buf, undefined, { native: NODE_DECODING });
      const n1 = performance.now();
      checkSnapshots(nativeSnaps);
      t.fastReadNative += n1 - s;
      t.e2eNative += performance.now() - s;
    }
    for (const buf of buffers) {
      let s = performance.now();
      floorPass(buf);
      t.floor += performance.now() - s;

      // After: the fast reader, then the same check.
      s = performance.now();
      const snaps = readSnapshotsFast(buf);
      const f1 = performance.now();
      const checked = checkSnapshots(snaps);
      const f2 = performance.now();
      t.fastRead += f1 - s;
      t.checkSnapshots += f2 - f1;
      t.e2eAfter += f2 - s;
      findingCounts.after += checked.findings.length;

      // The check's own stages, once more on their own.
      s = performance.now();
      const { workbook: parsed } = readBudgetTables(snaps);
      const r1 = performance.now();
      checkWorkbook(parsed, checkContext(parsed));
      t.recognise += r1 - s;
      t.rules += performance.now() - r1;
      peak.after = Math.max(peak.after, rssMb());
    }
    // The 校验 sheet, in a third pass: its hundreds of thousands of cells are garbage that the next
    // file's reading would otherwise collect in its time.
    for (const buf of buffers) {
      const snaps = readSnapshotsFast(buf);
      const checked = checkSnapshots(snaps);
      // After a check that dropped its passing checks (the pane's 生成校验表 button): made again.
      let s = performance.now();
      buildCheckSheet(checked.parsed, checked.context);
      t.sheetRemade += performance.now() - s;
      const kept = checkSnapshots(snaps, undefined, undefined, undefined, { keepChecks: true });
      s = performance.now();
      checkRows += buildCheckSheet(kept.parsed, kept.context).cells.length;
      t.sheetAfter += performance.now() - s;
      peak.after = Math.max(peak.after, rssMb());
    }
    rounds.push(t);
  }
  const med = (k: Measure) => median(rounds.map((r) => r[k]));
  const per10k = (ms: number) => (ms / lineItems) * 10_000;
  console.log(
    `\n${units} 个工作簿，${lineItems} 个明细行；发现问题：之前 ${findingCounts.before} 条，之后 ${findingCounts.after} 条（应相同）`,
  );
  console.log(`${ROUNDS} 轮取中位数\n阶段 | 合计 ms | 每万明细行 ms`);
  const rows: Array<[string, Measure]> = [
    ['地板：解压各表 XML（fflate）+ 逐标签扫描', 'floor'],
    ['之前：ExcelJS 解析 .xlsx（load）', 'exceljsLoad'],
    ['之前：ExcelJS 读取快照（readSheets）', 'exceljsSnapshot'],
    ['之后：快速读取器（readSnapshotsFast）', 'fastRead'],
    ['识别标准表（readBudgetTables）', 'recognise'],
    ['校验（checkWorkbook，全部规则）', 'rules'],
    ['识别 + 科目表 + 校验 + 排序（checkSnapshots）', 'checkSnapshots'],
    ['端到端 打开→问题清单，之前', 'e2eBefore'],
    ['端到端 打开→问题清单，之后', 'e2eAfter'],
    ['CLI 的读取：地板（zlib 解压）', 'floorNative'],
    ['CLI 的读取：快速读取器（zlib 解压）', 'fastReadNative'],
    ['CLI 的读取：端到端 打开→问题清单', 'e2eNative'],
    [`生成校验表，之前（共 ${checkRows} 行）`, 'sheetBefore'],
    [`生成校验表，之后（共 ${checkRows} 行）`, 'sheetAfter'],
    [`生成校验表，之后，各项核对重新生成（校验时未保留）`, 'sheetRemade'],
  ];
  for (const [label, k] of rows) console.log(`${label} | ${fmt(med(k))} | ${fmt(per10k(med(k)), 1)}`);
  const floor = med('floor');
  console.log(`\nend-to-end / floor = ${(med('e2eAfter') / floor).toFixed(2)}（目标 ≤ 3；之前 ${(med('e2eBefore') / floor).toFixed(2)}）`);
  console.log(
    `CLI（zlib 解压，地板同样用 zlib）：end-to-end / floor = ${(med('e2eNative') / med('floorNative')).toFixed(2)}；端到端 ${fmt(per10k(med('e2eNative')), 1)} ms/万行，比页面的读取快 ${(med('e2eAfter') / med('e2eNative')).toFixed(2)} 倍`,
  );
  const per100kRows = (ms: number) => (ms / checkRows) * 100_000;
  console.log(
    `校验表每 10 万行 ${fmt(per100kRows(med('sheetAfter')))} ms（目标 ≤ 1000 ms；之前 ${fmt(per100kRows(med('sheetBefore')))} ms，之前/之后 = ${(med('sheetBefore') / med('sheetAfter')).toFixed(2)}；各项核对重新生成时 ${fmt(per100kRows(med('sheetRemade')))} ms）`,
  );
  console.log(`内存（各文件之间采样的 RSS 峰值，之前在其子进程中）：之前 ${fmt(peak.before)} MB，之后 ${fmt(peak.after)} MB`);

  console.log('\n各规则（一轮）| 合计 ms | 每万明细行 ms');
  const snapsAll = buffers.map((b) => readSnapshotsFast(b));
  const perRule = new Map<string, number>(ALL_RULES.map((r) => [r.id, 0]));
  for (const snaps of snapsAll) {
    const { workbook: parsed } = readBudgetTables(snaps);
    const ctx = checkContext(parsed);
    for (const r of ALL_RULES) {
      const r0 = performance.now();
      r.check(parsed, ctx);
      perRule.set(r.id, perRule.get(r.id)! + performance.now() - r0);
    }
  }
  for (const [id, ms] of [...perRule.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`${id} | ${fmt(ms, 1)} | ${fmt(per10k(ms), 2)}`);

  // One big workbook: the department workbook consolidating all the units — its 单位明细 lists
  // every unit's line items — checked on its own, each path in a fresh process.
  const consolidated = consolidateWorkbooks(snapsAll.map((sheets, i) => ({ file: `单位${i + 1}.xlsx`, sheets })));
  const book = new XlsxWorkbook();
  await book.writePlan(consolidated.plan!, 'fail');
  const dir = mkdtempSync(join(tmpdir(), 'check-bench-'));
  const big = join(dir, 'department.xlsx');
  const bigBytes = await cachedBuffer(book);
  writeFileSync(big, bigBytes);
  const detailRows = consolidated.plan!.sheets.reduce((n, s) => n + s.cells.length, 0);
  console.log(
    `\n一个大工作簿：${units} 个单位的汇总表（各表与单位明细共 ${detailRows} 行，${fmt(bigBytes.length / 2 ** 20, 1)} MB），各路径单独进程`,
  );
  console.log('路径 | 打开→问题清单 ms | 生成校验表 ms | 问题条数 | 峰值内存 maxRSS MB（目标 < 1024）');
  for (const path of ['before', 'after']) {
    const out = execFileSync(process.execPath, [__filename, '--one', big, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as { ms: number; sheetMs: number; findings: number; maxRssMb: number };
    console.log(`${path === 'before' ? '之前' : '之后'} | ${fmt(r.ms)} | ${fmt(r.sheetMs)} | ${r.findings} | ${fmt(r.maxRssMb)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(filesDir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
