import type ExcelJS from 'exceljs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { buildCheckOverlay, CF_FORMULA_LIMIT, parentRules, TYPED_OVER_FILL } from '../../src/domain/check/buildCheckOverlay';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { classifiedTables } from '../../src/domain/check/tables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { POISON, recalculate } from '../support/libreOffice';
import { publishedSnapshots } from './support/publishedWorkbook';
import { TableSpec, tableSheet, withCell } from './support/snapshots';
import { workbookOf } from './support/xlsx';

// The overlay's conditional formats cannot be observed in a recalculated file, so each rule's
// formula is written, anchored at every amount cell, into helper cells beside the table;
// LibreOffice computes them and they must light exactly the cells the engine reports.

const EXP = '3 支出预算总表';

/** Cells lit by the overlay rules (per LibreOffice) and cells the engine reports as not adding up. */
async function litVsEngine(book: XlsxWorkbook): Promise<{ lit: string[]; engine: string[] }> {
  const { parsed, context, findings } = checkSnapshots(await book.readSheets());
  const helpers: Array<{ sheet: string; helper: string; target: string }> = [];
  for (const t of classifiedTables(parsed)) {
    const ws = book.workbook.getWorksheet(t.sheet)!;
    const rules = parentRules(t, context);
    const base = Math.max(...t.columns.map((c) => c.col), ...t.codeColumns, t.nameColumn) + 2;
    for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
      rules.forEach((rule, k) =>
        t.columns.forEach((c, j) => {
          const cell = ws.getCell(row, base + k * t.columns.length + j);
          cell.value = { formula: `IF(${rule.formulaAt(row, c.col).slice(1)},1,0)` };
          helpers.push({ sheet: t.sheet, helper: cell.address, target: `${t.sheet}!${ws.getCell(row, c.col).address}` });
        }),
      );
    }
  }
  const lo = await recalculate(await book.toBuffer(), 'overlay.xlsx');
  const lit = new Set<string>();
  for (const h of helpers) {
    const v = lo.getWorksheet(h.sheet)!.getCell(h.helper).value as { result?: unknown };
    // ExcelJS reads a saved 0 as no result; the poison proves the cell was recalculated.
    expect(v.result).not.toBe(POISON);
    if (v.result === 1) lit.add(h.target);
    else expect([0, undefined]).toContain(v.result);
  }
  const engine = findings
    .filter((f) => (f.rule === 'tree-sum' || f.rule === 'total-sum') && f.severity === 'error')
    .map((f) => `${f.sheet}!${f.cell}`);
  return { lit: [...lit].sort(), engine: [...new Set(engine)].sort() };
}

test("bounded: a few rules per table, each within Excel's 255-character limit", async () => {
  const { workbook } = await buildDemoWorkbook();
  const { parsed } = checkSnapshots(await workbook.readSheets());
  const overlays = buildCheckOverlay(parsed);
  const cfs = overlays.flatMap((o) => (o.conditionalFormats ?? []).map((c) => ({ sheet: o.sheet, ...c })));
  // 3 rules (类, 款, 合计) × 3 functional tables with rows (政府性基金/国有资本经营 are empty)
  // + 2 (类, 合计) for 经济分类 + 2 三公 cells + 2 × 2 summary totals.
  expect(cfs).toHaveLength(3 * 3 + 2 + 2 + 4);
  for (const c of cfs) expect(c.formula.length).toBeLessThanOrEqual(CF_FORMULA_LIMIT);
  expect(cfs.find((c) => c.sheet === EXP)).toEqual({
    sheet: EXP,
    range: 'E6:G43',
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    formula:
      '=AND($B6="",LEN($A6)=3,ABS(N(E6)-SUMPRODUCT(($A$6:$A$43=$A6)*($B$6:$B$43<>"")*($C$6:$C$43=""),E$6:E$43))>SUMPRODUCT(($A$6:$A$43=$A6)*($B$6:$B$43<>"")*($C$6:$C$43=""))+0.001)',
  });
  expect(overlays.every((o) => !o.fills)).toBe(true);
});

