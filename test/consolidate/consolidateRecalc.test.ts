import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { consolidateFiles } from '../../src/cli/commands/consolidate';
import { cellAddress, columnLetter } from '../../src/domain/a1';
import { UNIT_DETAIL_SHEET } from '../../src/domain/consolidate/buildUnitDetailSheet';
import { UNIT_LIST_SHEET } from '../../src/domain/consolidate/buildUnitListSheet';
import type { ConsolidationResult } from '../../src/domain/consolidate/consolidateUnits';
import type { LineTableId } from '../../src/domain/model/budgetData';
import type { SheetPlan } from '../../src/domain/plan/sheetPlan';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { EDITION_2024 } from '../../src/domain/templates/edition2024';
import type { ClassifiedTableDef } from '../../src/domain/templates/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, POISON, recalculate, resultAt } from '../support/libreOffice';
import { ownerOf, SEED_DATA, seedSum, shareOf, UNIT_NAMES, unitData, workbookBytes } from './unitFixtures';

// Three unit workbooks split from the published 2024 line items, consolidated from disk, the result
// recalculated by LibreOffice (cached results poisoned): the department's 合计, 类 and 款 equal the
// published line items' sums; 单位明细 合计/差额 and 单位列表 totals follow by formula.

const DEPARTMENT = '上海市人力资源和社会保障局';
let result: ConsolidationResult;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
const sheetOf = new Map<string, SheetPlan>();

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'consolidate-'));
  const files: string[] = [];
  for (let i = 0; i < 3; i++) {
    const f = join(dir, `单位${i + 1}.xlsx`);
    await writeFile(f, await workbookBytes(unitData(i)));
    files.push(f);
  }
  const out = await consolidateFiles(files, { department: DEPARTMENT });
  result = out.result;
  bytes = out.bytes!;
  for (const s of result.plan!.sheets) sheetOf.set(s.layout?.tableId ?? s.name, s);
  wb = await recalculate(bytes, 'dept.xlsx');
}, 240_000);

function num(sheet: string, addr: string): number {
  const v = numberAt(wb, sheet, addr);
  expect(v).not.toBe(POISON);
  return v ?? 0;
}

const classified = EDITION_2024.tables.filter((t): t is ClassifiedTableDef => t.kind === 'classified');

test('the sheets: the nine department tables in published order, then 单位列表 and 单位明细', () => {
  expect(result.plan!.sheets.map((s) => s.name)).toEqual([
    ...EDITION_2024.tables.map((t) => t.sheetName),
    UNIT_LIST_SHEET,
    UNIT_DETAIL_SHEET,
  ]);
  expect(result.findings).toEqual([]);
  expect(result.department).toBe(DEPARTMENT);
  expect(resultAt(wb, '3 支出预算总表', 'A2')).toBe(`编制部门：${DEPARTMENT}`);
});

describe.each(classified.map((d) => [d.sheetName, d] as const))('%s after LibreOffice recalculation', (_n, def) => {
  const id = def.id;
  const parts = def.columns.filter((c) => !c.sumOf).map((c) => c.key);
  const expected = (key: string, prefix: string | null) =>
    (key === 'total' ? parts.reduce((s, k) => s + seedSum(id, k, prefix), 0) : seedSum(id, key, prefix)) / 100;

  test('合计 row equals the sum of all units’ line items', () => {
    const layout = sheetOf.get(id)!.layout!;
    for (const c of def.columns) {
      const cell = cellAddress(layout.lastDataRow, layout.columns[c.key]!);
      expect({ cell, v: num(def.sheetName, cell) }).toEqual({ cell, v: expected(c.key, null) });
    }
  });

  test('every 类 and 款 row equals the sum of its line items', () => {
    const layout = sheetOf.get(id)!.layout!;
    const parents = layout.rows.filter((r) => r.role === 'class' || r.role === 'kuan');
    expect(parents.length > 0 || SEED_DATA.lines[id].length === 0).toBe(true);
    for (const r of parents) {
      for (const c of def.columns) {
        const cell = cellAddress(r.row, layout.columns[c.key]!);
        expect({ code: r.code, cell, v: num(def.sheetName, cell) }).toEqual({ code: r.code, cell, v: expected(c.key, r.code!) });
      }
    }
  });
});

test('三公 and the summary tables are the units’ sums', () => {
  const s = SEED_DATA.sangong;
  const sg = '9 三公经费和机关运行经费';
  expect(num(sg, 'B6')).toBeCloseTo(s.abroad / 1e6, 6);
  expect(num(sg, 'F6')).toBeCloseTo(s.vehicleOperation / 1e6, 6);
  expect(num(sg, 'A6')).toBeCloseTo((s.abroad + s.reception + s.vehiclePurchase + s.vehicleOperation) / 1e6, 6);
  expect(num(sg, 'G6')).toBeCloseTo(s.officeOperation / 1e6, 6);
  const finance = sheetOf.get('financeSummary')!;
  const incomeTotal = (seedSum('generalPublic', 'basic') + seedSum('generalPublic', 'project') + seedSum('income', 'other')) / 100;
  expect(num(finance.name, `B${finance.layout!.lastDataRow}`)).toBe(incomeTotal);
});

