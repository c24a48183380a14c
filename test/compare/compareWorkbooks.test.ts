import { changesJson } from '../../src/domain/compare/changesJson';
import { compareWorkbooks } from '../../src/domain/compare/compareWorkbooks';
import { describeChange, describeTable } from '../../src/domain/compare/describeChange';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import type { ParsedWorkbook } from '../../src/domain/read/parsedTables';
import type { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { EXPECTED_CHANGES, plantedPair } from './plantedEdits';
import { copyOf, sheet, swapRows } from './reviewerEdits';

async function parsed(book: XlsxWorkbook): Promise<ParsedWorkbook> {
  const { workbook, findings } = readBudgetTables(await book.readSheets());
  expect(findings).toEqual([]);
  return workbook;
}

let submitted: XlsxWorkbook;
let returned: XlsxWorkbook;
beforeAll(async () => {
  ({ submitted, returned } = await plantedPair());
});

test('each planted reviewer edit is reported once, and nothing else', async () => {
  const comparison = compareWorkbooks(await parsed(submitted), await parsed(returned));
  expect(changesJson(comparison).changes).toEqual(EXPECTED_CHANGES);
  expect(comparison.findings).toEqual([]);
});

test('changes carry the returned cell to jump to (the submitted one for a deleted row)', async () => {
  const comparison = compareWorkbooks(await parsed(submitted), await parsed(returned));
  expect(comparison.changes.map((c) => [c.sheet, c.kind, c.cell, c.submittedCell, c.range ?? null])).toEqual([
    ['2 收入预算总表', 'changed', 'F13', 'F13', null],
    ['2 收入预算总表', 'renamed', 'D21', 'D21', null],
    ['3 支出预算总表', 'changed', 'F23', 'F22', null],
    ['3 支出预算总表', 'added', 'A15', null, 'A15:G15'],
    ['5 一般公共预算支出功能分类', 'removed', null, 'A14', null],
    ['8 基本支出经济分类预算表', 'changed', 'F20', 'F19', null],
    ['9 三公经费和机关运行经费', 'changed', 'B6', 'B6', null],
  ]);
});

test('per table: biggest change first and the 合计 before, after and difference', async () => {
  const comparison = compareWorkbooks(await parsed(submitted), await parsed(returned));
  const expenditure = comparison.tables.find((t) => t.tableId === 'expenditure')!;
  expect(expenditure.changes.map((c) => c.difference)).toEqual([355415700, 120000000]);
  // The typed-over 20805 基本支出 now exceeds its rows by 3,554,157; the 合计 column (still a SUM
  // of the 合计 cells) moves only by the inserted row. Exactly what Excel shows.
  expect(expenditure.totals).toEqual([
    { column: 'total', columnLabel: '合计', before: 253566285100, after: 253686285100, difference: 120000000 },
    { column: 'basic', columnLabel: '基本支出', before: 109000840300, after: 109356256000, difference: 355415700 },
    { column: 'project', columnLabel: '项目支出', before: 144565444800, after: 144685444800, difference: 120000000 },
  ]);
  expect(describeTable(comparison.tables[0]!)).toBe('2 收入预算总表：2 处修改；表内合计变动 合计 -450,412 元，财政拨款收入 -450,412 元');
  expect(comparison.changes.map(describeChange)).toEqual([
    '2080104 综合业务管理“财政拨款收入”由 177,450,412 改为 177,000,000，差额 -450,412 元',
    '2080199 名称由“其他人力资源和社会保障管理事务支出”改为“其他人力资源和社会保障管理事务支出（含人才工作）”',
    '20805 行政事业单位养老支出“基本支出”原为公式 =SUM(F23:F27)（148,445,843），返回稿改为手填数 152,000,000，不再随下级自动汇总',
    '新增行 2080106 就业管理事务，合计 1,200,000 元',
    '删除行 2080105 劳动保障监察（报送稿 A14），原合计 1,770,000 元',
    '30201 办公费“公用经费”由 25,923,837 改为 26,000,000，差额 +76,163 元',
    '“因公出国(境)费”由 5,343,000 改为 5,000,000，差额 -343,000 元',
  ]);
});

test('identical workbooks and a pure re-sort report nothing', async () => {
  const same = compareWorkbooks(await parsed(submitted), await parsed(await copyOf(submitted)));
  expect(same.changes).toEqual([]);
  const sorted = await copyOf(submitted);
  swapRows(sorted, '2 收入预算总表', 11, 12);
  swapRows(sorted, '8 基本支出经济分类预算表', 42, 43);
  expect(compareWorkbooks(await parsed(submitted), await parsed(sorted)).changes).toEqual([]);
});

test('a number replaced by a formula is reported even when the value is the same', async () => {
  const edited = await copyOf(submitted);
  // 2080102 一般行政管理事务 财政拨款收入 116,635,201 typed → the same figure as a formula.
  sheet(edited, '2 收入预算总表').getCell('F12').value = { formula: '116000000+635201' };
  const json = changesJson(compareWorkbooks(await parsed(submitted), await parsed(edited))).changes;
  expect(json).toEqual([
    {
      sheet: '2 收入预算总表',
      code: '2080102',
      column: 'fiscal',
      kind: 'changed',
      before: 116635201,
      after: 116635201,
      difference: 0,
      formulaChange: 'value→formula',
    },
  ]);
});

test('a 合计 typed over is reported on the 合计 row (code null)', async () => {
  const edited = await copyOf(submitted);
  sheet(edited, '3 支出预算总表').getCell('G43').value = 1445654448;
  const json = changesJson(compareWorkbooks(await parsed(submitted), await parsed(edited))).changes;
  expect(json).toEqual([
    {
      sheet: '3 支出预算总表',
      code: null,
      column: 'project',
      kind: 'changed',
      before: 1445654448,
      after: 1445654448,
      difference: 0,
      formulaChange: 'formula→value',
    },
  ]);
});

test('a table missing from the returned workbook is a finding, not a list of removed rows', async () => {
  const edited = await copyOf(submitted);
  edited.workbook.removeWorksheet(sheet(edited, '6 政府性基金预算支出功能分类').id);
  // The summary tables' references to the deleted sheet are the reader's findings, not changes.
  const comparison = compareWorkbooks(await parsed(submitted), readBudgetTables(await edited.readSheets()).workbook);
  expect(comparison.changes).toEqual([]);
  expect(comparison.findings.map((f) => [f.rule, f.message])).toEqual([
    [
      'compare/table-missing',
      '返回稿中找不到报送稿的“2024年部门政府性基金预算支出功能分类预算表”（报送稿工作表“6 政府性基金预算支出功能分类”），该表未比对',
    ],
  ]);
});
