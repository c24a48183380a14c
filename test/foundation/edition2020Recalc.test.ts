import { readFileSync } from 'node:fs';
import { cellAddress } from '../../src/domain/a1';
import { budgetDataFromPublished, leafRows, PublishedBudgetSchema } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { EDITION_2020 } from '../../src/domain/templates/edition2020';
import type { ClassifiedTableDef } from '../../src/domain/templates/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate, resultAt } from '../support/libreOffice';
import type ExcelJS from 'exceljs';

// The 2020 layout is the same builders fed a different edition: eight tables, no 国有资本经营 table.
// Built from the 2020 line items, every recalculated parent equals the figure published in seed 000.

const seed = PublishedBudgetSchema.parse(JSON.parse(readFileSync('seeds/sh-hrss-2020.json', 'utf8')));
const built = buildBudgetWorkbook(budgetDataFromPublished(seed));
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const x = new XlsxWorkbook();
  await x.writePlan(built.plan, 'fail');
  wb = await recalculate(await x.toBuffer(), 'demo2020.xlsx');
}, 240_000);

test('the 2020 edition lays out eight tables with the 2020 titles and labels', () => {
  expect(built.plan.sheets.map((s) => s.layout!.title)).toEqual([
    '2020年部门财务收支预算总表',
    '2020年部门收入预算总表',
    '2020年部门支出预算总表',
    '2020年部门财政拨款收支预算总表',
    '2020年部门一般公共预算支出功能分类预算表',
    '2020年部门政府性基金预算支出功能分类预算表',
    '2020年部门一般公共预算基本支出部门预算经济分类预算表',
    '2020年部门“三公”经费和机关运行经费预算表',
  ]);
  const finance = built.plan.sheets[0]!;
  expect(finance.cells.slice(4, 10).map((r) => r[0])).toEqual([
    '一、财政拨款收入',
    '1. 一般公共预算资金',
    '2. 政府性基金',
    '二、事业收入',
    '三、事业单位经营收入',
    '四、其他收入',
  ]);
  // 博士后日常经费 sits under 201 10 in the 2020 catalog.
  const income = built.plan.sheets[1]!;
  expect(income.layout!.rows.find((r) => r.code === '2011007')?.label).toBe('博士后日常经费');
  expect(built.findings).toEqual([]);
});

const classified = EDITION_2020.tables.filter((t): t is ClassifiedTableDef => t.kind === 'classified');

test.each(classified.map((d) => [d.sheetName, d] as const))('%s: every parent and 合计 recalculates to the published figure', (_n, def) => {
  const table = seed.tables[def.id];
  if (!table) throw new Error(`seed has no ${def.id}`);
  const plan = built.plan.sheets.find((s) => s.layout?.tableId === def.id)!;
  const leaves = new Set(leafRows(table));
  const targets = [
    ...table.rows.filter((r) => !leaves.has(r)).map((r) => ({ code: r.code, amounts: r.amounts })),
    { code: null, amounts: table.total },
  ];
  for (const t of targets) {
    const row = t.code === null ? plan.layout!.lastDataRow : plan.layout!.rows.find((r) => r.code === t.code)!.row;
    def.columns.forEach((c) => {
      const cell = cellAddress(row, plan.layout!.columns[c.key]!);
      const published = t.amounts[table.columns.indexOf(c.label)] ?? 0;
      expect({ cell, value: numberAt(wb, def.sheetName, cell) }).toEqual({ cell, value: published });
    });
  }
});

test('2020 summary tables and 三公 recalculate to the published totals', () => {
  const fs = seed.tables as unknown as {
    financeSummary: { incomeTotal: number; expenditureTotal: number };
    fiscalSummary: { incomeTotal: number };
  };
  const finance = built.plan.sheets[0]!;
  const fiscal = built.plan.sheets[3]!;
  const sg = built.plan.sheets[7]!;
  expect(numberAt(wb, finance.name, `B${finance.layout!.lastDataRow}`)).toBe(fs.financeSummary.incomeTotal);
  expect(numberAt(wb, finance.name, `D${finance.layout!.lastDataRow}`)).toBe(fs.financeSummary.expenditureTotal);
  expect(numberAt(wb, fiscal.name, `B${fiscal.layout!.lastDataRow}`)).toBe(fs.fiscalSummary.incomeTotal);
  expect(resultAt(wb, fiscal.name, 'C5')).toBe('一、一般公共服务支出');
  expect(numberAt(wb, sg.name, 'A6')).toBeCloseTo(1058.7, 6);
});
