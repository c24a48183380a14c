import ExcelJS from 'exceljs';
import { previousFromSeed } from '../../src/cli/demoNarrative';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { buildPreviousYearSheet, PREVIOUS_SHEET } from '../../src/domain/narrative/buildPreviousYearSheet';
import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { mergePrevious, previousFromWorkbook, previousKeyOfLabel } from '../../src/domain/narrative/previousYear';
import { readPreviousYearSheet } from '../../src/domain/narrative/readPreviousYearSheet';
import type { SheetPlan } from '../../src/domain/plan/sheetPlan';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { demo2024, seedJson, workbook2020 } from './support';

function rowOf(plan: SheetPlan, label: string): number {
  const i = plan.cells.findIndex((r) => r[1] === label || r[0] === label);
  if (i < 0) throw new Error(`no row labelled ${label}`);
  return i + 1;
}

async function roundTrip(plan: SheetPlan, edit?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [plan] }, 'fail');
  if (edit) edit(wb.workbook.getWorksheet(PREVIOUS_SHEET)!);
  return (await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets())[0]!;
}

test('the seed labels map onto the 上年数 lines; project-level figures are left out', () => {
  expect(previousKeyOfLabel('三公经费合计')).toBe('sangong.total');
  expect(previousKeyOfLabel('因公出国(境)费')).toBe('sangong.abroad');
  expect(previousKeyOfLabel('“三公”经费合计')).toBe('sangong.total');
  expect(previousKeyOfLabel('社会保险服务费项目预算')).toBeUndefined();
  const p = previousFromSeed(seedJson('sh-hrss-2020-previous.json'));
  expect(p.year).toBe(2019);
  expect(Object.keys(p.amounts).sort()).toEqual([
    'expenditure.fiscal',
    'expenditure.generalPublic',
    'expenditure.govFund',
    'sangong.abroad',
    'sangong.reception',
    'sangong.total',
    'sangong.vehicle',
  ]);
});

test('the sheet lays out 元 for 收支 and 类, 万元 for 三公, and reads back to the 分', async () => {
  const previous = previousFromSeed(seedJson('sh-hrss-2024-previous.json'));
  const plan = buildPreviousYearSheet({ figures: previous, classes: [{ code: '205', name: '教育支出' }] });
  expect(plan.cells[0]![0]).toBe('2023年预算数（编制说明比较用）');
  expect(plan.cells[rowOf(plan, '财政拨款收入') - 1]).toEqual([null, '财政拨款收入', 2_478_310_000, null]);
  expect(plan.cells[rowOf(plan, '“三公”经费合计') - 1]).toEqual([null, '“三公”经费合计', 998.09, null]);
  expect(plan.cells[rowOf(plan, '205') - 1]).toEqual(['205', '教育支出', null, null]);
  const r = readPreviousYearSheet(await roundTrip(plan));
  expect(r.findings).toEqual([]);
  expect(r.previous.year).toBe(2023);
  expect(Object.fromEntries(Object.entries(r.previous.amounts).map(([k, v]) => [k, v.fen]))).toEqual(
    Object.fromEntries(Object.entries(previous.amounts).map(([k, v]) => [k, v.fen])),
  );
  expect(r.previous.amounts['sangong.total']?.source).toEqual({ sheet: '上年数', cell: `C${rowOf(plan, '“三公”经费合计')}` });
});

test('a figure that does not parse is reported at its cell; a total that disagrees with its parts is a warning', async () => {
  const plan = buildPreviousYearSheet({ year: 2023 });
  const fiscal = rowOf(plan, '财政拨款收入');
  const total = rowOf(plan, '“三公”经费合计');
  const sheet = await roundTrip(plan, (ws) => {
    ws.getCell(`C${fiscal}`).value = '二十四亿';
    ws.getCell(`C${total}`).value = 1000;
    ws.getCell(`C${rowOf(plan, '因公出国（境）费')}`).value = 500;
    ws.getCell(`C${rowOf(plan, '公务接待费')}`).value = 100;
    ws.getCell(`C${rowOf(plan, '公务用车购置及运行费')}`).value = 300;
  });
  const r = readPreviousYearSheet(sheet);
  expect(r.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
    ['narrative/bad-previous', 'error', `C${fiscal}`],
    ['narrative/previous-inconsistent', 'warning', `C${total}`],
  ]);
  expect(r.findings[1]!.message).toBe(
    `上年数中“三公”经费预算数1,000万元不等于因公出国（境）费、公务接待费、公务用车购置及运行费之和900万元，请核对工作表“上年数”C${total}`,
  );
});

test("last year read from last year's workbook, the same way as this year's", async () => {
  const wb = await workbook2020();
  const p = previousFromWorkbook(readBudgetTables(await wb.readSheets()).workbook);
  expect(p.year).toBe(2020);
  expect(p.amounts['expenditure.fiscal']?.fen).toBe(258_785_000_000);
  expect(p.amounts['sangong.total']?.fen).toBe(1_058_700_000);
  expect(p.classes['201']).toMatchObject({ fen: 45_990_293_900, name: '一般公共服务支出' });
  const sheetOnly = { year: 2019, amounts: { office: { fen: 1 } }, classes: {} };
  const merged = mergePrevious(p, sheetOnly);
  expect(merged.year).toBe(2020);
  expect(merged.amounts.office?.fen).toBe(p.amounts.office?.fen);
});

test('a 2025 workbook against the 2024 workbook as last year: every line compares, 类 lines too', async () => {
  const data = budgetDataFromPublished(seedJson('sh-hrss-2024.json'));
  const next = new XlsxWorkbook();
  await next.writePlan(buildBudgetWorkbook({ ...data, year: 2025 }).plan, 'fail');
  const last = await demo2024();
  const r = narrativeFromSheets({ sheets: await next.readSheets(), previousSheets: await last.readSheets() });
  const texts = r.paragraphs.map((p) => p.text);
  expect(texts).toContain(
    '2025年，上海市人力资源和社会保障局收入预算253,566万元，与2024年预算持平，其中：财政拨款收入250,203万元，与2024年预算持平；事业收入0万元，与2024年预算持平；事业单位经营收入0万元，与2024年预算持平；其他收入3,363万元，与2024年预算持平。',
  );
  expect(texts).toContain('1. “教育支出”科目50,179万元，与2024年预算持平，主要用于政府教育事务支出。');
  expect(texts).toContain('2025年上海市人力资源和社会保障局（部门）财政拨款的机关运行经费预算为15,460.88万元，与2024年预算持平。');
  expect(r.findings.some((f) => f.rule === 'narrative/previous-year')).toBe(false);
});
