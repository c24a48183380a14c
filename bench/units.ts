import { builtInCatalogs } from '../src/domain/catalog/catalog';
import type { BudgetData, LineItem } from '../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import { FormulaEvaluator } from '../src/domain/read/evaluateFormulas';
import { XlsxWorkbook } from '../src/hosts/xlsx/xlsxWorkbook';
import { prng } from './prng';

// The synthetic unit workbooks of the check and batch benchmarks (see checkBench.ts for why).

export const catalogs = builtInCatalogs(2024);
export const ITEMS = catalogs.functional
  .entries()
  .filter((e) => e.level === 3)
  .map((e) => e.code);
export const ECON = catalogs.economic
  .entries()
  .filter((e) => e.level === 2)
  .map((e) => e.code);

/** One synthetic unit: every 项, amounts in whole 元 (as 分), consistent across the tables. */
export function unitData(seed: number): { data: BudgetData; lineItems: number } {
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

/** The workbook as Excel would save it: formulas with their results cached. */
export async function cachedBuffer(book: XlsxWorkbook): Promise<Uint8Array> {
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

export async function unitBuffer(data: BudgetData): Promise<Uint8Array> {
  const book = new XlsxWorkbook();
  await book.writePlan(buildBudgetWorkbook(data).plan, 'fail');
  return cachedBuffer(book);
}
