import { buildDemoWorkbook } from '../../src/cli/demo';
import type { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { copyOf, sheet, spliceRows, swapRows } from './reviewerEdits';

// The demo workbook (seed 2024) as submitted, and a copy "returned by 财政局" with known edits.

export const EDITED_NAME = '其他人力资源和社会保障管理事务支出（含人才工作）';
/** A cell the officer had coloured before submitting, which the reviewer then changed. */
export const USER_FILL = { sheet: '2 收入预算总表', cell: 'F13', color: 'FFFFFF00' };

export async function plantedPair(): Promise<{ submitted: XlsxWorkbook; returned: XlsxWorkbook }> {
  const { workbook } = await buildDemoWorkbook();
  // The officer colours this one cell. In ExcelJS cells share style objects (a written workbook as a
  // loaded one), so the cell gets a style object of its own, as Excel gives it its own style.
  const coloured = sheet(workbook, USER_FILL.sheet).getCell(USER_FILL.cell);
  coloured.style = { ...coloured.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: USER_FILL.color } } };
  const submitted = await copyOf(workbook);
  const returned = await copyOf(workbook);
  const income = sheet(returned, '2 收入预算总表');
  income.getCell('F13').value = 177000000; // 2080104 综合业务管理 财政拨款收入 177,450,412 → 177,000,000
  income.getCell('D21').value = EDITED_NAME; // 2080199 renamed
  // A row inserted mid-table under 20801 (after 2080105 at row 14).
  spliceRows(returned, '3 支出预算总表', 15, 0, [['208', '01', '06', '就业管理事务', { formula: 'SUM(F15:G15)' }, null, 1200000]]);
  // 20805 行政事业单位养老支出 基本支出 (now row 23): its SUM typed over with a number.
  sheet(returned, '3 支出预算总表').getCell('F23').value = 152000000;
  // 2080105 劳动保障监察 deleted from the 一般公共预算 table.
  spliceRows(returned, '5 一般公共预算支出功能分类', 14, 1);
  // Rows re-sorted (no difference in itself), then 30201 办公费 changed at its new row.
  swapRows(returned, '8 基本支出经济分类预算表', 19, 20);
  swapRows(returned, '8 基本支出经济分类预算表', 7, 8);
  sheet(returned, '8 基本支出经济分类预算表').getCell('F20').value = 26000000;
  // 因公出国(境)费 534.30 → 500.00 万元.
  sheet(returned, '9 三公经费和机关运行经费').getCell('B6').value = 500;
  return { submitted: await copyOf(submitted), returned: await copyOf(returned) };
}

/** Exactly what `budget compare --json` must say about the planted edits. */
export const EXPECTED_CHANGES = [
  { sheet: '2 收入预算总表', code: '2080104', column: 'fiscal', kind: 'changed', before: 177450412, after: 177000000, difference: -450412 },
  {
    sheet: '2 收入预算总表',
    code: '2080199',
    column: null,
    kind: 'renamed',
    before: '其他人力资源和社会保障管理事务支出',
    after: EDITED_NAME,
    difference: null,
  },
  {
    sheet: '3 支出预算总表',
    code: '20805',
    column: 'basic',
    kind: 'changed',
    before: 148445843,
    after: 152000000,
    difference: 3554157,
    formulaChange: 'formula→value',
  },
  { sheet: '3 支出预算总表', code: '2080106', column: null, kind: 'added', before: null, after: 1200000, difference: 1200000 },
  {
    sheet: '5 一般公共预算支出功能分类',
    code: '2080105',
    column: null,
    kind: 'removed',
    before: 1770000,
    after: null,
    difference: -1770000,
  },
  {
    sheet: '8 基本支出经济分类预算表',
    code: '30201',
    column: 'public',
    kind: 'changed',
    before: 25923837,
    after: 26000000,
    difference: 76163,
  },
  {
    sheet: '9 三公经费和机关运行经费',
    code: null,
    column: 'abroad',
    kind: 'changed',
    before: 5343000,
    after: 5000000,
    difference: -343000,
  },
];
