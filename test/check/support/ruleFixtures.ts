import { publishedSnapshots } from './publishedWorkbook';
import { Cell, TableSpec, tableSheet, withCell } from './snapshots';

// Fixture: a small 支出预算总表 in the published layout. Rows 6–14, 合计 row 15; columns
// A 类 B 款 C 项 D 名称 E 合计 F 基本支出 G 项目支出.
export type Row = TableSpec['rows'][number];
export const ROWS: Row[] = [
  ['208', '社会保障和就业支出', 600, 350, 250],
  ['20801', '人力资源和社会保障管理事务', 500, 300, 200],
  ['2080101', '行政运行', 300, 300, null],
  ['2080102', '一般行政管理事务', 200, null, 200],
  ['20805', '行政事业单位养老支出', 100, 50, 50],
  ['2080501', '行政单位离退休', 100, 50, 50],
  ['221', '住房保障支出', 80, 80, null],
  ['22102', '住房改革支出', 80, 80, null],
  ['2210201', '住房公积金', 80, 80, null],
];
export const TOTAL: Cell[] = [680, 430, 250];
export const SHEET = '部门支出预算总表';

export function exp(edit: (rows: Row[], total: Cell[]) => void = () => {}, spec: Partial<TableSpec> = {}) {
  const rows = ROWS.map((r) => [...r] as unknown as Row);
  const total = [...TOTAL];
  edit(rows, total);
  return [tableSheet({ kind: 'expenditure', rows, total, ...spec })];
}
export const set = (rows: Row[], code: string, col: number, v: Cell) => {
  const r = rows.find((x) => x[0] === code)!;
  (r as unknown as Cell[])[2 + col] = v;
};

/** The same table built with formulas (no saved results, as ExcelJS writes them). */
export function formulaTable(opts: { typedOver?: { cell: string; value: number }; textAmount?: boolean } = {}) {
  const f = (formula: string): Cell => ({ f: formula });
  const rows: Row[] = [
    ['208', '社会保障和就业支出', f('=SUM(E7,E10)'), f('=SUM(F7,F10)'), f('=SUM(G7,G10)')],
    ['20801', '人力资源和社会保障管理事务', f('=SUM(E8:E9)'), f('=SUM(F8:F9)'), f('=SUM(G8:G9)')],
    ['2080101', '行政运行', f('=SUM(F8:G8)'), 300, null],
    ['2080102', '一般行政管理事务', f('=SUM(F9:G9)'), null, 200],
    ['20805', '行政事业单位养老支出', f('=SUM(E11)'), f('=SUM(F11)'), f('=SUM(G11)')],
    ['2080501', '行政单位离退休', f('=SUM(F11:G11)'), 50, opts.textAmount ? '50' : 50],
  ];
  let sheets = [tableSheet({ kind: 'expenditure', rows, total: [f('=SUM(E6)'), f('=SUM(F6)'), f('=SUM(G6)')] })];
  if (opts.typedOver) sheets = withCell(sheets, SHEET, opts.typedOver.cell, opts.typedOver.value);
  return sheets;
}

export const FS = '1 财务收支预算总表';
export const FIS = '4 财政拨款收支预算总表';
export const SG = '9 三公经费和机关运行经费';
export const published =
  (edit: (s: Awaited<ReturnType<typeof publishedSnapshots>>) => Awaited<ReturnType<typeof publishedSnapshots>>) => async () =>
    edit(await publishedSnapshots());

export const INC = '2 收入预算总表';
export const EXP = '3 支出预算总表';
export const GP = '5 一般公共预算支出功能分类';
export const ECO = '8 基本支出经济分类预算表';
