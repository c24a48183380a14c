import { parseCellAddress } from '../../../src/domain/a1';
import type { CellValue, SheetSnapshot } from '../../../src/domain/port/workbookPort';

// Hand-made sheet snapshots in the shapes officers' workbooks come in: the published layout
// (类/款/项 in three columns), one code column, text amounts, repeated page headers, 万元.

/** A cell: a constant, or a formula with its saved result (or none, like a file ExcelJS wrote). */
export type Cell = CellValue | { readonly f: string; readonly v?: CellValue };

export type TableKind = 'income' | 'expenditure' | 'generalPublic' | 'govFund' | 'stateCapital' | 'economic';

const COLUMNS: Record<TableKind, string[]> = {
  income: ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'],
  expenditure: ['合计', '基本支出', '项目支出'],
  generalPublic: ['合计', '基本支出', '项目支出'],
  govFund: ['合计', '基本支出', '项目支出'],
  stateCapital: ['合计', '基本支出', '项目支出'],
  economic: ['合计', '人员经费', '公用经费'],
};

const TITLES: Record<TableKind, string> = {
  income: '部门收入预算总表',
  expenditure: '部门支出预算总表',
  generalPublic: '部门一般公共预算支出功能分类预算表',
  govFund: '部门政府性基金预算支出功能分类预算表',
  stateCapital: '部门国有资本经营预算支出功能分类预算表',
  economic: '部门一般公共预算基本支出部门预算经济分类预算表',
};

export interface TableSpec {
  readonly kind: TableKind;
  readonly name?: string;
  readonly year?: number;
  readonly unit?: '元' | '万元';
  /** 'split': 类/款/项 in separate columns (as published); 'single': one code column. */
  readonly codes?: 'split' | 'single';
  /** [code, name, …amounts in column order (合计 first)]. */
  readonly rows: ReadonlyArray<readonly [string, string, ...Cell[]]>;
  /** The 合计 row's amounts; omitted → no 合计 row. */
  readonly total?: readonly Cell[];
  /** Repeat the column header block every n data rows, as printed page by page. */
  readonly pageRows?: number;
  /** Blank rows between data rows every n rows. */
  readonly blankEvery?: number;
}

function toGrid(rows: Cell[][]): { values: CellValue[][]; formulas: (string | null)[][] } {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const c = r[i] ?? null;
      return c !== null && typeof c === 'object' ? (c.v ?? null) : c;
    }),
  );
  const formulas = rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const c = r[i] ?? null;
      return c !== null && typeof c === 'object' ? c.f : null;
    }),
  );
  return { values, formulas };
}

export function snapshot(name: string, rows: Cell[][]): SheetSnapshot {
  return { name, visibility: 'visible', merges: [], ...toGrid(rows) };
}

/** A 类/款/项 (or 经济分类) table laid out like the published one, from row 1. */
export function tableSheet(spec: TableSpec): SheetSnapshot {
  const labels = COLUMNS[spec.kind];
  const economic = spec.kind === 'economic';
  const split = (spec.codes ?? 'split') === 'split';
  const codeCols = split ? (economic ? 2 : 3) : 1;
  const pad = (n: number) => new Array<Cell>(n).fill(null);
  const header: Cell[][] = split
    ? [
        ['项目', ...pad(codeCols), '预算数'],
        [
          economic ? '部门预算经济分类科目编码' : '功能分类科目编码',
          ...pad(codeCols - 1),
          economic ? '经济分类科目名称' : '功能分类科目名称',
          ...labels,
        ],
        economic ? ['类', '款'] : ['类', '款', '项'],
      ]
    : [['科目编码', '科目名称', ...labels]];
  const out: Cell[][] = [
    [`${spec.year ?? 2024}年${TITLES[spec.kind]}`],
    ['编制部门：测试单位', ...pad(codeCols + labels.length - 1), `单位：${spec.unit ?? '元'}`],
    ...header,
  ];
  spec.rows.forEach(([code, name, ...amounts], i) => {
    if (spec.pageRows && i > 0 && i % spec.pageRows === 0) out.push(...header);
    if (spec.blankEvery && i > 0 && i % spec.blankEvery === 0) out.push([]);
    const codeCells: Cell[] = split
      ? [code.slice(0, 3), code.length >= 5 ? code.slice(3, 5) : null, code.length >= 7 ? code.slice(5, 7) : null].slice(0, codeCols)
      : [code];
    out.push([...codeCells, name, ...amounts]);
  });
  if (spec.total) out.push(['合计', ...pad(codeCols), ...spec.total]);
  return snapshot(spec.name ?? TITLES[spec.kind], out);
}

/** A copy of the snapshots with one cell replaced (value, or { f, v } for a formula). */
export function withCell(snaps: readonly SheetSnapshot[], sheet: string, addr: string, cell: Cell): SheetSnapshot[] {
  const { row, col } = parseCellAddress(addr);
  return snaps.map((s) => {
    if (s.name !== sheet) return s;
    const values = s.values.map((r) => [...r]);
    const formulas = s.formulas.map((r) => [...r]);
    while (values.length < row) {
      values.push([]);
      formulas.push([]);
    }
    const isFormula = cell !== null && typeof cell === 'object';
    values[row - 1]![col - 1] = isFormula ? (cell.v ?? null) : cell;
    formulas[row - 1]![col - 1] = isFormula ? cell.f : null;
    return { ...s, values, formulas };
  });
}

/** The value a snapshot holds at an address. */
export function valueAt(snaps: readonly SheetSnapshot[], sheet: string, addr: string): CellValue {
  const { row, col } = parseCellAddress(addr);
  return snaps.find((s) => s.name === sheet)?.values[row - 1]?.[col - 1] ?? null;
}

/**
 * A copy of the snapshots with the named sheets printed in 万元 rounded to 2 decimals, as offices
 * publish them: every number except the codes (integers under 1,000 left of column F) divided by 10,000 and rounded, formulas
 * dropped, "单位：元" → "单位：万元". `round: false`: exact, 6 decimals (a 元 table converted).
 */
export function inWanRounded(snaps: readonly SheetSnapshot[], sheets: readonly string[], round = true): SheetSnapshot[] {
  return snaps.map((s) => {
    if (!sheets.includes(s.name)) return s;
    const values = s.values.map((r) =>
      r.map((v, c) =>
        typeof v === 'number' && !(c < 5 && Number.isInteger(v) && v < 1000)
          ? round
            ? Math.round(v / 100 + Math.sign(v) * 1e-9) / 100
            : Number((v / 10_000).toPrecision(15))
          : typeof v === 'string'
            ? v.replace(/(单位[:：]\s*)元/, '$1万元')
            : v,
      ),
    );
    return { ...s, values, formulas: s.values.map((r) => r.map(() => null)) };
  });
}
