// Benchmark: lay out and write the table set for growing numbers of line items. Prints figures;
// not a test. Run: npm run build:cli && node dist-cli/bench/buildBench.js
import { performance } from 'node:perf_hooks';
import { builtInCatalogs } from '../src/domain/catalog/catalog';
import type { BudgetData, LineItem } from '../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';

// Real 项 codes from the 2024 catalog; a department never has more line items than the catalog
// has 项, so sizes beyond that repeat codes (merged as duplicates, which the builder also reports).
const items = builtInCatalogs(2024)
  .functional.entries()
  .filter((e) => e.level === 3)
  .map((e) => e.code);
const econ = builtInCatalogs(2024)
  .economic.entries()
  .filter((e) => e.level === 2)
  .map((e) => e.code);

function data(n: number): BudgetData {
  const lines: LineItem[] = Array.from({ length: n }, (_, i) => ({
    code: items[i % items.length]!,
    amounts: { basic: (i % 97) * 1_000_00, project: (i % 89) * 1_000_00 },
  }));
  return {
    year: 2025,
    department: '基准测试部门',
    lines: {
      income: lines.map((l) => ({ code: l.code, amounts: { fiscal: (l.amounts.basic ?? 0) + (l.amounts.project ?? 0) } })),
      expenditure: lines,
      generalPublic: lines,
      govFund: [],
      stateCapital: [],
      economic: econ.map((code, i) => ({
        code,
        amounts: { [code.startsWith('301') ? 'personnel' : 'public']: i * 100_00 },
      })),
    },
    sangong: {
      abroad: 1_000_000_00,
      reception: 500_000_00,
      vehiclePurchase: 0,
      vehicleOperation: 300_000_00,
      officeOperation: 9_000_000_00,
    },
  };
}

async function main(): Promise<void> {
  console.log('line items | distinct rows | build plan ms | write .xlsx ms | file KB');
  for (const n of [100, items.length, 5_000]) {
    const d = data(n);
    const t0 = performance.now();
    const { plan } = buildBudgetWorkbook(d);
    const t1 = performance.now();
    const wb = new XlsxWorkbook();
    await wb.writePlan(plan, 'fail');
    const bytes = await wb.toBuffer();
    const t2 = performance.now();
    const rows = plan.sheets.reduce((s, p) => s + p.cells.length, 0);
    console.log(`${n} | ${rows} | ${(t1 - t0).toFixed(1)} | ${(t2 - t1).toFixed(1)} | ${(bytes.length / 1024).toFixed(0)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
