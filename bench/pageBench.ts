// Benchmark: the standalone page in Chromium (playwright-core, /usr/bin/chromium, production build in
// dist/): the time from dropping a workbook on the page to the check list appearing, for the demo
// workbook and for a department workbook consolidated from 20 units by the product itself.
// Prints figures; not a test. Run: npm run build:test && npm run build:cli &&
// node dist-cli/bench/pageBench.js [--rounds 5] [--settle 2000] [--compare OTHER_DIST]
//
// Each round opens a fresh page, shows the 校验 tab, leaves the page idle for --settle ms (2000: the
// officer finding the file), then, all in the page and on its clock: drops the file, presses 开始校验
// the moment the header names the tables found, and stops at the first painted frame with the check
// list. The stages come from the page's User Timing entries (src/taskpane/stageTiming.ts). Targets:
// demo < 300 ms, 20-unit consolidated workbook < 2 s. --compare measures another build of the page
// (e.g. one made from the code before a change) in the same run.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** One drop, in the page's own clock (ms from the drop). */
interface Sample {
  /** The header names the tables found and 开始校验 can be pressed. */
  readonly openedMs: number;
  /** The check list (its counts) is in the document. */
  readonly listedMs: number;
  /** The frame with the list has been painted: the figure compared with the target. */
  readonly shownMs: number;
  /** The same span seen from the bench (Playwright's round trip included). */
  readonly wallMs: number;
  /** Stage durations from the page's User Timing entries (budget:file-read, budget:open, …) and the gaps between them. */
  readonly stages: Readonly<Record<Stage, number>>;
  /** How far the page's idle warm-up had got when the file was dropped. */
  readonly warmedUp: string;
  readonly headlines: string;
}

const STAGES = ['file-read', 'open', 'recognise', 'opened-rest', 'click-to-check', 'check', 'render', 'paint'] as const;
type Stage = (typeof STAGES)[number];
const STAGE_ZH: Readonly<Record<Stage, string>> = {
  'file-read': '读文件',
  open: '解压+读取',
  recognise: '识别表（表头）',
  'opened-rest': '打开的其余（渲染各面板）',
  'click-to-check': '点击→开始校验',
  check: '校验（识别+规则+修复建议）',
  render: '渲染列表',
  paint: '绘制',
};

interface PageTimes {
  readonly opened: number;
  readonly clicked: number;
  readonly listed: number;
  readonly shown: number;
  readonly measures: ReadonlyArray<{ name: string; start: number; duration: number }>;
  readonly warmedUp: string;
  readonly headlines: string;
}

/**
 * In the page: drops `bytes` as a file named `name` (as a file dragged from the desktop would be),
 * presses 开始校验 the moment the header names the tables found and the button can be pressed, and
 * times, from the drop, the header, the list entering the document and the next painted frame.
 * Nothing waits on the bench between the drop and the painted list.
 */
