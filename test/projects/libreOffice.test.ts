import type ExcelJS from 'exceljs';
import { buildPerformanceTargetSheet } from '../../src/domain/projects/buildPerformanceTargetSheet';
import { buildProjectExplanationSheet, ProjectBlockLayout } from '../../src/domain/projects/buildProjectExplanationSheet';
import { Project, subItemSum } from '../../src/domain/projects/project';
import { readProjectSheets } from '../../src/domain/projects/readProjectSheets';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, POISON, recalculate } from '../support/libreOffice';
import { loadProjectSeed } from './support';

// Every formula the project sheets hold, recalculated by LibreOffice with cached results poisoned:
// each 当年预算 SUM equals its sub-items, each ="…" text formula yields its text, and the
// recalculated workbook reads back to the same projects.

const seed2024 = loadProjectSeed('sh-hrss-2024-projects.json');
const seed2020 = loadProjectSeed('sh-hrss-2020-performance.json');
const p2024 = seed2024.entries.map((e) => e.project);
const p2020 = seed2020.entries.map((e) => e.project);
const cents: Project = {
  name: '分位测试项目',
  budget: 1_000_000_003,
  subItems: [
    { name: '甲', amount: 333_333_334 },
    { name: '乙', amount: 333_333_333 },
    { name: '丙', amount: 333_333_336 },
  ],
  indicators: [{ level1: '产出目标', level2: '数量', level3: '完成率', target: '=100%' }],
};

const explanation = buildProjectExplanationSheet({ year: 2024, department: seed2024.department, projects: [...p2024, cents] });
const perf2024 = buildPerformanceTargetSheet({
  year: 2024,
  department: seed2024.department,
  projects: [...p2024, cents],
  sheetName: '项目支出绩效目标表2024',
});
const perf2020 = buildPerformanceTargetSheet({ year: 2020, department: seed2020.department, projects: p2020 });
let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [explanation.sheet, perf2024.sheet, perf2020.sheet] }, 'fail');
  recalculated = await recalculate(await wb.toBuffer(), 'projects.xlsx');
}, 240_000);

const cases: Array<[string, string, ProjectBlockLayout, Project, number]> = [
  ...explanation.blocks.map((b, i): [string, string, ProjectBlockLayout, Project, number] => [
    explanation.sheet.name,
    b.name,
    b,
    [...p2024, cents][i]!,
    1_000_000,
  ]),
  ...perf2024.blocks.map((b, i): [string, string, ProjectBlockLayout, Project, number] => [
    perf2024.sheet.name,
    b.name,
    b,
    [...p2024, cents][i]!,
    100,
  ]),
].filter(([, , b]) => b.budgetFormula !== null);

test('the SUM cells under test cover every project whose sub-items add up', () => {
  // 26 projects per sheet: 4 whose published list is shorter than their budget keep a constant,
  // 9 have no sub-items; the other 13 carry a SUM.
  expect(cases.map(([sheet, name]) => `${sheet}:${name}`)).toHaveLength(2 * 13);
});

test.each(cases)('%s %s: 当年预算 SUM recalculated = Σ 子项目', (sheet, _name, block, project, fenPerUnit) => {
  const v = numberAt(recalculated, sheet, block.budgetCell);
  expect(v).not.toBe(POISON);
  expect({ cell: block.budgetCell, fen: Math.round(v! * fenPerUnit) }).toEqual({ cell: block.budgetCell, fen: subItemSum(project) });
  // and the parts are what was written
  const parts = block.subItemAmountCells.map((c) => Math.round((numberAt(recalculated, sheet, c) ?? 0) * fenPerUnit));
  expect(parts).toEqual(project.subItems.map((s) => s.amount));
});

test('text formulas (="=100%") recalculate to their text', () => {
  const ws = recalculated.getWorksheet(perf2020.sheet.name)!;
  const cell = perf2020.blocks[0]!.indicatorTargetCells[1]!;
  const v = ws.getCell(cell).value as { formula?: string; result?: unknown };
  expect(v.formula).toBe('"=100%"');
  expect(v.result).toBe('=100%');
});

test('the recalculated workbook reads back to the same projects (cached results this time)', async () => {
  const { records, findings } = readProjectSheets(await new XlsxWorkbook(recalculated).readSheets());
  expect(findings).toEqual([]);
  // (the 说明 sheet has no indicator section)
  expect(records.filter((r) => r.sheet === explanation.sheet.name).map((r) => r.project)).toEqual([...p2024, { ...cents, indicators: [] }]);
  expect(records.filter((r) => r.sheet === perf2024.sheet.name).map((r) => r.project.budget)).toEqual(
    [...p2024, cents].map((p) => p.budget),
  );
  expect(records.filter((r) => r.sheet === perf2020.sheet.name).map((r) => r.project)).toEqual(p2020);
});
