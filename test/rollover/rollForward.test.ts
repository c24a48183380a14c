import type ExcelJS from 'exceljs';
import { writeRolledWorkbook } from '../../src/hosts/xlsx/writeRolledWorkbook';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { cellAddress } from '../../src/domain/a1';
import { PREVIOUS_SHEET } from '../../src/domain/narrative/buildPreviousYearSheet';
import type { PreviousYearFigures } from '../../src/domain/narrative/previousYear';
import { readPreviousYearSheet } from '../../src/domain/narrative/readPreviousYearSheet';
import { CHECK_SHEET_COLUMNS, CHECK_SHEET_FIRST_ROW } from '../../src/domain/check/buildCheckSheet';
import { CHECK_SHEET_NAME } from '../../src/domain/read/tableTitles';
import { rollForward } from '../../src/domain/rollover/rollForward';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate, resultAt } from '../support/libreOffice';
import { workbook2020 } from './seedWorkbooks';

/** Figures in 元 keyed by figure key, 类 as "code name". */
function yuan(p: PreviousYearFigures): Record<string, number | null> {
  const out: Record<string, number | null> = { year: p.year };
  for (const [k, v] of Object.entries(p.amounts)) out[k] = v.fen / 100;
  for (const [code, v] of Object.entries(p.classes)) out[`${code} ${v.name}`] = v.fen / 100;
  return out;
}

const change = (kind: string, from: string, to: string) => ({ kind, from, to, tables: ['income', 'expenditure', 'generalPublic'] });

test('2020 → 2021: titles advance, same catalog edition so no code changes, 上年数 from the 2020 figures', async () => {
  const book = await workbook2020();
  const r = rollForward(await book.readSheets());
  expect([r.sourceYear, r.targetYear]).toEqual([2020, 2021]);
  expect(r.changes).toEqual([]);
  expect(r.findings).toEqual([]);
  expect(r.plan!.sheets.map((s) => s.layout?.title ?? s.name)).toEqual([
    '2021年部门财务收支预算总表',
    '2021年部门收入预算总表',
    '2021年部门支出预算总表',
    '2021年部门财政拨款收支预算总表',
    '2021年部门一般公共预算支出功能分类预算表',
    '2021年部门政府性基金预算支出功能分类预算表',
    '2021年部门一般公共预算基本支出部门预算经济分类预算表',
    '2021年部门“三公”经费和机关运行经费预算表',
    PREVIOUS_SHEET,
  ]);
  // The eight 2020 tables give way to the new ones; 备注 is the officer's and stays.
  expect(r.replacedSheets).toHaveLength(8);
  expect(r.replacedSheets).not.toContain('备注');
  // Published 2020 figures (seed 000) and its 编制说明 (per-类 figures are 财政拨款).
  expect(yuan(r.previousYear!)).toEqual({
    year: 2020,
    'income.total': 2610506000,
    'income.fiscal': 2587850000,
    'income.business': 0,
    'income.operating': 0,
    'income.other': 22656000,
    'expenditure.total': 2610506000,
    'expenditure.fiscal': 2587850000,
    'expenditure.generalPublic': 2587850000,
    'expenditure.govFund': 0,
    'expenditure.stateCapital': 0,
    'sangong.total': 10587000,
    'sangong.abroad': 5493000,
    'sangong.reception': 1739000,
    'sangong.vehicle': 3355000,
    'sangong.vehiclePurchase': 300000,
    'sangong.vehicleOperation': 3055000,
    office: 130596100,
    '201 一般公共服务支出': 459902939,
    '205 教育支出': 690202860,
    '208 社会保障和就业支出': 1283316094,
    '210 卫生健康支出': 41925851,
    '221 住房保障支出': 112502256,
  });
  // Every line keeps its place, with no amount.
  const lines = r.data!.lines;
  expect(lines.expenditure.map((l) => l.code)).toContain('2011007');
  expect(lines.economic).toHaveLength(36);
  expect([...Object.values(lines)].flat().every((l) => Object.keys(l.amounts).length === 0)).toBe(true);
});