test('a 10,000-row table still gets the same few rules', () => {
  const rows: TableSpec['rows'][number][] = [['208', '社会保障和就业支出', 0, 0, 0]];
  for (let i = 0; i < 10_000; i++) rows.push(['20801', '人力资源和社会保障管理事务', 0, 0, 0]);
  const { parsed } = checkSnapshots([tableSheet({ kind: 'expenditure', rows, total: [0, 0, 0] })]);
  const cfs = buildCheckOverlay(parsed).flatMap((o) => o.conditionalFormats ?? []);
  expect(cfs).toHaveLength(3);
  for (const c of cfs) expect(c.formula.length).toBeLessThanOrEqual(CF_FORMULA_LIMIT);
});

describe('LibreOffice evaluates the rules as the engine judges', () => {
  test('demo workbook (formulas) with a parent typed over', async () => {
    const book = await XlsxWorkbook.fromBuffer(await (await buildDemoWorkbook()).workbook.toBuffer());
    book.workbook.getWorksheet(EXP)!.getCell('F10').value = 728435000;
    expect(await litVsEngine(book)).toEqual({ lit: [`${EXP}!F10`], engine: [`${EXP}!F10`] });
  }, 240_000);

  test('published figures (typed numbers): 1 元 尾差 stay unlit, a changed 项 lights its 款', async () => {
    const snaps = withCell(await publishedSnapshots(), '2 收入预算总表', 'F12', 116635301);
    const { lit, engine } = await litVsEngine(workbookOf(snaps));
    expect(lit).toEqual(['2 收入预算总表!F10']);
    expect(engine).toEqual(lit);
  }, 240_000);

  test('one code column, 经济分类 (类/款), repeated header blocks, blank rows', async () => {
    const rows: TableSpec['rows'] = [
      ['208', '社会保障和就业支出', 60, 35, 25],
      ['20801', '人力资源和社会保障管理事务', 50, 30, 20],
      ['2080101', '行政运行', 30, 30, null],
      ['2080102', '一般行政管理事务', 20, null, 20],
      ['20805', '行政事业单位养老支出', 10, 5, 5],
      ['2080501', '行政单位离退休', 10, 5, 7],
    ];
    const eco: TableSpec['rows'] = [
      ['301', '工资福利支出', 10, 10, null],
      ['30101', '基本工资', 6, 6, null],
      ['30102', '津贴补贴', 4, 7, null],
      ['302', '商品和服务支出', 2, null, 2],
      ['30201', '办公费', 2, null, 2],
    ];
    const sheets: SheetSnapshot[] = [
      tableSheet({ kind: 'expenditure', rows, total: [60, 35, 25], codes: 'single', pageRows: 2, blankEvery: 3 }),
      tableSheet({ kind: 'economic', rows: eco, total: [12, 13, 2], pageRows: 2 }),
    ];
    const { lit, engine } = await litVsEngine(workbookOf(sheets));
    // 经济分类: 301 人员经费 10 ≠ 6 + 7 and 合计 人员经费 13 ≠ 10; 支出总表: 20805 项目支出 5 ≠ 7.
    expect(engine).toEqual([
      '部门一般公共预算基本支出部门预算经济分类预算表!E17',
      '部门一般公共预算基本支出部门预算经济分类预算表!E6',
      '部门支出预算总表!E11',
    ]);
    expect(lit).toEqual(engine);
  }, 240_000);
});

test('applied through the .xlsx host and taken off again; typed-over totals get a fill', async () => {
  const book = await XlsxWorkbook.fromBuffer(await (await buildDemoWorkbook()).workbook.toBuffer());
  book.workbook.getWorksheet(EXP)!.getCell('F10').value = 728435079;
  const { parsed } = checkSnapshots(await book.readSheets());
  const overlays = buildCheckOverlay(parsed);
  expect(overlays.find((o) => o.sheet === EXP)?.fills).toEqual([{ range: 'F10', color: TYPED_OVER_FILL }]);
  const cfCount = () =>
    ((book.workbook.getWorksheet(EXP) as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? []).length;
  const before = cfCount();
  const undo = await book.applyOverlay(overlays);
  expect(cfCount()).toBe(before + 3);
  expect((book.workbook.getWorksheet(EXP)!.getCell('F10').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE4D6');
  await book.removeOverlay(undo);
  expect(cfCount()).toBe(before);
});
