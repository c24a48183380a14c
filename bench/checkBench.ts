// Benchmark: read and check 100,000 line items. Prints figures; not a test.
// Run: npm run build:cli && node dist-cli/bench/checkBench.js [--items 100000]
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
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { builtInCatalogs } from '../src/domain/catalog/catalog';
import { checkContext } from '../src/domain/check/checkContext';
import { checkWorkbook } from '../src/domain/check/checkWorkbook';
import { buildCheckSheet } from '../src/domain/check/buildCheckSheet';
import { ALL_RULES } from '../src/domain/check/rules';
import type { BudgetData, LineItem } from '../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { FormulaEvaluator } from '../src/domain/read/evaluateFormulas';
import { readBudgetTables } from '../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { prng } from './prng';

const argItems = process.argv.indexOf('--items');
const TARGET = argItems > 0 ? Number(process.argv[argItems + 1]) : 100_000;

const catalogs = builtInCatalogs(2024);
const ITEMS = catalogs.functional
  .entries()
  .filter((e) => e.level === 3)
  .map((e) => e.code);
const ECON = catalogs.economic
  .entries()
  .filter((e) => e.level === 2)
  .map((e) => e.code);

/** One synthetic unit: every 项, amounts in whole 元 (as 分), consistent across the tables. */
function unitData(seed: number): { data: BudgetData; lineItems: number } {
  const rand = prng(seed);
  const yuan = (max: number) => Math.floor(rand() * max) * 100;
  const income: LineItem[] = [];
  const expenditure: LineItem[] = [];
  const generalPublic: LineItem[] = [];
  let basicTotal = 0;
  for (const code of ITEMS) {
    const basic = rand() < 0.4 ? yuan(5_000_000) : 0;
    const project = yuan(20_000_000);
    const other = rand() < 0.1 ? yuan(1_000_000) : 0;
    basicTotal += basic;
    generalPublic.push({ code, amounts: { basic, project } });
    expenditure.push({ code, amounts: { basic, project: project + other } });
    income.push({ code, amounts: { fiscal: basic + project, other } });
  }
  // Spread the 一般公共预算 basic total over the 经济分类 款, the remainder on the last one.
  const economic: LineItem[] = [];
  let left = basicTotal;
  ECON.forEach((code, i) => {
    const share = i === ECON.length - 1 ? left : Math.floor(((basicTotal / ECON.length) * (0.5 + rand())) / 100) * 100;
    const v = Math.min(share, left);
    left -= v;
    economic.push({ code, amounts: { [code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'public']: v } });
  });
  // 三公 covers basic and project spending: at least the basic part booked in the economic table.
  const eco = (code: string) => economic.find((l) => l.code === code)?.amounts;
  const amount = (code: string) => Object.values(eco(code) ?? {}).reduce((a, b) => a + b, 0);
  const publicTotal = economic.reduce((s, l) => s + (l.amounts.public ?? 0), 0);
  const data: BudgetData = {
    year: 2024,
    department: `基准测试单位${seed}`,
    lines: { income, expenditure, generalPublic, govFund: [], stateCapital: [], economic },
    sangong: {
      abroad: amount('30212') + yuan(100_000),
      reception: amount('30217'),
      vehiclePurchase: amount('31013'),
      vehicleOperation: amount('30231') + yuan(50_000),
      officeOperation: Math.floor(publicTotal / 200) * 100,
    },
  };
  return { data, lineItems: income.length + expenditure.length + generalPublic.length + economic.length };
}

/** The unit as Excel would save it: formulas with their results cached. */
async function unitBuffer(data: BudgetData): Promise<Uint8Array> {
  const book = new XlsxWorkbook();
  await book.writePlan(buildBudgetWorkbook(data).plan, 'fail');
  const snaps = await book.readSheets();
  const ev = new FormulaEvaluator(snaps);
  for (const s of snaps) {
    const ws = book.workbook.getWorksheet(s.name)!;
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        const v = ev.valueAt(s.name, r + 1, c + 1);
        if (v.ok && typeof v.value === 'number') ws.getCell(r + 1, c + 1).value = { formula: f.slice(1), result: v.value };
      }),
    );
  }
  return book.toBuffer();
}

async function main(): Promise<void> {
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
  console.log(
    `生成并写出 .xlsx：${((performance.now() - g0) / 1000).toFixed(1)} s，共 ${lineItems} 个明细行，${(bytes / 1024 / 1024).toFixed(1)} MB`,
  );

  const t = { load: 0, snapshot: 0, read: 0, check: 0, sheet: 0 };
  const perRule = new Map<string, number>(ALL_RULES.map((r) => [r.id, 0]));
  let tableRows = 0;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  let checks = 0;
  for (const buf of buffers) {
    let s = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    t.load += performance.now() - s;
    s = performance.now();
    const snaps = await new XlsxWorkbook(wb).readSheets();
    t.snapshot += performance.now() - s;
    s = performance.now();
    const { workbook: parsed, findings: readFindings } = readBudgetTables(snaps);
    t.read += performance.now() - s;
    const ctx = checkContext(parsed);
    s = performance.now();
    const found = checkWorkbook(parsed, ctx);
    t.check += performance.now() - s;
    for (const r of ALL_RULES) {
      const r0 = performance.now();
      r.check(parsed, ctx);
      perRule.set(r.id, perRule.get(r.id)! + performance.now() - r0);
    }
    s = performance.now();
    checks += buildCheckSheet(parsed, ctx).cells.length;
    t.sheet += performance.now() - s;
    for (const f of [...readFindings, ...found]) bySeverity[f.severity]++;
    if (process.env.BENCH_SHOW)
      for (const f of [...readFindings, ...found].slice(0, 5)) console.log(`  ${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
    tableRows += parsed.tables.reduce((n, x) => n + (x.kind === 'classified' ? x.rows.length + (x.total ? 1 : 0) : 0), 0);
  }
  const per10k = (ms: number) => (ms / lineItems) * 10_000;
  console.log(
    `\n${units} 个工作簿，${lineItems} 个明细行（表内共 ${tableRows} 行，含类、款、合计），发现错误 ${bySeverity.error}、警告 ${bySeverity.warning}、提示 ${bySeverity.info} 个`,
  );
  console.log('阶段 | 合计 ms | 每万明细行 ms');
  for (const [label, ms] of [
    ['ExcelJS 解析 .xlsx（load）', t.load],
    ['读取快照（readSheets）', t.snapshot],
    ['识别标准表（readBudgetTables）', t.read],
    ['校验（checkWorkbook，全部规则）', t.check],
    [`生成校验表（buildCheckSheet，共 ${checks} 行）`, t.sheet],
  ] as const)
    console.log(`${label} | ${ms.toFixed(0)} | ${per10k(ms).toFixed(1)}`);
  console.log(`校验 / 解析 = ${(t.check / t.load).toFixed(3)}；（识别 + 校验）/ 解析 = ${((t.read + t.check) / t.load).toFixed(3)}`);
  console.log('\n各规则 | 合计 ms | 每万明细行 ms');
  for (const [id, ms] of [...perRule.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`${id} | ${ms.toFixed(1)} | ${per10k(ms).toFixed(2)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
