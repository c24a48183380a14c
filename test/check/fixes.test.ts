import type ExcelJS from 'exceljs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { fixToPlan, proposeFixes } from '../../src/domain/check/fixes';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate } from '../support/libreOffice';
import { Cell, TableSpec, tableSheet } from './support/snapshots';
import { applySteps, workbookOf } from './support/xlsx';

const EXP = '3 支出预算总表';

async function demo(edit: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const book = await XlsxWorkbook.fromBuffer(await (await buildDemoWorkbook()).workbook.toBuffer());
  edit(book.workbook);
  return book;
}

async function fixesOf(book: XlsxWorkbook) {
  const snaps = await book.readSheets();
  const r = checkSnapshots(snaps);
  return { ...r, fixes: proposeFixes(snaps, r.parsed, r.findings, r.context) };
}

test('restore a SUM typed over: apply, re-check clean, undo restores the typed number', async () => {
  const book = await demo((wb) => (wb.getWorksheet(EXP)!.getCell('F10').value = 728435079));
  const { fixes, findings } = await fixesOf(book);
  expect(findings.map((f) => f.rule)).toEqual(['formula-typed-over']);
  expect(fixes).toHaveLength(1);
  const fix = fixes[0]!;
  expect(fix.description).toBe('在“3 支出预算总表”F10 恢复公式 =SUM(F11:F21)（原为数值 728435079）');
  expect(fix.resolves).toEqual([{ rule: 'formula-typed-over', sheet: EXP, cell: 'F10' }]);
  expect(fixToPlan(fix).highlight).toEqual({ sheet: EXP, fills: [{ range: 'F10', color: '#E2EFDA' }] });

  applySteps(book, fix.apply);
  expect((await fixesOf(book)).findings).toEqual([]);
  applySteps(book, fix.undo);
  expect(book.workbook.getWorksheet(EXP)!.getCell('F10').value).toBe(728435079);
  expect((await fixesOf(book)).findings.map((f) => f.rule)).toEqual(['formula-typed-over']);
});

test('a wrong SUM range (last 项 left out) is put right, verified by LibreOffice', async () => {
  const book = await demo((wb) => (wb.getWorksheet(EXP)!.getCell('E10').value = { formula: 'SUM(E11:E20)' } as ExcelJS.CellFormulaValue));
  const { fixes, findings } = await fixesOf(book);
  expect(findings.find((f) => f.rule === 'tree-sum')).toMatchObject({ cell: 'E10', difference: -9404374000 });
  const fix = fixes.find((f) => f.cell === 'E10')!;
  expect(fix.apply).toEqual([{ kind: 'set', sheet: EXP, cell: 'E10', value: '=SUM(E11:E21)' }]);
  expect(fix.undo).toEqual([{ kind: 'set', sheet: EXP, cell: 'E10', value: '=SUM(E11:E20)' }]);
  applySteps(book, fix.apply);
  expect((await fixesOf(book)).findings).toEqual([]);
  const lo = await recalculate(await book.toBuffer(), 'fixed.xlsx');
  expect(numberAt(lo, EXP, 'E10')).toBe(1537524260);
}, 240_000);

type Row = TableSpec['rows'][number];
const ROWS: Row[] = [
  ['208', '社会保障和就业支出', 600, 350, 250],
  ['20801', '人力资源和社会保障管理事务', 500, 300, 200],
  ['2080101', '行政运行', 300, 300, null],
  ['2080102', '一般行政管理事务', 200, null, 200],
  ['2080501', '行政单位离退休', 100, 50, 50],
];

