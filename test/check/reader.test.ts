import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { ParsedClassifiedTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { Cell, snapshot, TableSpec, tableSheet, withCell } from './support/snapshots';

// The reader finds the standard tables by title and header text in the shapes officers' files
// come in, and turns what it cannot read into findings naming sheet and cell.

type Row = TableSpec['rows'][number];
const ROWS: Row[] = [
  ['208', '社会保障和就业支出', 1500, 1000, 500],
  ['20801', '人力资源和社会保障管理事务', 1500, 1000, 500],
  ['2080101', '行政运行', 1000, 1000, null],
  ['2080102', '一般行政管理事务', 500, null, 500],
];
const SHEET = '部门支出预算总表';

function read(sheets: Parameters<typeof readBudgetTables>[0]) {
  const { workbook, findings } = readBudgetTables(sheets);
  const t = workbook.tables.find((x) => x.tableId === 'expenditure') as ParsedClassifiedTable | undefined;
  return { workbook, findings, t };
}

/** code → [合计, 基本支出, 项目支出] in 分 */
function figures(t: ParsedClassifiedTable | undefined): Record<string, Array<number | null>> {
  return Object.fromEntries((t?.rows ?? []).map((r) => [r.code!, ['total', 'basic', 'project'].map((k) => r.amounts[k]?.fen ?? null)]));
}

const EXPECTED = {
  '208': [150000, 100000, 50000],
  '20801': [150000, 100000, 50000],
  '2080101': [100000, 100000, null],
  '2080102': [50000, null, 50000],
};

describe('table shapes', () => {
  test('three code columns (类/款/项) as published', () => {
    const { t, findings } = read([tableSheet({ kind: 'expenditure', rows: ROWS, total: [1500, 1000, 500] })]);
    expect(findings).toEqual([]);
    expect(t?.codeColumns).toEqual([1, 2, 3]);
    expect(figures(t)).toEqual(EXPECTED);
    expect(t?.rows.map((r) => [r.code, r.role, r.codeCell, r.nameCell])).toEqual([
      ['208', 'class', 'A6', 'D6'],
      ['20801', 'kuan', 'A7', 'D7'],
      ['2080101', 'item', 'A8', 'D8'],
      ['2080102', 'item', 'A9', 'D9'],
    ]);
    expect(t?.total?.amounts.total).toMatchObject({ fen: 150000, cell: 'E10' });
  });

  test('one code column ("2080101")', () => {
    const { t, findings } = read([tableSheet({ kind: 'expenditure', rows: ROWS, total: [1500, 1000, 500], codes: 'single' })]);
    expect(findings).toEqual([]);
    expect(t?.codeColumns).toEqual([1]);
    expect(t?.nameColumn).toBe(2);
    expect(figures(t)).toEqual(EXPECTED);
    expect(t?.rows[2]).toMatchObject({ code: '2080101', name: '行政运行', codeCell: 'A6', role: 'item' });
  });

  test('one code column holding code and name together ("2080101 行政运行", "[2080102]一般行政管理事务")', () => {
    const sheet = tableSheet({ kind: 'expenditure', rows: ROWS, codes: 'single' });
    const merged = withCell(
      withCell(withCell(withCell([sheet], SHEET, 'A6', '2080101 行政运行'), SHEET, 'B6', null), SHEET, 'A7', '[2080102]一般行政管理事务'),
      SHEET,
      'B7',
      null,
    );
    const { t } = read(merged);
    expect(t?.rows.slice(2).map((r) => [r.code, r.name])).toEqual([
      ['2080101', '行政运行'],
      ['2080102', '一般行政管理事务'],
    ]);
  });

  test('codes typed as numbers in the 类/款/项 columns (208, 1, 1)', () => {
    const sheet = tableSheet({ kind: 'expenditure', rows: ROWS });
    const numeric = withCell(withCell(withCell(withCell([sheet], SHEET, 'A8', 208), SHEET, 'B8', 1), SHEET, 'C8', 1), SHEET, 'A9', 208);
    expect(read(numeric).t?.rows.map((r) => r.code)).toEqual(['208', '20801', '2080101', '2080102']);
  });

  test('amounts as text with thousands separators, full-width digits and dashes for blanks', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', '1,820,686,590', '876,880,921', '943,805,669'],
      ['20801', '人力资源和社会保障管理事务', '1,537,524,259.50', '—', '-'],
      ['2080101', '行政运行', '５８２，４３２，０１４', '', null],
    ];
    const { t, findings } = read([tableSheet({ kind: 'expenditure', rows })]);
    expect(findings).toEqual([]);
    expect(figures(t)).toEqual({
      '208': [182068659000, 87688092100, 94380566900],
      '20801': [153752425950, null, null],
      '2080101': [58243201400, null, null],
    });
    expect(t?.rows[0]!.amounts.total).toMatchObject({ text: true, value: 1820686590 });
  });

  test('extra blank rows and a table split into page blocks with the header repeated', () => {
    const long: Row[] = [];
    for (const [k, name] of [
      ['01', '行政运行'],
      ['02', '一般行政管理事务'],
      ['04', '综合业务管理'],
      ['05', '劳动保障监察'],
      ['08', '信息化建设'],
      ['09', '社会保险经办机构'],
      ['11', '公共就业服务和职业技能鉴定机构'],
    ] as const) {
      long.push([`20801${k}`, name, 10, 10, null]);
    }
    const rows: Row[] = [['208', '社会保障和就业支出', 70, 70, null], ['20801', '人力资源和社会保障管理事务', 70, 70, null], ...long];
    const sheet = tableSheet({ kind: 'expenditure', rows, total: [70, 70, null], pageRows: 3, blankEvery: 2 });
    expect(sheet.values.filter((r) => r[0] === '类')).toHaveLength(3); // the 类/款/项 header printed on each page block
    const { t, findings } = read([sheet]);
    expect(findings).toEqual([]);
    expect(t?.rows.map((r) => r.code)).toEqual(rows.map((r) => r[0]));
    const { findings: checked } = checkSnapshots([sheet]);
    expect(checked.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a title repeated on each page continues the table', () => {
    const sheet = tableSheet({ kind: 'expenditure', rows: ROWS, total: [1500, 1000, 500] });
    const page2 = snapshot('p', [
      ['2024年部门支出预算总表'],
      ['编制部门：测试单位', null, null, null, null, null, '单位：元'],
      ['项目'],
      ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
    ]);
    const values = [...sheet.values.slice(0, 8), ...page2.values, ...sheet.values.slice(8)];
    const formulas = values.map(() => [] as (string | null)[]);
    const { t, findings, workbook } = read([{ ...sheet, values, formulas }]);
    expect(findings).toEqual([]);
    expect(workbook.tables).toHaveLength(1);
    expect(figures(t)).toEqual(EXPECTED);
  });

  test('万元 tables: figures are converted to 分', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', 12.5, 12.5, null],
      ['20801', '人力资源和社会保障管理事务', 12.5, 12.5, null],
      ['2080101', '行政运行', '12.50', 12.5, null],
    ];
    const { t } = read([tableSheet({ kind: 'expenditure', rows, unit: '万元' })]);
    expect(t?.unit).toBe('万元');
    expect(figures(t)['2080101']).toEqual([12_500_000, 12_500_000, null]);
  });

  test('no standard table: one finding, no crash', () => {
    const { findings, workbook } = readBudgetTables([snapshot('Sheet1', [['随便什么'], [1, 2, 3]])]);
    expect(workbook.tables).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'read/no-tables', severity: 'error', sheet: 'Sheet1' })]);
  });

  test('notes and page footers below the table are skipped', () => {
    const sheet = tableSheet({ kind: 'expenditure', rows: ROWS, total: [1500, 1000, 500] });
    const withNotes = withCell(withCell([sheet], SHEET, 'A12', '注：本表金额单位为元'), SHEET, 'A13', '第 1 页');
    expect(read(withNotes).findings).toEqual([]);
  });
});

