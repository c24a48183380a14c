import type ExcelJS from 'exceljs';
import { annotateReturned, clearChangeHighlights, undoFromChangeSheet } from '../../src/domain/compare/annotateReturned';
import { CHANGE_SHEET, UNDO_SECTION_TITLE } from '../../src/domain/compare/buildChangeSheet';
import { CHANGE_COLORS, changeOverlay } from '../../src/domain/compare/changeOverlay';
import type { Comparison } from '../../src/domain/compare/change';
import { compareWorkbooks } from '../../src/domain/compare/compareWorkbooks';
import { compareFindings } from '../../src/domain/compare/compareFindings';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { recalculate, resultAt } from '../support/libreOffice';
import { plantedPair, USER_FILL } from './plantedEdits';
import { copyOf, sheet } from './reviewerEdits';

/** A saved file reopened as `budget compare` opens it (shared style objects and all). */
async function reopen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return copyOf(book);
}

// Fills of every cell of every sheet that has one, so "restored exactly" is one toEqual. A cell
// with no fill and one whose fill pattern is "none" look the same in Excel, so both are left out.
function fills(book: XlsxWorkbook, only?: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  book.workbook.eachSheet((ws) => {
    if (only && !only.has(ws.name)) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const f = cell.fill as ExcelJS.Fill | undefined;
        if (f && !(f.type === 'pattern' && f.pattern === 'none')) out[`${ws.name}!${cell.address}`] = JSON.stringify(f);
      }),
    );
  });
  return out;
}

function argbAt(book: XlsxWorkbook, sheetName: string, addr: string): string | null {
  const f = sheet(book, sheetName).getCell(addr).fill as ExcelJS.FillPattern | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? (f.fgColor?.argb ?? null) : null;
}

const argb = (hex: string) => `FF${hex.slice(1)}`;

let submitted: XlsxWorkbook;
let returned: XlsxWorkbook;
let comparison: Comparison;
let standardSheets: Set<string>;
beforeAll(async () => {
  ({ submitted, returned } = await plantedPair());
  comparison = compareWorkbooks(
    readBudgetTables(await submitted.readSheets()).workbook,
    readBudgetTables(await returned.readSheets()).workbook,
  );
  standardSheets = new Set(returned.workbook.worksheets.map((w) => w.name));
});

test('the overlay colours each kind of change, and the officer had coloured F13 before', () => {
  expect(changeOverlay(comparison)).toEqual([
    {
      sheet: '2 收入预算总表',
      fills: [
        { range: 'F13', color: CHANGE_COLORS.changed },
        { range: 'D21', color: CHANGE_COLORS.renamed },
      ],
    },
    {
      sheet: '3 支出预算总表',
      fills: [
        { range: 'F23', color: CHANGE_COLORS.formula },
        { range: 'A15:G15', color: CHANGE_COLORS.added },
      ],
    },
    { sheet: '8 基本支出经济分类预算表', fills: [{ range: 'F20', color: CHANGE_COLORS.changed }] },
    { sheet: '9 三公经费和机关运行经费', fills: [{ range: 'B6', color: CHANGE_COLORS.changed }] },
  ]);
  expect(argbAt(returned, USER_FILL.sheet, USER_FILL.cell)).toBe(USER_FILL.color);
});

test('applied to an .xlsx and removed again, every fill is restored exactly (the user fill too)', async () => {
  const book = await reopen(returned);
  const original = fills(await copyOf(book));
  const undo = await book.applyOverlay(changeOverlay(comparison));
  const highlighted = await reopen(book); // saved and reopened: the highlight is in the file
  expect(argbAt(highlighted, '2 收入预算总表', 'F13')).toBe(argb(CHANGE_COLORS.changed));
  expect(argbAt(highlighted, '3 支出预算总表', 'F23')).toBe(argb(CHANGE_COLORS.formula));
  for (const c of ['A15', 'D15', 'G15']) expect(argbAt(highlighted, '3 支出预算总表', c)).toBe(argb(CHANGE_COLORS.added));
  expect(argbAt(highlighted, '3 支出预算总表', 'A16')).toBeNull();
  const changedCells = Object.entries(fills(highlighted))
    .filter(([k, v]) => original[k] !== v)
    .map(([k]) => k);
  expect(changedCells).toHaveLength(2 + 1 + 7 + 1 + 1);

  await highlighted.removeOverlay(undo);
  const restored = await copyOf(highlighted);
  expect(fills(restored)).toEqual(original);
  expect(argbAt(restored, USER_FILL.sheet, USER_FILL.cell)).toBe(USER_FILL.color);
});