test('2020 → 2024 maps the codes the catalog moved (博士后日常经费 2011007 → 2080115) for any department and lists what it kept', async () => {
  const r = rollForward(await (await workbook2020()).readSheets(), { targetYear: 2024 });
  expect(r.changes.map((c) => ({ kind: c.kind, from: c.from, to: c.to, tables: c.tables }))).toEqual([
    change('moved', '2011007', '2080115'),
    change('moved', '2089901', '2089999'),
    change('moved', '2109901', '2109999'),
    // 人力资源事务's generic 项 have no successor that holds for every department: kept for the officer.
    change('unmapped', '2011001', '2011001'),
    change('unmapped', '2011002', '2011002'),
    change('unmapped', '2011050', '2011050'),
  ]);
  expect(r.changes[0]!.message).toBe(
    '2011007 博士后日常经费 → 2080115 博士后日常经费（2020 年版科目调整到 2024 年版；涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
  );
  expect(r.changes[0]!.basis).toMatch(/随人力资源事务款撤销移入 208 01/);
  expect(r.changes[3]!.message).toBe(
    '2011001 行政运行 不在 2024 年版科目表中（官方科目表（团队所知）：随人力资源事务款撤销，没有对所有部门都成立的新科目），已原样保留，请改列为本部门适用的科目（涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
  );
  expect(r.findings.map((f) => [f.rule, f.severity, f.code])).toEqual([
    ['rollover/unmapped', 'warning', '2011001'],
    ['rollover/unmapped', 'warning', '2011002'],
    ['rollover/unmapped', 'warning', '2011050'],
  ]);
  const expenditure = r.plan!.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
  const rows = expenditure.layout!.rows.filter((x) => x.code);
  expect(rows.map((x) => x.code)).toContain('2080115');
  expect(rows.find((x) => x.code === '2080115')!.label).toBe('博士后日常经费');
  // The kept codes stand under last year's names, their 款 too, for the officer to re-code.
  expect(rows.filter((x) => x.code!.startsWith('201')).map((x) => [x.code, x.label])).toEqual([
    ['201', '一般公共服务支出'],
    ['20110', '人力资源事务'],
    ['2011001', '行政运行'],
    ['2011002', '一般行政管理事务'],
    ['2011050', '事业运行'],
  ]);
  expect(expenditure.layout!.title).toBe('2024年部门支出预算总表');
  // 博士后日常经费's 2020 spending now counts under 208 in the 上年数; the rest of 201 stays.
  const prev = yuan(r.previousYear!);
  expect(prev['208 社会保障和就业支出']).toBe(1283316094 + 144100000);
  expect(prev['201 一般公共服务支出']).toBe(459902939 - 144100000);
});

function amountCells(plan: NonNullable<ReturnType<typeof rollForward>['plan']>): Array<{ sheet: string; cell: string }> {
  const out: Array<{ sheet: string; cell: string }> = [];
  for (const s of plan.sheets) {
    const layout = s.layout;
    if (!layout) continue;
    for (const row of layout.rows)
      for (const col of Object.values(layout.columns)) out.push({ sheet: s.name, cell: cellAddress(row.row, col) });
  }
  return out;
}