describe('what cannot be read becomes a finding naming sheet and cell', () => {
  test.each<[string, Cell, string, string]>([
    ['一百万', '一百万', 'read/bad-amount', '工作表“部门支出预算总表”F8 单元格的金额“一百万”无法识别为数字'],
    ['1,2,3', '1,2,3', 'read/bad-amount', '工作表“部门支出预算总表”F8 单元格的金额“1,2,3”无法识别为数字'],
    ['#REF!', '#REF!', 'read/formula-error', '工作表“部门支出预算总表”F8 单元格的公式结果为错误值 #REF!'],
    [
      'a formula with an error result',
      { f: "='Sheet 9'!A1", v: '#REF!' },
      'read/formula-error',
      '工作表“部门支出预算总表”F8 单元格的公式结果为错误值 #REF!',
    ],
    ['a boolean', true, 'read/bad-amount', '工作表“部门支出预算总表”F8 单元格的金额“true”无法识别为数字'],
  ])('%s', (_n, cell, rule, message) => {
    const sheets = withCell([tableSheet({ kind: 'expenditure', rows: ROWS })], SHEET, 'F8', cell);
    const { findings, t } = read(sheets);
    expect(findings).toEqual([expect.objectContaining({ rule, severity: 'error', sheet: SHEET, cell: 'F8', message })]);
    expect(t?.rows[2]!.amounts.basic).toMatchObject({ fen: null, cell: 'F8' });
    // The checker still runs, the unreadable cell counting as blank.
    expect(() => checkSnapshots(sheets)).not.toThrow();
  });

  test('a bad code', () => {
    const { findings } = read(withCell([tableSheet({ kind: 'expenditure', rows: ROWS })], SHEET, 'C9', '0x'));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'read/bad-code',
        sheet: SHEET,
        cell: 'A9',
        message: '工作表“部门支出预算总表”A9 单元格的科目编码“208 01 0x”格式不正确',
      }),
    ]);
  });

  test('figures without a code', () => {
    const sheets = withCell(
      withCell(withCell([tableSheet({ kind: 'expenditure', rows: ROWS })], SHEET, 'A9', null), SHEET, 'B9', null),
      SHEET,
      'C9',
      null,
    );
    expect(read(sheets).findings).toEqual([expect.objectContaining({ rule: 'read/row-without-code', severity: 'warning', cell: 'A9' })]);
  });
});