test('annotated, saved, reopened: one click takes the highlight off using the record in 修改对照', async () => {
  const book = await reopen(returned);
  const original = fills(await copyOf(book), standardSheets);
  const { undo, sheet: written } = await annotateReturned(book, comparison, {
    submittedLabel: '报送稿.xlsx',
    returnedLabel: '返回稿.xlsx',
  });
  expect(written).toBe(CHANGE_SHEET);
  const reopened = await reopen(book);
  const [snap] = await reopened.readSheets([CHANGE_SHEET]);
  expect(undoFromChangeSheet(snap!)).toEqual(undo);
  expect(undo.fills.find((f) => f.range === USER_FILL.cell && f.sheet === USER_FILL.sheet)?.color).toBe('#FFFF00');
  expect(snap!.values.some((r) => r[0] === UNDO_SECTION_TITLE)).toBe(true);

  expect(await clearChangeHighlights(reopened)).toBe(undo.fills.length);
  expect(fills(await copyOf(reopened), standardSheets)).toEqual(original);

  // Annotating again replaces our 修改对照 (after taking its highlight off), never a user's sheet.
  const again = await annotateReturned(reopened, comparison);
  expect(again.sheet).toBe(CHANGE_SHEET);
  expect(reopened.workbook.worksheets.filter((w) => w.name.startsWith(CHANGE_SHEET))).toHaveLength(1);
  expect(again.undo).toEqual(undo);
});

test('修改对照 lists every change with a HYPERLINK that LibreOffice recalculates without error', async () => {
  const book = await reopen(returned);
  const checks = compareFindings(checkSnapshots(await submitted.readSheets()).findings, checkSnapshots(await book.readSheets()).findings);
  expect(checks.broken.length).toBeGreaterThan(0);
  await annotateReturned(book, comparison, { submittedLabel: '报送稿.xlsx', returnedLabel: '返回稿.xlsx', checks });
  const [snap] = await book.readSheets([CHANGE_SHEET]);
  const links = snap!.formulas.flatMap((row, r) => row.map((f, c) => ({ f, r: r + 1, c: c + 1 }))).filter((x) => x.f !== null);
  // One link per change, then one per finding the reviewer's changes brought (they point into this workbook).
  expect(links).toHaveLength(comparison.changes.length - 1 + checks.broken.filter((f) => f.cell).length);
  expect(links.slice(0, 6).map((l) => l.f)).toEqual([
    `=HYPERLINK("#'2 收入预算总表'!F13","F13")`,
    `=HYPERLINK("#'2 收入预算总表'!D21","D21")`,
    `=HYPERLINK("#'3 支出预算总表'!F23","F23")`,
    `=HYPERLINK("#'3 支出预算总表'!A15","A15")`,
    `=HYPERLINK("#'8 基本支出经济分类预算表'!F20","F20")`,
    `=HYPERLINK("#'9 三公经费和机关运行经费'!B6","B6")`,
  ]);
  // The deleted row has no cell in the returned workbook: its 位置 says where it was.
  expect(snap!.values.some((row) => row[9] === '原 A14' && row[5] === '删除')).toBe(true);
  const header = snap!.values.findIndex((row) => row[0] === '序号');
  expect(snap!.values[header]).toEqual([
    '序号',
    '表',
    '科目编码',
    '科目名称',
    '列',
    '修改类型',
    '修改前(元)',
    '修改后(元)',
    '差额(元)',
    '位置',
    '说明',
  ]);
  expect(snap!.values[header + 2]!.slice(0, 9)).toEqual([
    1,
    '2 收入预算总表',
    '2080104',
    '综合业务管理',
    '财政拨款收入',
    '修改',
    177450412,
    177000000,
    -450412,
  ]);

  const wb = await recalculate(await book.toBuffer(), 'annotated.xlsx');
  for (const l of links) {
    const addr = `${String.fromCharCode(64 + l.c)}${l.r}`;
    const text = /,"([^"]+)"\)$/.exec(l.f!)![1];
    expect({ addr, value: resultAt(wb, CHANGE_SHEET, addr) }).toEqual({ addr, value: text });
  }
}, 240_000);