test('insert a missing 款 row: named from the catalog, its amounts a SUM of its 项; undo deletes it', async () => {
  const sheet = tableSheet({ kind: 'expenditure', rows: ROWS, total: [600, 350, 250] });
  const book = workbookOf([sheet]);
  const { fixes, findings } = await fixesOf(book);
  expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['tree-sum E6', 'tree-sum F6', 'tree-sum G6', 'code-parent A10']);
  const fix = fixes.find((f) => f.kind === 'insert-parent')!;
  const S = sheet.name;
  expect(fix).toMatchObject({
    id: `insert-parent:${S}!20805`,
    cell: 'A10',
    description: '在“部门支出预算总表”第 10 行前插入上级科目 20805 行政事业单位养老支出，金额为其下级之和',
    resolves: [{ rule: 'code-parent', sheet: S, cell: 'A10' }],
    apply: [
      { kind: 'insertRows', sheet: S, row: 10, count: 1 },
      { kind: 'set', sheet: S, cell: 'A10', value: '208' },
      { kind: 'set', sheet: S, cell: 'B10', value: '05' },
      { kind: 'set', sheet: S, cell: 'D10', value: '行政事业单位养老支出' },
      { kind: 'set', sheet: S, cell: 'E10', value: '=SUM(E11)' },
      { kind: 'set', sheet: S, cell: 'F10', value: '=SUM(F11)' },
      { kind: 'set', sheet: S, cell: 'G10', value: '=SUM(G11)' },
    ],
    undo: [{ kind: 'deleteRows', sheet: S, row: 10, count: 1 }],
  });
  applySteps(book, fix.apply);
  expect((await fixesOf(book)).findings).toEqual([]);
  const lo = await recalculate(await book.toBuffer(), 'inserted.xlsx');
  expect([numberAt(lo, S, 'E10'), numberAt(lo, S, 'F10'), numberAt(lo, S, 'G10')]).toEqual([100, 50, 50]);
  applySteps(book, fix.undo);
  expect((await book.readSheets())[0]!.values).toEqual((await workbookOf([sheet]).readSheets())[0]!.values);
}, 240_000);

// Excel moves "=E7+E10" to "=E7+E11" when the row goes in; the fix then points the 类 at its 款.
test('in a formula table the 类 above a new 款 is re-pointed to it, and undo restores its old formula', () => {
  const f = (formula: string): Cell => ({ f: formula });
  const rows: Row[] = [
    ['208', '社会保障和就业支出', f('=E7+E10'), f('=F7+F10'), f('=G7+G10')],
    ['20801', '人力资源和社会保障管理事务', f('=SUM(E8:E9)'), f('=SUM(F8:F9)'), f('=SUM(G8:G9)')],
    ['2080101', '行政运行', f('=SUM(F8:G8)'), 300, null],
    ['2080102', '一般行政管理事务', f('=SUM(F9:G9)'), null, 200],
    ['2080501', '行政单位离退休', f('=SUM(F10:G10)'), 50, 50],
  ];
  const snaps = [tableSheet({ kind: 'expenditure', rows, total: [f('=SUM(E6)'), f('=SUM(F6)'), f('=SUM(G6)')] })];
  const r = checkSnapshots(snaps);
  const fix = proposeFixes(snaps, r.parsed, r.findings, r.context).find((x) => x.kind === 'insert-parent')!;
  const S = snaps[0]!.name;
  expect(fix.apply.slice(-3)).toEqual([
    { kind: 'set', sheet: S, cell: 'E6', value: '=SUM(E7,E10)' },
    { kind: 'set', sheet: S, cell: 'F6', value: '=SUM(F7,F10)' },
    { kind: 'set', sheet: S, cell: 'G6', value: '=SUM(G7,G10)' },
  ]);
  expect(fix.undo).toEqual([
    { kind: 'deleteRows', sheet: S, row: 10, count: 1 },
    { kind: 'set', sheet: S, cell: 'E6', value: '=E7+E10' },
    { kind: 'set', sheet: S, cell: 'F6', value: '=F7+F10' },
    { kind: 'set', sheet: S, cell: 'G6', value: '=G7+G10' },
  ]);
});

test("no automatic fix where the right figure is the officer's call (typed numbers that disagree)", () => {
  const sheet = tableSheet({ kind: 'expenditure', rows: [...ROWS.slice(0, 4)], total: [600, 350, 250] });
  const r = checkSnapshots([sheet]);
  expect(r.findings.some((f) => f.rule === 'tree-sum')).toBe(true);
  expect(proposeFixes([sheet], r.parsed, r.findings, r.context)).toEqual([]);
});
