import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { classifiedTable, summaryTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { prng } from '../support/prng';
import { BaseWorkbook, published2024 } from './bases';
import { makeVariant, VariantSpec } from './layoutVariant';

// Each layout change does what it says: the variant is read with the new layout and still checks
// like the original (the published 2024 figures: 18 尾差 提示, nothing else).

const NEUTRAL: VariantSpec = {
  codeLayout: 'three',
  codesAsNumbers: false,
  indentNames: '',
  nameStyle: 'as-is',
  yearStyle: '年',
  totalLabel: 'as-is',
  classLines: 'numbered',
  incomeSubStyle: 'as-is',
  incomeTopNumbered: true,
  pageRows: null,
  continuedTitle: false,
  pageFooter: false,
  blankRowRate: 0,
  notes: false,
  leadingRows: 0,
  headerGap: false,
  marginColumn: false,
  sheetNames: 'keep',
  shuffleSheets: false,
  stacked: false,
  yearInTitles: 'all',
  departmentInTitles: false,
  unit: '元',
  sangongUnit: '万元',
  textAmounts: false,
  blankAs: null,
  dropCaches: false,
};

let base: BaseWorkbook;
beforeAll(async () => {
  base = await published2024();
});

function variant(change: Partial<VariantSpec>) {
  const v = makeVariant(base.sheets, { ...NEUTRAL, ...change }, prng(7));
  const { workbook } = readBudgetTables(v.sheets);
  const { findings } = checkSnapshots(v.sheets);
  return { ...v, workbook, findings };
}

test('the neutral spec changes nothing', () => {
  const v = variant({});
  // The officer's own sheet is padded to a rectangle; the tables are untouched.
  const tables = (x: typeof v.sheets) => x.filter((s) => s.name !== '备注');
  expect(tables(v.sheets)).toEqual(tables(base.sheets));
  expect(v.map('3 支出预算总表', 'E9')).toEqual({ sheet: '3 支出预算总表', cell: 'E9' });
});

test('codes merged into one column: the amounts move two columns left, the findings with them', () => {
  const v = variant({ codeLayout: 'one' });
  const exp = classifiedTable(v.workbook, 'expenditure')!;
  expect(exp.codeColumns).toEqual([1]);
  expect(v.sheets.find((s) => s.name === '3 支出预算总表')!.values[10]!.slice(0, 3)).toEqual(['2080101', '行政运行', 582432014]);
  expect(v.map('3 支出预算总表', 'E10')).toEqual({ sheet: '3 支出预算总表', cell: 'C10' });
  expect(v.findings.filter((f) => f.sheet === '3 支出预算总表').map((f) => f.cell)).toEqual(['C9', 'C10', 'C10', 'C22', 'D22']);
});

test('header blocks repeated every 6 rows, continued titles and footers: the table is still one table', () => {
  const v = variant({ pageRows: 6, continuedTitle: true, pageFooter: true });
  const sheet = v.sheets.find((s) => s.name === '3 支出预算总表')!;
  expect(sheet.values.filter((r) => r[0] === '2024年部门支出预算总表（续）').length).toBeGreaterThanOrEqual(5);
  expect(classifiedTable(v.workbook, 'expenditure')!.rows).toHaveLength(
    classifiedTable(readBudgetTables(base.sheets).workbook, 'expenditure')!.rows.length,
  );
  expect(v.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(v.findings).toHaveLength(18);
});

test('all tables on one sheet, renamed and in 万元: nine tables read from one sheet', () => {
  const v = variant({ stacked: true, sheetNames: 'template', unit: '万元' });
  const sheets = new Set(v.workbook.tables.map((t) => t.sheet));
  expect(sheets.size).toBe(1);
  expect(v.workbook.tables).toHaveLength(9);
  expect(v.workbook.tables.filter((t) => t.kind !== 'sangong').every((t) => t.unit === '万元')).toBe(true);
  expect(v.findings.map((f) => f.sheet)).toEqual(new Array(18).fill([...sheets][0]));
});

test('text amounts with separators, codes as numbers, 类 lines without numbers', () => {
  const v = variant({ textAmounts: 'thousands', codesAsNumbers: true, classLines: 'plain' });
  const row = v.sheets.find((s) => s.name === '3 支出预算总表')!.values[10]!;
  expect(row.slice(0, 3)).toEqual([208, 1, 1]);
  expect(row[5]).toBe('582,432,014');
  expect(summaryTable(v.workbook, 'financeSummary')!.expenditure.map((l) => l.label)).toEqual([
    '教育支出',
    '社会保障和就业支出',
    '卫生健康支出',
    '住房保障支出',
  ]);
  expect(v.findings).toHaveLength(18);
});
