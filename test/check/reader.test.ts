import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { ParsedClassifiedTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { tableIdOfTitle } from '../../src/domain/read/tableTitles';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
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

  // ExcelJS and so both .xlsx hosts leave a saved 0 or FALSE out of the values (a 0 may be no result
  // at all), and give it in savedResults.
  test('a saved 0 stands for a formula the reader cannot compute: no false "没有保存计算结果"', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', f('=MAX(F6,0)'), f('=SUMIF(A7:A7,"2*",F7:F7)'), null],
      ['20801', '人力资源和社会保障管理事务', 0, 0, null],
    ];
    const sheet: SheetSnapshot = {
      ...tableSheet({ kind: 'expenditure', rows }),
      savedResults: [
        { row: 6, col: 5, value: 0 },
        { row: 6, col: 6, value: 0 },
      ],
    };
    const { t, findings } = read([sheet]);
    expect(findings).toEqual([]);
    expect(t?.rows[0]!.amounts.total).toEqual({
      fen: 0,
      cell: 'E6',
      formula: '=MAX(F6,0)',
      value: 0,
      text: undefined,
      computed: undefined,
    });
    expect(t?.rows[0]!.amounts.basic).toMatchObject({ fen: 0, cell: 'F6', formula: '=SUMIF(A7:A7,"2*",F7:F7)' });
    expect(checkSnapshots([sheet]).findings.filter((x) => x.rule === 'read/uncalculated')).toEqual([]);
  });

  test('a saved 0 is not taken over a formula the reader computes (a 0 may be no result at all)', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', f('=SUM(E7)'), null, null],
      ['20801', '人力资源和社会保障管理事务', 1000, null, null],
    ];
    const sheet: SheetSnapshot = { ...tableSheet({ kind: 'expenditure', rows }), savedResults: [{ row: 6, col: 5, value: 0 }] };
    expect(read([sheet]).t?.rows[0]!.amounts.total).toMatchObject({ fen: 100000, computed: true });
  });

  // Excel saves the "" of =IF(…,"",…) as an empty text result, which the .xlsx hosts read as no
  // result at all; the reader computes IF, so the line is blank, not "没有保存计算结果".
  test('=IF(…,"",…) that leaves a zero line blank: computed, blank, no warning', () => {
    const rows: Row[] = [
      ['208', '社会保障和就业支出', f('=IF(SUM(E7:E8)=0,"",SUM(E7:E8))'), f('=IF(SUM(F7:F8)=0,"",SUM(F7:F8))'), null],
      ['20801', '人力资源和社会保障管理事务', 0, 0, null],
      ['20802', '民政管理事务', 0, 0, null],
    ];
    const sheet = tableSheet({ kind: 'expenditure', rows });
    const { t, findings } = read([sheet]);
    expect(findings).toEqual([]);
    expect(t?.rows[0]!.amounts.total).toMatchObject({ fen: null, cell: 'E6', computed: true });
    expect(checkSnapshots([sheet]).findings.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('a saved result is used as it is', () => {
    const rows: Row[] = [['208', '社会保障和就业支出', { f: '=SUMPRODUCT(E7:E7)', v: 5 }, null, null]];
    expect(read([tableSheet({ kind: 'expenditure', rows })]).t?.rows[0]!.amounts.total).toMatchObject({
      fen: 500,
      formula: '=SUMPRODUCT(E7:E7)',
    });
  });
});

// Layouts as officers publish them (issue 11 §2): each feature read and checked with nothing to
// report when the figures agree, and the fault found when they do not.

describe('layouts as officers publish them', () => {
  const EXP_ROWS: Row[] = [
    ['204', '公共安全支出', 1000, 0, 1000],
    ['20402', '公安', 1000, 0, 1000],
    ['2040201', '行政运行', 1000, 0, 1000],
  ];
  const expenditure = (name = '部门支出总表', title?: string) => {
    const t = tableSheet({ kind: 'expenditure', year: 2025, rows: EXP_ROWS, total: [1000, 0, 1000], name });
    return title === undefined ? t : withTitle(t, title);
  };
  /** 财务收支预算总表 whose 类 line is written `line` (cells from column C) with `amount`. */
  const financeSummary = (line: Cell[], opts: { sub?: Cell; width?: number } = {}) => {
    const w = opts.width ?? 1;
    const pad = new Array<Cell>(w - 1).fill(null);
    const row = (l: Cell[], a: Cell, r: Cell[], b: Cell): Cell[] => [...l, a, ...r, b];
    return snapshot('部门收支总表', [
      ['2025年部门财务收支预算总表'],
      ['编制部门：测试单位', null, null, '单位：元'],
      row(['项目', ...pad], '预算数', ['项目', ...pad], '预算数'),
      row(['一、财政拨款收入', ...pad], 1000, line, 1000),
      row(['1. 一般公共预算资金', ...pad], opts.sub === undefined ? 1000 : opts.sub, new Array<Cell>(w).fill(null), null),
      row(['2. 政府性基金', ...pad], null, new Array<Cell>(w).fill(null), null),
      row(['收入总计', ...pad], 1000, ['支出总计', ...pad], 1000),
    ]);
  };
  const problems = (sheets: SheetSnapshot[]) =>
    checkSnapshots(sheets)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

  test.each([
    ['"一、公共安全支出" in one cell', ['一、公共安全支出'], 1, undefined],
    ['"一、" in one cell, "公共安全支出" in the next', ['一、', '公共安全支出'], 2, undefined],
    ['without an ordinal', ['公共安全支出'], 1, undefined],
    ['with its code ("204 公共安全支出")', ['204 公共安全支出'], 1, '204'],
    ['with its code in its own cell', [204, '公共安全支出'], 2, '204'],
    ['brackets and inner spaces ("一、公 共 安 全 支 出")', ['一、公 共 安 全 支 出'], 1, undefined],
  ] as const)('summary 类 line %s: read and matched, nothing to report', (_n, line, width, code) => {
    const sheets = [financeSummary([...line], { width }), expenditure()];
    const fs = readBudgetTables(sheets).workbook.tables.find((t) => t.tableId === 'financeSummary');
    expect(fs?.kind).toBe('summary');
    if (fs?.kind !== 'summary') return;
    expect(fs.expenditure.map((l) => [l.name.replace(/\s/g, ''), l.level, l.code, l.amounts.expenditure?.fen])).toEqual([
      ['公共安全支出', 1, code, 100000],
    ]);
    expect(problems(sheets)).toEqual([]);
  });

  test.each([
    ['in one cell', ['一、公共安全支出'], 1, 'D4'],
    ['over two cells', ['一、', '公共安全支出'], 2, 'F4'],
  ] as const)('summary 类 line %s with a wrong figure: the error is at its figure', (_n, line, width, cell) => {
    const sheets = withCell([financeSummary([...line], { width }), expenditure()], '部门收支总表', cell, 900);
    expect(problems(sheets)).toContain(`finance-summary-vs-tables 部门收支总表!${cell}`);
  });

  test('a 类 line whose code names another 类 is compared with that 类 (by code, never by position)', () => {
    const sheets = [financeSummary(['208 公共安全支出']), expenditure()];
    expect(problems(sheets)).toEqual(['finance-summary-vs-tables 部门收支总表!D4', 'finance-summary-vs-tables 部门支出总表!E6']);
  });

  test.each([
    ['left blank under a filled parent: a 提示, not a sum error', null, [], ['summary-breakdown-blank']],
    ['filled and equal to the parent', 1000, [], []],
    ['filled with another figure', 900, ['summary-identity 部门收支总表!B4'], []],
  ] as const)('income sub-line %s', (_n, sub, errors, infos) => {
    const { findings } = checkSnapshots([financeSummary(['一、公共安全支出'], { sub }), expenditure()]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(errors);
    expect(findings.filter((f) => f.severity === 'info').map((f) => f.rule)).toEqual(infos);
  });

  test.each([
    ['部门 titles', '2025年部门支出预算总表'],
    ['单位 titles', '2025年预算单位支出预算总表'],
    ['the publication sheet name as title', '单位支出总表'],
  ])('%s', (_n, title) => {
    const { workbook, findings } = readBudgetTables([expenditure('表3', title)]);
    expect(findings).toEqual([]);
    expect(workbook.tables.map((t) => [t.tableId, t.title])).toEqual([['expenditure', title]]);
  });

  test.each([
    ['部门收支总表', 'financeSummary'],
    ['单位收入总表', 'income'],
    ['部门支出总表', 'expenditure'],
    ['单位财政拨款收支总表', 'fiscalSummary'],
    ['单位一般公共预算拨款表', 'generalPublic'],
    ['部门政府性基金拨款表', 'govFund'],
    ['部门国有资本经营预算拨款表 ', 'stateCapital'],
    ['单位一般公共预算拨款基本支出明细表', 'economic'],
    ['单位“三公”经费和机关运行费预算表', 'sangong'],
  ])('a sheet named %s without a title row is that table', (name, id) => {
    expect(tableIdOfTitle(name)).toBe(id);
    const t = expenditure(name);
    const untitled = { ...t, values: t.values.slice(1), formulas: t.formulas.slice(1) };
    if (id !== 'expenditure') return;
    const { workbook, findings } = readBudgetTables([untitled]);
    expect(findings).toEqual([]);
    expect(workbook.tables[0]).toMatchObject({ tableId: 'expenditure', title: name.trim(), titleCell: 'A1' });
  });

  test.each([['详见部门收支总表'], ['2. 部门收入总表'], ['本表为一般公共预算拨款表']])(
    'text mentioning a table is not a title: %s',
    (text) => {
      expect(tableIdOfTitle(text)).toBeNull();
    },
  );

  test.each([
    ['a leading "*" (三公 items)', '*公务接待费', '公务接待费'],
    ['a full-width "＊"', '＊公务接待费', '公务接待费'],
    ['half-width brackets', '维修(护)费', '维修(护)费'],
    ['full-width brackets', '维修（护）费', '维修（护）费'],
  ])('economic names with %s', (_n, printed, read) => {
    const sheets = [
      tableSheet({
        kind: 'economic',
        year: 2025,
        rows: [
          ['302', '商品和服务支出', 300, 0, 300],
          ['30213', printed === '*公务接待费' || printed === '＊公务接待费' ? '维修(护)费' : printed, 100, 0, 100],
          ['30217', printed.includes('接待') ? printed : '公务接待费', 200, 0, 200],
        ],
        total: [300, 0, 300],
      }),
    ];
    const t = readBudgetTables(sheets).workbook.tables[0];
    const names = t?.kind === 'classified' ? t.rows.map((r) => r.name) : [];
    expect(names).toContain(read);
    expect(problems(sheets)).toEqual([]);
  });

  test('三公 headers with "*" markers and either bracket width are read', () => {
    const sheets = [
      snapshot('单位“三公”经费和机关运行费预算表', [
        [],
        ['2025年单位“三公”经费和机关运行经费预算表'],
        ['编制单位：测试单位', null, null, null, null, null, '单位:万元'],
        ['“三公”经费预算数', null, null, null, null, null, '机关运行经费预算数'],
        ['合计', '*因公出国（境）费', '*公务接待费', '*公务用车购置及运行费'],
        [null, null, null, '小计', '购置费', '运行费'],
        [3, 1, 1, 1, null, 1, 2],
      ]),
    ];
    const t = readBudgetTables(sheets).workbook.tables[0];
    const got = t?.kind === 'sangong' ? Object.fromEntries(Object.entries(t.amounts).map(([k, a]) => [k, a.cell])) : {};
    expect(got).toEqual({
      total: 'A7',
      abroad: 'B7',
      reception: 'C7',
      vehicle: 'D7',
      vehiclePurchase: 'E7',
      vehicleOperation: 'F7',
      officeOperation: 'G7',
    });
    expect(problems(sheets)).toEqual([]);
  });

  const sangongOffice = (title: string, header: Cell[], values: Cell[]) => {
    const sheets = [
      snapshot('部门“三公”经费和机关运行费预算表', [
        [],
        [title],
        ['编制部门：测试部门', null, null, null, null, null, '单位:万元'],
        header,
        ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费'],
        [null, null, null, '小计', '购置费', '运行费'],
        values,
      ]),
    ];
    const t = readBudgetTables(sheets).workbook.tables[0];
    return { office: t?.kind === 'sangong' ? t.amounts.officeOperation : undefined, problems: problems(sheets) };
  };

  test('机关运行经费 headed with the budget year ("2024年机关运行经费预算数", 普陀区 2024) is read', () => {
    const got = sangongOffice(
      '部门“三公”经费和机关运行经费预算表',
      ['2024年“三公”经费预算数', null, null, null, null, null, '2024年机关运行经费预算数'],
      [47.91, 0, 1.35, 46.56, 25, 21.56, 443.18],
    );
    expect(got.office).toMatchObject({ cell: 'G7', fen: 443_180_000 });
    expect(got.problems).toEqual([]);
  });

  test.each([
    ['the title', '2025年部门“三公”经费和机关运行经费预算表'],
    ['the latest year in the header', '部门“三公”经费和机关运行经费预算表'],
  ])('机关运行经费 of 上年 printed beside this year’s: the budget year (from %s) is read', (_n, title) => {
    const got = sangongOffice(
      title,
      ['“三公”经费预算数', null, null, null, null, null, '2024年机关运行经费预算数', '2025年机关运行经费预算数'],
      [3, 1, 1, 1, null, 1, 2, 5],
    );
    expect(got.office).toMatchObject({ cell: 'H7', fen: 5_000_000 });
  });

  test('"合      计" and "总    计" rows are the 合计 row', () => {
    const t = tableSheet({ kind: 'expenditure', year: 2025, rows: EXP_ROWS, total: [1000, 0, 1000] });
    const spaced = withCell([t], t.name, `A${t.values.length}`, '合      计');
    const table = readBudgetTables(spaced).workbook.tables[0];
    expect(table?.kind === 'classified' ? table.total?.amounts.total?.fen : null).toBe(100000);
    expect(problems(spaced)).toEqual([]);
  });

  test.each([
    ['a 合计 row and the note', [['合计'], ['注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。']]],
    ['"无" in the body', [['无', null, null, '无', '无', '无', '无'], ['注：本部门无政府性基金预算拨款，故本表为空表。']]],
    [
      'a row of zeros without a code',
      [
        [null, null, null, null, 0, 0, 0],
        ['合计', null, null, null, 0, 0, 0],
      ],
    ],
    // As the Office host reads it (Excel gives each formula's value) and as a file saved without
    // results reads (the reader computes them): either way a row of zeros.
    [
      'a row of formulas that show 0, without a code',
      [
        [null, null, null, null, { f: '=F9+G9', v: 0 }, { f: '=0', v: 0 }, { f: '=ROUND(0,2)', v: 0 }],
        ['合计', null, null, null, 0, 0, 0],
      ],
    ],
    [
      'a row of formulas saved without results that come to 0, beside a note',
      [
        ['（本行预留）', null, null, null, { f: '=F9+G9' }, { f: '=0*1' }, { f: '=SUM(G10:G11)' }],
        ['合计', null, null, null, 0, 0, 0],
      ],
    ],
  ] as const)('an empty table written with %s: nothing to report', (_n, body) => {
    const t = tableSheet({ kind: 'govFund', year: 2025, rows: [] });
    const sheets = [snapshot(t.name, [...t.values.map((r) => [...r]), ...body.map((r) => [...r])])];
    const { findings } = checkSnapshots(sheets);
    expect(findings).toEqual([]);
  });

  test('figures in a row without a code are still reported', () => {
    const t = tableSheet({ kind: 'govFund', year: 2025, rows: [] });
    const sheets = [snapshot(t.name, [...t.values.map((r) => [...r]), [null, null, null, '无科目', 5, 5, 0]])];
    expect(readBudgetTables(sheets).findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`read/row-without-code A${t.values.length + 1}`]);
  });

  test.each<[string, Cell]>([
    ['a formula that shows a figure', { f: '=2+3', v: 5 }],
    ['a formula saved without its result that comes to a figure', { f: '=2+3' }],
    ['a formula whose value cannot be known', { f: '=VLOOKUP(1,A1:A2,1)' }],
    ['a formula showing an error', { f: '=1/0', v: '#DIV/0!' }],
  ])('a row without a code holding %s is reported', (_n, cell) => {
    const t = tableSheet({ kind: 'govFund', year: 2025, rows: [] });
    const sheets = [snapshot(t.name, [...t.values.map((r) => [...r]), [null, null, null, '无科目', cell, null, null]])];
    expect(readBudgetTables(sheets).findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`read/row-without-code A${t.values.length + 1}`]);
  });

  test.each([
    ['元 with cents', '元', [1000.25, 0, 1000.25], 100025],
    ['万元 with 2 decimals', '万元', [0.1, 0, 0.1], 100000],
  ] as const)('amounts in %s', (_n, unit, amounts, fen) => {
    const rows: Row[] = EXP_ROWS.map(([c, n]) => [c, n, ...amounts]);
    const sheets = [tableSheet({ kind: 'expenditure', year: 2025, unit, rows, total: [...amounts] })];
    const t = readBudgetTables(sheets).workbook.tables[0];
    expect(t?.kind === 'classified' ? t.rows.map((r) => r.amounts.total?.fen) : []).toEqual([fen, fen, fen]);
    expect(problems(sheets)).toEqual([]);
  });
});

function withTitle(s: SheetSnapshot, title: string): SheetSnapshot {
  const values = s.values.map((r) => [...r]);
  values[0] = [title];
  return { ...s, values };
}