test.each([[2021], [2024]])(
  "the rolled workbook recalculated in LibreOffice: every amount 0, titles %i年, 上年数 and the officer's sheet intact",
  async (year) => {
    const book = await workbook2020();
    const r = rollForward(await book.readSheets(), { targetYear: year });
    const { written, kept } = await writeRolledWorkbook(book, r);
    expect(kept).toEqual(['备注']);
    expect(book.workbook.worksheets.map((w) => w.name)).toEqual([...written, '备注']);
    const wb = await recalculate(await book.toBuffer(), `rolled-${year}.xlsx`);

    const cells = amountCells(r.plan!);
    expect(cells.length).toBeGreaterThan(200);
    for (const { sheet, cell } of cells) {
      const v = numberAt(wb, sheet, cell);
      expect({ sheet, cell, v: v ?? 0 }).toEqual({ sheet, cell, v: 0 });
    }
    for (const s of r.plan!.sheets.filter((x) => x.layout)) {
      expect(String(resultAt(wb, s.name, 'A1'))).toMatch(new RegExp(`^${year}年部门`));
    }
    // Parents and 合计 are still formulas (entry cells are empty, not zeros).
    const expenditure = r.plan!.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
    const totalRow = expenditure.layout!.lastDataRow;
    expect(wb.getWorksheet(expenditure.name)!.getCell(`E${totalRow}`).formula).toMatch(/^SUM\(/);
    const leaf = expenditure.layout!.rows.find((x) => x.role === 'item')!;
    expect(wb.getWorksheet(expenditure.name)!.getCell(`F${leaf.row}`).value).toBeNull();

    // The 上年数 sheet in the narrative's layout: 上年年度 and 收入预算合计 in 元.
    expect([resultAt(wb, PREVIOUS_SHEET, 'A2'), numberAt(wb, PREVIOUS_SHEET, 'B2')]).toEqual(['上年年度', 2020]);
    expect([resultAt(wb, PREVIOUS_SHEET, 'B7'), numberAt(wb, PREVIOUS_SHEET, 'C7')]).toEqual(['收入预算合计', 2610506000]);
    const notes = wb.getWorksheet('备注')!;
    expect(notes.getCell('A1').value).toBe('本处自用：项目储备清单');
    expect(numberAt(wb, '备注', 'B3')).toBe(2468);
    expect((notes.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF92D050');
  },
  240_000,
);

test('the demo workbook rolled to 2025: the rebuilt 校验 sheet recalculates in LibreOffice with every check passing', async () => {
  const { workbook } = await buildDemoWorkbook();
  const r = rollForward(await workbook.readSheets());
  const { written, kept } = await writeRolledWorkbook(workbook, r);
  expect(written).toContain(CHECK_SHEET_NAME);
  expect(kept).toEqual(['项目经费情况说明', '项目支出绩效目标表']);
  const wb = await recalculate(await workbook.toBuffer(), 'demo-2025.xlsx');
  const check = wb.getWorksheet(CHECK_SHEET_NAME)!;
  const statuses: unknown[] = [];
  for (let row = CHECK_SHEET_FIRST_ROW; row <= check.rowCount; row++) {
    if (check.getCell(row, CHECK_SHEET_COLUMNS.status).formula)
      statuses.push(resultAt(wb, CHECK_SHEET_NAME, check.getCell(row, CHECK_SHEET_COLUMNS.status).address));
  }
  expect(statuses.length).toBeGreaterThan(20);
  expect(new Set(statuses)).toEqual(new Set(['通过']));
  for (const s of r.plan!.sheets.filter((x) => x.layout)) expect(String(resultAt(wb, s.name, 'A1'))).toMatch(/^2025年部门/);
}, 240_000);

test("the 上年数 sheet reads back (with the narrative's reader) to the same figures", async () => {
  const { workbook } = await buildDemoWorkbook();
  const r = rollForward(await workbook.readSheets());
  expect([r.sourceYear, r.targetYear, r.changes]).toEqual([2024, 2025, []]);
  const out = new XlsxWorkbook();
  await out.writePlan(r.plan!, 'fail');
  const [snap] = await out.readSheets([PREVIOUS_SHEET]);
  const back = readPreviousYearSheet(snap!);
  expect(back.findings).toEqual([]);
  expect(yuan(back.previous)).toEqual(yuan(r.previousYear!));
  // 2024 published (seed 004): 收入 2,535,662,851 元; 机关运行经费 15,460.88 万元.
  expect(back.previous.amounts['income.total']?.fen).toBe(253566285100);
  expect(back.previous.amounts.office?.fen).toBe(15460880000);
});

test('a name the new catalog spells otherwise is listed as renamed', async () => {
  const { workbook } = await buildDemoWorkbook();
  workbook.workbook.getWorksheet('3 支出预算总表')!.getCell('D19').value = '博士后经费';
  const r = rollForward(await workbook.readSheets());
  expect(r.changes.map((c) => [c.kind, c.from, c.fromName, c.toName, c.tables])).toEqual([
    ['renamed', '2080115', '博士后经费', '博士后日常经费', ['expenditure']],
  ]);
  expect(r.changes[0]!.message).toBe('2080115 名称“博士后经费”改为 2025 年版科目表名称“博士后日常经费”（涉及：3 支出预算总表）');
});

test("a formula of the officer's own sheet pointing into a rebuilt table is flagged", async () => {
  const book = await workbook2020();
  book.workbook.getWorksheet('备注')!.getCell('C5').value = { formula: "'3 支出预算总表'!E44*0.1" };
  const r = rollForward(await book.readSheets());
  expect(r.findings.map((f) => [f.rule, f.sheet, f.cell, f.message])).toEqual([
    [
      'rollover/extra-sheet-reference',
      '备注',
      'C5',
      "保留的工作表“备注”有 1 个公式引用了重建的预算表（如 C5：='3 支出预算总表'!E44*0.1），新表的行次可能已变化，请核对这些公式",
    ],
  ]);
});

test("last year's 上年数 and 修改对照 are replaced, and what cannot be rolled says why", async () => {
  const { workbook } = await buildDemoWorkbook();
  workbook.workbook.addWorksheet(PREVIOUS_SHEET).getCell('A1').value = '项目';
  workbook.workbook.addWorksheet('修改对照').getCell('A1').value = '修改对照：报送稿与财政局返回稿';
  const r = rollForward(await workbook.readSheets());
  expect(r.replacedSheets).toEqual(expect.arrayContaining([PREVIOUS_SHEET, '修改对照']));
  expect(r.findings.map((f) => f.message)).toEqual([
    '原工作表“上年数”是 2023 年的数，新工作簿中已换成 2024 年预算数',
    '原工作表“校验”的校验公式指向旧表的行次，新工作簿中已按新表重建',
    '原工作表“修改对照”是上一轮审核的修改记录，新工作簿中已移除',
    '保留的工作表“项目经费情况说明”仍是 2024 年的内容，请按 2025 年更新',
    '保留的工作表“项目支出绩效目标表”仍是 2024 年的内容，请按 2025 年更新',
  ]);

  const none = rollForward([]);
  expect([none.plan, none.findings.map((f) => f.rule)]).toEqual([null, ['rollover/no-tables']]);
  const back = rollForward(await workbook.readSheets(), { targetYear: 2023 });
  expect(back.plan).toBeNull();
  expect(back.findings.map((f) => f.message)).toContain('目标年度 2023 不晚于工作簿的预算年度 2024，未结转');
});