describe('单位明细', () => {
  const detail = () => sheetOf.get(UNIT_DETAIL_SHEET)!;

  test('one column per unit, named by its 编制部门 and file; 合计 is a SUM over them', () => {
    const d = detail();
    expect(d.cells[2]!.slice(0, 8)).toEqual(['表', '科目编码', '科目名称', '栏目', ...UNIT_NAMES, '各单位合计']);
    expect(d.cells[3]!.slice(4, 7)).toEqual(['单位1.xlsx', '单位2.xlsx', '单位3.xlsx']);
    expect(d.cells[4]![7]).toBe('=SUM(E5:G5)');
    expect(String(d.cells[4]![8])).toMatch(/^='2 收入预算总表'!\$?[A-Z]+\d+$/);
    expect(d.cells[4]![9]).toBe('=ROUND(H5-I5,2)');
  });

  test('every row: 合计 = Σ units = the department cell it references; 差额 0', () => {
    const d = detail();
    let rows = 0;
    for (let r = 5; r <= d.cells.length; r++) {
      const units = [5, 6, 7].map((c) => numberAt(wb, UNIT_DETAIL_SHEET, cellAddress(r, c)) ?? 0);
      const total = num(UNIT_DETAIL_SHEET, `H${r}`);
      expect(total).toBeCloseTo(
        units.reduce((s, v) => s + v, 0),
        6,
      );
      expect({ r, dept: num(UNIT_DETAIL_SHEET, `I${r}`) }).toEqual({ r, dept: expect.closeTo(total, 6) as unknown });
      expect({ r, diff: num(UNIT_DETAIL_SHEET, `J${r}`) }).toEqual({ r, diff: 0 });
      rows++;
    }
    // Every leaf figure of the six tables plus five 三公 figures.
    const leafFigures = (['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'] as const).reduce(
      (s, id) => s + SEED_DATA.lines[id].reduce((n, l) => n + Object.keys(l.amounts).length, 0),
      0,
    );
    expect(rows).toBe(leafFigures + 5);
  });

  test('a shared code shows each unit’s share, and its department cell', () => {
    const d = detail();
    const line = SEED_DATA.lines.expenditure.find((l) => ownerOf(l.code) === 'all' && l.amounts.basic)!;
    const r = d.cells.findIndex((row) => row[0] === '支出预算总表（表3）' && row[1] === line.code && row[3] === '基本支出') + 1;
    expect(r).toBeGreaterThan(4);
    [0, 1, 2].forEach((u) => expect(numberAt(wb, UNIT_DETAIL_SHEET, cellAddress(r, 5 + u))).toBe(shareOf(line.amounts.basic!, u) / 100));
    const layout = sheetOf.get('expenditure')!.layout!;
    const deptRow = layout.rows.find((x) => x.code === line.code)!.row;
    expect(d.cells[r - 1]![8]).toBe(`='3 支出预算总表'!${columnLetter(layout.columns.basic!)}${deptRow}`);
    expect(num(UNIT_DETAIL_SHEET, `H${r}`)).toBe(line.amounts.basic! / 100);
  });
});

test('单位列表: each unit’s 收入/支出合计 from its 单位明细 column, summing to the department 合计', () => {
  const unitTotal = (u: number, id: LineTableId) => {
    const d = unitData(u);
    return d.lines[id].reduce((s, l) => s + Object.values(l.amounts).reduce((a, b) => a + b, 0), 0) / 100;
  };
  for (let u = 0; u < 3; u++) {
    const row = 4 + u;
    expect(resultAt(wb, UNIT_LIST_SHEET, `B${row}`)).toBe(UNIT_NAMES[u]);
    expect(num(UNIT_LIST_SHEET, `H${row}`)).toBeCloseTo(unitTotal(u, 'income'), 2);
    expect(num(UNIT_LIST_SHEET, `I${row}`)).toBeCloseTo(unitTotal(u, 'expenditure'), 2);
  }
  const income =
    (seedSum('income', 'fiscal') + seedSum('income', 'business') + seedSum('income', 'operating') + seedSum('income', 'other')) / 100;
  expect(num(UNIT_LIST_SHEET, 'H7')).toBeCloseTo(income, 2);
  expect(num(UNIT_LIST_SHEET, 'H8')).toBe(income);
  expect(num(UNIT_LIST_SHEET, 'I8')).toBe((seedSum('expenditure', 'basic') + seedSum('expenditure', 'project')) / 100);
  expect(num(UNIT_LIST_SHEET, 'H9')).toBe(0);
  expect(num(UNIT_LIST_SHEET, 'I9')).toBe(0);
});

test('the department workbook reads back as the standard tables, the extra sheets not taken for tables', async () => {
  const sheets = await (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
  const { workbook, findings } = readBudgetTables(sheets);
  expect(findings).toEqual([]);
  expect(workbook.tables.map((t) => t.sheet)).toEqual(EDITION_2024.tables.map((t) => t.sheetName));
  expect(workbook.department).toBe(DEPARTMENT);
});
