import ExcelJS from 'exceljs';
import { DEMO_MATERIALS_2024 } from '../../src/cli/demoNarrative';
import { buildMaterialsSheet } from '../../src/domain/narrative/buildMaterialsSheet';
import { chineseDate, DateCell } from '../../src/domain/narrative/cellSchemas';
import { MATERIALS_SHEET, parseMaterials } from '../../src/domain/narrative/materials';
import { readMaterialsSheet } from '../../src/domain/narrative/readMaterialsSheet';
import type { SheetPlan } from '../../src/domain/plan/sheetPlan';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate } from '../support/libreOffice';

const CLASSES = [
  { code: '205', name: '教育支出' },
  { code: '208', name: '社会保障和就业支出' },
];

/** Row (1-based) whose column A reads `label`. */
function rowOf(plan: SheetPlan, label: string): number {
  const i = plan.cells.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no row labelled ${label}`);
  return i + 1;
}

async function roundTrip(plan: SheetPlan, edit?: (ws: ExcelJS.Worksheet) => void): Promise<XlsxWorkbook> {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [plan] }, 'fail');
  if (edit) edit(wb.workbook.getWorksheet(MATERIALS_SHEET)!);
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

test('an empty sheet has labelled yellow inputs in column B and reads back as nothing entered', async () => {
  const plan = buildMaterialsSheet();
  expect(plan.name).toBe('说明素材');
  expect(plan.cells[rowOf(plan, '机关家数') - 1]).toEqual(['机关家数', null, '机关运行经费段：下属×家机关', null, null]);
  const input = plan.styles.find((s) => s.range === `B${rowOf(plan, '政府采购货物预算')}`);
  expect(input?.style).toMatchObject({ fill: '#FFF2CC', numberFormat: '#,##0.00' });
  const [snap] = await (await roundTrip(plan)).readSheets();
  const r = readMaterialsSheet(snap!);
  expect(r.findings).toEqual([]);
  expect(r.materials).toMatchObject({ counts: {}, texts: {}, amounts: {}, purposes: {} });
});

test('what is laid in reads back the same, totals of the vehicle table derived', async () => {
  const plan = buildMaterialsSheet({ year: 2024, classes: CLASSES, values: { ...DEMO_MATERIALS_2024, purposes: { '205': '职业培训' } } });
  expect(plan.cells[0]![0]).toBe('2024年编制说明素材');
  const [snap] = await (await roundTrip(plan)).readSheets();
  const r = readMaterialsSheet(snap!);
  expect(r.findings).toEqual([]);
  expect(r.materials.amounts).toEqual(DEMO_MATERIALS_2024.amounts);
  expect(r.materials.texts).toEqual(DEMO_MATERIALS_2024.texts);
  expect(r.materials.counts).toEqual({ ...DEMO_MATERIALS_2024.counts, 'assets.held.total': 91, 'assets.planned.total': 9 });
  expect(r.materials.purposes).toEqual({ '205': '职业培训' });
  expect(r.materials.cells?.['procurement.goods']).toEqual({ sheet: '说明素材', cell: `B${rowOf(plan, '政府采购货物预算')}` });
  // The per-类 rows show the default wording (from the catalog's 说明) beside the input.
  const row205 = plan.cells[rowOf(plan, '205') - 1]!;
  expect(row205).toEqual(['205', '教育支出', '职业培训', '政府教育事务支出', null]);
});

test('bad cells become findings naming the sheet, the cell and the label', async () => {
  const plan = buildMaterialsSheet({ classes: CLASSES });
  const agencies = rowOf(plan, '机关家数');
  const goods = rowOf(plan, '政府采购货物预算');
  const asOf = rowOf(plan, '资产统计截止日期');
  const enforcement = rowOf(plan, '执法执勤用车');
  const wb = await roundTrip(plan, (ws) => {
    ws.getCell(`B${agencies}`).value = '一家';
    ws.getCell(`B${goods}`).value = '约1000万';
    ws.getCell(`B${asOf}`).value = '2023-02-30';
    ws.getCell(`C${enforcement}`).value = -2;
  });
  const r = readMaterialsSheet((await wb.readSheets())[0]!);
  expect(r.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
    ['narrative/bad-material', 'error', '说明素材', `B${agencies}`],
    ['narrative/bad-material', 'error', '说明素材', `B${goods}`],
    ['narrative/bad-material', 'error', '说明素材', `B${asOf}`],
    ['narrative/bad-material', 'error', '说明素材', `C${enforcement}`],
  ]);
  expect(r.findings[0]!.message).toBe(`工作表“说明素材”B${agencies}（机关家数）的值“一家”不是非负整数，未采用`);
  expect(r.findings[1]!.message).toBe(`工作表“说明素材”B${goods}（政府采购货物预算）的值“约1000万”不是非负金额（元），未采用`);
  expect(r.findings[2]!.message).toBe(`工作表“说明素材”B${asOf}（资产统计截止日期）的值“2023-02-30”不是日期（如 2023-08-31），未采用`);
  expect(r.materials.counts['office.agencies']).toBeUndefined();
  // A column with a bad cell has no total: the narrative will not print a wrong one.
  expect(r.materials.counts['assets.planned.total']).toBeUndefined();
});

test('rows found by label: inserting rows above does not break the reader', async () => {
  const plan = buildMaterialsSheet({ values: DEMO_MATERIALS_2024 });
  const wb = await roundTrip(plan, (ws) => ws.spliceRows(3, 0, ['（本表由财务科填写）'], []));
  const r = readMaterialsSheet((await wb.readSheets())[0]!);
  expect(r.findings).toEqual([]);
  expect(r.materials.amounts['procurement.services']).toBe(DEMO_MATERIALS_2024.amounts['procurement.services']);
  expect(r.materials.cells?.['procurement.services']?.cell).toBe(`B${rowOf(plan, '政府采购服务预算') + 2}`);
});

test('in a table the officer has started, a blank means none; an untouched table stays unknown', async () => {
  const plan = buildMaterialsSheet();
  const wb = await roundTrip(plan, (ws) => {
    ws.getCell(`B${rowOf(plan, '执法执勤用车')}`).value = 5;
    ws.getCell(`B${rowOf(plan, '政府采购服务预算')}`).value = 1_000_000;
  });
  const m = readMaterialsSheet((await wb.readSheets())[0]!).materials;
  expect(m.counts['assets.held.total']).toBe(5);
  expect(m.counts['assets.held.other']).toBe(0);
  expect(m.counts['assets.devices.held']).toBe(0);
  expect(m.counts['assets.planned.total']).toBeUndefined();
  expect(m.amounts).toEqual({
    'procurement.goods': 0,
    'procurement.works': 0,
    'procurement.services': 100_000_000,
    'procurement.sme': 0,
    'procurement.smeSmall': 0,
  });
});

test('a reservation larger than what it is reserved from is a warning', async () => {
  const plan = buildMaterialsSheet({
    values: parseMaterials({
      counts: {},
      texts: {},
      purposes: {},
      amounts: {
        'procurement.goods': 100,
        'procurement.works': 0,
        'procurement.services': 0,
        'procurement.sme': 200,
        'procurement.smeSmall': 300,
      },
    }),
  });
  const r = readMaterialsSheet((await (await roundTrip(plan)).readSheets())[0]!);
  expect(r.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
    ['narrative/procurement-exceeds', 'warning', `B${rowOf(plan, '面向中小企业预留政府采购项目预算')}`],
    ['narrative/procurement-exceeds', 'warning', `B${rowOf(plan, '其中：预留给小型和微型企业')}`],
  ]);
});

test('dates: typed text, Chinese dates and Excel serials', () => {
  expect(DateCell.parse('2023/8/31')).toBe('2023-08-31');
  expect(DateCell.parse('2023年8月31日')).toBe('2023-08-31');
  expect(DateCell.parse(45169)).toBe('2023-08-31');
  expect(DateCell.safeParse('2023-13-01').success).toBe(false);
  expect(chineseDate('2023-08-31')).toBe('2023年8月31日');
});

test('materials given as data are validated at the boundary', () => {
  expect(() => parseMaterials({ counts: { 'office.agencies': -1 }, texts: {}, amounts: {}, purposes: {} })).toThrow(/office\.agencies/);
  expect(() => parseMaterials({ counts: {}, texts: {}, amounts: {}, purposes: { '20801011': 'x' } })).toThrow(/purposes\.20801011/);
});

test('the convenience totals (SUM formulas) recalculate in LibreOffice', async () => {
  const plan = buildMaterialsSheet({ values: DEMO_MATERIALS_2024 });
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [plan] }, 'fail');
  const calc = await recalculate(await wb.toBuffer());
  expect(numberAt(calc, MATERIALS_SHEET, `B${rowOf(plan, '政府采购预算合计')}`)).toBeCloseTo(318_169_100, 2);
  expect(numberAt(calc, MATERIALS_SHEET, `B${rowOf(plan, '车辆合计')}`)).toBe(91);
  expect(numberAt(calc, MATERIALS_SHEET, `C${rowOf(plan, '车辆合计')}`)).toBe(9);
});