describe('formulas without saved results', () => {
  const f = (formula: string): Cell => ({ f: formula });
  test('are computed: SUM over ranges and lists, + − × ÷, ROUND, other sheets', () => {
    const other = snapshot('数据 表', [[1000, 500]]);
    const rows: Row[] = [
      ['208', '社会保障和就业支出', f('=SUM(E7)'), f('=SUM(F7)'), f('=SUM(G7)')],
      ['20801', '人力资源和社会保障管理事务', f('=SUM(E8:E9)'), f('=F8+F9'), f('=SUM(G8,G9)')],
      ['2080101', '行政运行', f('=SUM(F8:G8)'), f("='数据 表'!A1"), null],
      ['2080102', '一般行政管理事务', f('=ROUND(F9+G9,2)'), null, f("=('数据 表'!B1*2-500)/1")],
    ];
    const { t, findings } = read([tableSheet({ kind: 'expenditure', rows, total: [f('=SUM(E6)'), f('=SUM(F6)'), f('=SUM(G6)')] }), other]);
    expect(findings).toEqual([]);
    expect(figures(t)).toEqual(EXPECTED);
    expect(t?.rows[0]!.amounts.total).toMatchObject({ computed: true, formula: '=SUM(E7)' });
  });

  test('an unsupported or circular formula is reported, not guessed', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', f('=SUMPRODUCT(E7:E7)'), f('=F6'), null],
      ['20801', '人力资源和社会保障管理事务', 1, 1, null],
    ];
    const { findings } = read([tableSheet({ kind: 'expenditure', rows })]);
    expect(findings.map((x) => [x.rule, x.cell, x.severity])).toEqual([
      ['read/uncalculated', 'E6', 'warning'],
      ['read/uncalculated', 'F6', 'warning'],
    ]);
    expect(findings[0]!.message).toBe(
      '工作表“部门支出预算总表”E6 的公式 =SUMPRODUCT(E7:E7) 没有保存计算结果，本工具也无法计算，已按空白处理；请在 Excel 或 WPS 中打开并保存后再校验',
    );
  });

  test('a saved result is used as it is', () => {
    const rows: Row[] = [['208', '社会保障和就业支出', { f: '=SUMPRODUCT(E7:E7)', v: 5 }, null, null]];
    expect(read([tableSheet({ kind: 'expenditure', rows })]).t?.rows[0]!.amounts.total).toMatchObject({
      fen: 500,
      formula: '=SUMPRODUCT(E7:E7)',
    });
  });
});
