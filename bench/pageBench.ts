// Benchmark: the standalone page in Chromium (playwright-core, /usr/bin/chromium, production build in
// dist/): the time from dropping a workbook on the page to the check list appearing, for the demo
// workbook and for a department workbook consolidated from 20 units by the product itself.
// Prints figures; not a test. Run: npm run build:test && npm run build:cli &&
// node dist-cli/bench/pageBench.js [--rounds 5] [--compare OTHER_DIST]
//
// Each round opens a fresh page, shows the 校验 tab, then (clock starts) drops the file on the page,
// waits for the header to name the tables found (the file is open), presses 开始校验 and waits for
// the check list. Targets: demo < 300 ms, 20-unit consolidated workbook < 2 s. --compare measures
// another build of the page (e.g. one made from the code before a change) in the same run.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { consolidateFiles } from '../src/cli/commands/consolidate';
import { buildDemoWorkbook } from '../src/cli/demo';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { launchBrowser } from '../test/ui/support/browser';
import { serveDirectory } from '../test/ui/support/staticServer';
import { median } from './stats';
import { cachedBuffer } from './units';
import { seedBudget, unitData } from './unitVariants';

interface Sample {
  readonly openMs: number;
  readonly checkMs: number;
  readonly totalMs: number;
  readonly headlines: string;
}

/** Drops `bytes` as a file named `name` on the page, as a file dragged from the desktop would be. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

async function measure(page: Page, origin: string, name: string, bytes: Uint8Array): Promise<Sample> {
  await page.goto(`${origin}/standalone.html`);
  await page.getByRole('heading', { name: '部门预算助手' }).waitFor();
  await page.getByRole('tab', { name: '校验' }).click();
  const start = page.getByRole('button', { name: /开始校验|重新校验/ });
  await start.waitFor();
  // Only the drop itself is outside the clock's reach: the file is handed over in the page.
  const t0 = performance.now();
  await drop(page, name, bytes);
  await page.getByText(`当前：${name}`).waitFor({ timeout: 120_000 });
  await page.getByText(/识别到 \d+ 张预算表/).waitFor({ timeout: 120_000 });
  const t1 = performance.now();
  await start.click();
  const counts = page.locator('#panel-check').getByTestId('finding-counts').first();
  await counts.waitFor({ timeout: 120_000 });
  const t2 = performance.now();
  return { openMs: t1 - t0, checkMs: t2 - t1, totalMs: t2 - t0, headlines: (await counts.innerText()).replace(/\s+/g, ' ') };
}

/** The department workbook of 20 units, consolidated by the product (budget consolidate). */
async function consolidated20(dir: string): Promise<Uint8Array> {
  const seed = seedBudget();
  const files: string[] = [];
  for (let k = 0; k < 20; k++) {
    const book = new XlsxWorkbook();
    await book.writePlan(buildBudgetWorkbook(unitData(seed, k)).plan, 'fail');
    const f = join(dir, `单位${String(k + 1).padStart(2, '0')}.xlsx`);
    await writeFile(f, await cachedBuffer(book));
    files.push(f);
  }
  const { bytes } = await consolidateFiles(files, { department: '基准测试主管部门' });
  if (!bytes) throw new Error('20 个单位未能汇总');
  return bytes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, compare: { type: 'string' } } });
  const rounds = Math.max(1, Number(values.rounds));
  const root = resolve(__dirname, '../..');
  const builds = [
    ...(values.compare ? [{ label: 'before', dir: resolve(values.compare) }] : []),
    { label: values.compare ? 'after' : 'this build', dir: join(root, 'dist') },
  ];
  for (const b of builds) {
    if (!existsSync(join(b.dir, 'standalone.html'))) throw new Error(`找不到 ${b.dir}/standalone.html：请先运行 npm run build:test`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'page-bench-'));
  const demo = await (await buildDemoWorkbook()).workbook.toBuffer();
  const dept = await consolidated20(dir);
  const workbooks = [
    { label: '示例工作簿', name: '部门预算-2024-示例.xlsx', bytes: demo, target: 300 },
    { label: '20 个单位的汇总表', name: '部门汇总-20个单位.xlsx', bytes: dept, target: 2000 },
  ];
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(
    `独立页面（Chromium 无界面，360×900）：拖入工作簿到校验结果列表出现；每项取 ${rounds} 轮中位数；负载 ${load()}；示例 ${(demo.length / 1024).toFixed(0)} KB，汇总表 ${(dept.length / 1024).toFixed(0)} KB`,
  );
  const samples = new Map<string, Sample[]>();
  const browser = await launchBrowser({ width: 360, height: 900 });
  const servers = await Promise.all(builds.map((b) => serveDirectory(b.dir)));
  try {
    const page = await browser.context.newPage();
    // One warm-up load per build: the first page load also compiles the bundle.
    for (const s of servers) await measure(page, s.origin, workbooks[0]!.name, workbooks[0]!.bytes);
    for (let r = 0; r < rounds; r++) {
      for (const w of workbooks) {
        for (let i = 0; i < builds.length; i++) {
          const key = `${builds[i]!.label}|${w.label}`;
          samples.set(key, [...(samples.get(key) ?? []), await measure(page, servers[i]!.origin, w.name, w.bytes)]);
        }
      }
    }
    await page.close();
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log('build | workbook | drop → opened ms | 开始校验 → list ms | drop → list ms | target ms | counts shown');
  for (const b of builds) {
    for (const w of workbooks) {
      const s = samples.get(`${b.label}|${w.label}`) ?? [];
      console.log(
        [
          b.label,
          w.label,
          median(s.map((x) => x.openMs)).toFixed(0),
          median(s.map((x) => x.checkMs)).toFixed(0),
          median(s.map((x) => x.totalMs)).toFixed(0),
          w.target,
          s[0]?.headlines ?? '',
        ].join(' | '),
      );
    }
  }
  console.log(`负载（结束时）：${load()}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