async function dropAndCheck(page: Page, name: string, bytes: Uint8Array): Promise<PageTimes> {
  return page.evaluate(
    async ({ name, b64 }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const until = <T>(test: () => T | null): Promise<T> =>
        new Promise((resolve) => {
          const now = test();
          if (now !== null) return resolve(now);
          const mo = new MutationObserver(() => {
            const v = test();
            if (v !== null) {
              mo.disconnect();
              resolve(v);
            }
          });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        });
      const startButton = (): HTMLButtonElement | null => {
        const header = document.querySelector('header')?.textContent ?? '';
        if (!/识别到 \d+ 张预算表/.test(header) || !(document.body.textContent ?? '').includes(`当前：${name}`)) return null;
        const b = [...document.querySelectorAll<HTMLButtonElement>('#panel-check button')].find((x) =>
          /开始校验|重新校验/.test(x.textContent ?? ''),
        );
        return b && !b.disabled && b.getAttribute('aria-disabled') !== 'true' ? b : null;
      };
      performance.clearMeasures();
      const warmedUp = ((window as unknown as { __budgetWarmUp?: string[] }).__budgetWarmUp ?? []).join(',');
      const t0 = performance.now();
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const button = await until(startButton);
      const opened = performance.now();
      button.click();
      const clicked = performance.now();
      const counts = await until(() => document.querySelector<HTMLElement>('#panel-check [data-testid="finding-counts"]'));
      const listed = performance.now();
      const shown = await new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
      const measures = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('budget:') && m.startTime >= t0)
        .map((m) => ({ name: m.name.slice('budget:'.length), start: m.startTime - t0, duration: m.duration }));
      return {
        opened: opened - t0,
        clicked: clicked - t0,
        listed: listed - t0,
        shown: shown - t0,
        measures,
        warmedUp,
        headlines: (counts.innerText ?? '').replace(/\s+/g, ' '),
      };
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

function stagesOf(t: PageTimes): Record<Stage, number> {
  const m = (n: string) => t.measures.find((x) => x.name === n);
  const dur = (n: string) => m(n)?.duration ?? NaN;
  const fileRead = dur('file-read');
  const open = dur('open');
  // The header's recognition runs once the file is open; before the click.
  const recognise = t.measures.filter((x) => x.name === 'recognise' && x.start < t.opened).reduce((a, x) => a + x.duration, 0);
  const check = m('check');
  return {
    'file-read': fileRead,
    open,
    recognise,
    'opened-rest': t.opened - fileRead - open - recognise,
    'click-to-check': check ? check.start - t.opened : NaN,
    check: check?.duration ?? NaN,
    render: check ? t.listed - (check.start + check.duration) : NaN,
    paint: t.shown - t.listed,
  };
}

async function measure(page: Page, origin: string, name: string, bytes: Uint8Array, settleMs: number): Promise<Sample> {
  await page.goto(`${origin}/standalone.html`);
  await page.getByRole('heading', { name: '部门预算助手' }).waitFor();
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: /开始校验|重新校验/ }).waitFor();
  // The officer takes a moment to find the file and drag it in: the page has that long at idle.
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  const w0 = performance.now();
  const t = await dropAndCheck(page, name, bytes);
  const wallMs = performance.now() - w0;
  return {
    openedMs: t.opened,
    listedMs: t.listed,
    shownMs: t.shown,
    wallMs,
    stages: stagesOf(t),
    warmedUp: t.warmedUp,
    headlines: t.headlines,
  };
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

function stageLine(samples: readonly Sample[]): string {
  return STAGES.map((k) => `${STAGE_ZH[k]} ${median(samples.map((x) => x.stages[k])).toFixed(0)}`).join(' · ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '5' }, compare: { type: 'string' }, settle: { type: 'string', default: '2000' } },
  });
  const rounds = Math.max(1, Number(values.rounds));
  const settleMs = Math.max(0, Number(values.settle));
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
    `独立页面（Chromium 无界面，360×900）：拖入工作簿到校验结果列表绘制出来（页面自己的时钟；表头识别出预算表、按钮可按时立即按“开始校验”）；` +
      `页面载入后空闲 ${settleMs} ms 再拖入；每项取 ${rounds} 轮中位数；负载 ${load()}；示例 ${(demo.length / 1024).toFixed(0)} KB，汇总表 ${(dept.length / 1024).toFixed(0)} KB`,
  );
  const samples = new Map<string, Sample[]>();
  const browser = await launchBrowser({ width: 360, height: 900 });
  const servers = await Promise.all(builds.map((b) => serveDirectory(b.dir)));
  try {
    const page = await browser.context.newPage();
    // One warm-up load per build: the first page load also compiles the bundle.
    for (const s of servers) await measure(page, s.origin, workbooks[0]!.name, workbooks[0]!.bytes, settleMs);
    for (let r = 0; r < rounds; r++) {
      for (const w of workbooks) {
        for (let i = 0; i < builds.length; i++) {
          const key = `${builds[i]!.label}|${w.label}`;
          samples.set(key, [...(samples.get(key) ?? []), await measure(page, servers[i]!.origin, w.name, w.bytes, settleMs)]);
        }
      }
    }
    await page.close();
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    'build | workbook | drop → opened ms | drop → list in DOM ms | drop → list painted ms | target ms | bench wall ms | counts shown',
  );
  for (const b of builds) {
    for (const w of workbooks) {
      const s = samples.get(`${b.label}|${w.label}`) ?? [];
      console.log(
        [
          b.label,
          w.label,
          median(s.map((x) => x.openedMs)).toFixed(0),
          median(s.map((x) => x.listedMs)).toFixed(0),
          median(s.map((x) => x.shownMs)).toFixed(0),
          w.target,
          median(s.map((x) => x.wallMs)).toFixed(0),
          s[0]?.headlines ?? '',
        ].join(' | '),
      );
    }
  }
  console.log('各阶段（ms，中位数；没有计时标记的旧构建显示 NaN）：');
  for (const b of builds) {
    for (const w of workbooks) {
      const s = samples.get(`${b.label}|${w.label}`) ?? [];
      console.log(`  ${b.label} | ${w.label}: ${stageLine(s)}；拖入时预热已完成：${s[0]?.warmedUp || '（无）'}`);
    }
  }
  console.log(`负载（结束时）：${load()}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
