import { readFileSync } from 'node:fs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { leafRows, PublishedBudgetSchema, PublishedTable } from '../../src/domain/model/publishedSeed';
import { EDITION_2024 } from '../../src/domain/templates/edition2024';
import type { ClassifiedTableDef } from '../../src/domain/templates/types';
import type { SheetPlan } from '../../src/domain/plan/sheetPlan';
import { cellAddress } from '../../src/domain/a1';
import { numberAt, POISON, recalculate } from '../support/libreOffice';
import type ExcelJS from 'exceljs';

// The demo workbook is built from line items only; every 类, 款 and 合计 is a formula.
// LibreOffice recalculates it (cached results poisoned first) and each computed parent must equal
// the published figure — or, where the published parent is off by 1 元 (real rounding in seed 004),
// the sum of its children, with the difference recorded below.

const seed = PublishedBudgetSchema.parse(JSON.parse(readFileSync('seeds/sh-hrss-2024.json', 'utf8')));

let recalculated: ExcelJS.Workbook;
let plans: Map<string, SheetPlan>;

beforeAll(async () => {
  const { workbook } = await buildDemoWorkbook();
  const { buildBudgetWorkbook } = await import('../../src/domain/plan/buildBudgetWorkbook');
  const { budgetDataFromPublished } = await import('../../src/domain/model/publishedSeed');
  plans = new Map(buildBudgetWorkbook(budgetDataFromPublished(seed)).plan.sheets.map((s) => [s.layout!.tableId, s]));
  recalculated = await recalculate(await workbook.toBuffer(), 'demo.xlsx');
}, 240_000);

/** Sum of the published line items under `code` (all of them for the 合计 row), per column index. */
function leafSum(table: PublishedTable, code: string | null, col: number): number {
  return leafRows(table)
    .filter((r) => code === null || r.code.startsWith(code))
    .reduce((s, r) => s + (r.amounts[col] ?? 0), 0);
}

const classified = EDITION_2024.tables.filter((t): t is ClassifiedTableDef => t.kind === 'classified');
const roundingDifferences: string[] = [];

describe.each(classified.map((d) => [d.sheetName, d] as const))('%s recalculated by LibreOffice', (_name, def) => {
  const table = seed.tables[def.id];
  if (!table) return;
  const rowsToCheck = [
    ...table.rows.filter((r) => !leafRows(table).includes(r)).map((r) => ({ code: r.code, amounts: r.amounts })),
    { code: null, amounts: table.total },
  ];

  test.each(rowsToCheck.map((r) => [r.code ?? '合计', r] as const))('row %s', (_label, r) => {
    const plan = plans.get(def.id)!;
    const meta = plan.layout!;
    const row = r.code === null ? meta.lastDataRow : meta.rows.find((x) => x.code === r.code)!.row;
    def.columns.forEach((c) => {
      const srcIdx = table.columns.indexOf(c.label);
      const published = r.amounts[srcIdx] ?? 0;
      const expected = leafSum(table, r.code, srcIdx);
      const cell = cellAddress(row, meta.columns[c.key]!);
      const computed = numberAt(recalculated, def.sheetName, cell);
      expect(computed).not.toBe(POISON);
      expect({ cell, value: computed }).toEqual({ cell, value: expected });
      // The published parent equals the sum of its items, or is off by the 1 元 rounding of seed 004.
      expect(Math.abs(published - expected)).toBeLessThanOrEqual(1);
      if (published !== expected)
        roundingDifferences.push(`${def.sheetName} ${r.code ?? '合计'} ${c.label}: 公布 ${published}，明细合计 ${expected}`);
    });
  });
});

test('summary tables and 三公 recalculate to the published figures', () => {
  const fs = seed.tables as unknown as {
    financeSummary: {
      income: { label: string; amount: number | null }[];
      incomeTotal: number;
      expenditure: { label: string; amount: number | null }[];
      expenditureTotal: number;
    };
    fiscalSummary: {
      incomeTotal: number;
      expenditure: { label: string; amounts: (number | null)[] }[];
      expenditureTotal: (number | null)[];
    };
  };
  const finance = plans.get('financeSummary')!;
  const fRows = finance.layout!.rows;
  fs.financeSummary.income.forEach((line, i) => {
    const r = fRows.filter((x) => x.role === 'income')[i]!;
    expect(finance.cells[r.row - 1]![0]).toBe(line.label);
    const v = numberAt(recalculated, finance.name, `B${r.row}`) ?? 0;
    expect(v).not.toBe(POISON);
    expect(Math.abs(v - (line.amount ?? 0))).toBeLessThanOrEqual(1);
  });
  const totalRow = finance.layout!.lastDataRow;
  // 收入总计 = 财政拨款 (from the 一般公共预算 table's items) + 其他收入: 1 元 above the published total.
  const gp = seed.tables.generalPublic;
  const other = seed.tables.income;
  const incomeTotal = leafSum(gp, null, 0) + leafSum(other, null, other.columns.indexOf('其他收入'));
  expect(numberAt(recalculated, finance.name, `B${totalRow}`)).toBe(incomeTotal);
  expect(Math.abs(incomeTotal - fs.financeSummary.incomeTotal)).toBeLessThanOrEqual(1);
  // 支出总计 is Σ 类, which the published 类 lines carry: the 208 line is 1 元 above its 项 sum.
  fs.financeSummary.expenditure.forEach((line, i) => {
    const r = fRows.filter((x) => x.role === 'expenditure')[i]!;
    expect(finance.cells[r.row - 1]![2]).toBe(line.label);
    const v = numberAt(recalculated, finance.name, `D${r.row}`) ?? 0;
    expect(Math.abs(v - (line.amount ?? 0))).toBeLessThanOrEqual(1);
  });

  const fiscal = plans.get('fiscalSummary')!;
  const fiscalTotal = fiscal.layout!.lastDataRow;
  expect(numberAt(recalculated, fiscal.name, `B${fiscalTotal}`)).toBe(leafSum(gp, null, 0));
  expect(numberAt(recalculated, fiscal.name, `D${fiscalTotal}`)).toBe(leafSum(gp, null, 0));
  expect(Math.abs(leafSum(gp, null, 0) - fs.fiscalSummary.incomeTotal)).toBeLessThanOrEqual(1);
  expect(Math.abs(leafSum(gp, null, 0) - (fs.fiscalSummary.expenditureTotal[0] ?? 0))).toBeLessThanOrEqual(1);

  const sg = plans.get('sangong')!;
  expect(numberAt(recalculated, sg.name, 'A6')).toBeCloseTo(1156.59, 6);
  expect(numberAt(recalculated, sg.name, 'D6')).toBeCloseTo(462.4, 6);
  expect(numberAt(recalculated, sg.name, 'G6')).toBeCloseTo(15460.88, 6);
});

afterAll(() => {
  // Recorded, not hidden: the published parents that are 1 元 off their children.
  if (roundingDifferences.length > 0)
    console.info(`seed 004 尾差（公布数与下级合计相差 1 元）：\n${[...new Set(roundingDifferences)].join('\n')}`);
});
