import { cellAddress, rangeAddress, sheetRef } from '../a1';
import { titleFor } from '../templates/editions';
import type { ClassifiedTableId, SummaryTableDef } from '../templates/types';
import type { PlanCell, RowMeta, SheetPlan, StyledRange } from './sheetPlan';
import { BODY_STYLE, HEADER_STYLE, NAME_STYLE, PARENT_STYLE, SUBTITLE_LEFT, SUBTITLE_RIGHT, TITLE_STYLE, YUAN_FORMAT } from './styles';

const HEADER_ROWS = 4;
const ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '二十一',
  '二十二',
  '二十三',
  '二十四',
  '二十五',
  '二十六',
  '二十七',
  '二十八',
  '二十九',
  '三十',
  '三十一',
  '三十二',
  '三十三',
  '三十四',
  '三十五',
];

export function chineseOrdinal(i: number): string {
  return ORDINALS[i] ?? String(i + 1);
}

/** Sheet name and row/column positions of a classified table already laid out. */
export interface ClassifiedRef {
  readonly sheet: string;
  readonly totalRow: number;
  readonly columns: Readonly<Record<string, number>>;
  /** 类 code → { row, name } */
  readonly classes: ReadonlyMap<string, { readonly row: number; readonly name: string }>;
}

export interface SummaryBuildInput {
  readonly def: SummaryTableDef;
  readonly year: number;
  readonly department: string;
  readonly tables: ReadonlyMap<ClassifiedTableId, ClassifiedRef>;
}

/**
 * 财务收支预算总表 / 财政拨款收支预算总表: every figure is a reference into the detail tables,
 * so the summary cannot drift from them.
 */
export function buildSummarySheet(input: SummaryBuildInput): SheetPlan {
  const { def, tables } = input;
  const title = titleFor(def, input.year);
  const expCols = def.expenditureColumns.length;
  const lastCol = 3 + expCols;

  const classCodes = [...new Set(def.expenditureClassesFrom.flatMap((t) => [...(tables.get(t)?.classes.keys() ?? [])]))].sort();
  const bodyRows = Math.max(def.incomeLines.length, classCodes.length);
  const firstDataRow = HEADER_ROWS + 1;
  const totalRow = firstDataRow + bodyRows;
  const grid: PlanCell[][] = Array.from({ length: totalRow }, () => new Array<PlanCell>(lastCol).fill(null));
  const set = (r: number, c: number, v: PlanCell) => {
    const line = grid[r - 1];
    if (!line) throw new RangeError(`buildSummarySheet: row ${r} is outside rows 1–${grid.length}`);
    line[c - 1] = v;
  };
  const rows: RowMeta[] = [];

  set(1, 1, title);
  set(2, 1, `编制部门：${input.department}`);
  set(2, lastCol, `单位：${def.unit}`);
  set(3, 1, def.incomeHeader);
  set(3, 3, def.expenditureHeader);
  set(4, 1, '项目');
  set(4, 2, '预算数');
  set(4, 3, '项目');
  def.expenditureColumns.forEach((c, i) => set(4, 4 + i, c.label));

  // Left: income lines.
  const referenced = new Set(def.incomeLines.flatMap((l) => (l.source && 'sumOfLines' in l.source ? l.source.sumOfLines : [])));
  def.incomeLines.forEach((line, i) => {
    const row = firstDataRow + i;
    set(row, 1, line.label);
    const src = line.source;
    if (src && 'sumOfLines' in src) {
      set(row, 2, `=${src.sumOfLines.map((j) => cellAddress(firstDataRow + j, 2)).join('+')}`);
    } else if (src) {
      const t = tables.get(src.table);
      const col = t?.columns[src.column];
      if (t && col !== undefined) set(row, 2, `=${sheetRef(t.sheet, cellAddress(t.totalRow, col))}`);
    }
    rows.push({ row, role: 'income', label: line.label });
  });
  const topIncomeRows = def.incomeLines
    .map((_, i) => i)
    .filter((i) => !referenced.has(i))
    .map((i) => cellAddress(firstDataRow + i, 2));
  set(totalRow, 1, def.incomeTotalLabel);
  set(totalRow, 2, `=${topIncomeRows.join('+')}`);

  // Right: one line per 类, each column a reference to that table's 类 row.
  classCodes.forEach((code, i) => {
    const row = firstDataRow + i;
    const name = def.expenditureClassesFrom.map((t) => tables.get(t)?.classes.get(code)?.name).find((n) => n) ?? code;
    set(row, 3, `${chineseOrdinal(i)}、${name}`);
    def.expenditureColumns.forEach((c, j) => {
      const col = 4 + j;
      if (c.table === null) {
        set(row, col, `=SUM(${cellAddress(row, 5)}:${cellAddress(row, lastCol)})`);
        return;
      }
      const t = tables.get(c.table);
      const cls = t?.classes.get(code);
      const totalCol = t?.columns.total;
      if (cls && t && totalCol !== undefined) set(row, col, `=${sheetRef(t.sheet, cellAddress(cls.row, totalCol))}`);
    });
    rows.push({ row, role: 'expenditure', code, label: name });
  });
  set(totalRow, 3, def.expenditureTotalLabel);
  for (let col = 4; col <= lastCol; col++) {
    set(totalRow, col, bodyRows > 0 ? `=SUM(${cellAddress(firstDataRow, col)}:${cellAddress(totalRow - 1, col)})` : '=0');
  }
  rows.push({ row: totalRow, role: 'total', label: def.incomeTotalLabel });

  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, lastCol), style: TITLE_STYLE },
    { range: cellAddress(2, 1), style: SUBTITLE_LEFT },
    { range: cellAddress(2, lastCol), style: SUBTITLE_RIGHT },
    { range: rangeAddress(3, 1, HEADER_ROWS, lastCol), style: HEADER_STYLE },
    { range: rangeAddress(firstDataRow, 1, totalRow, lastCol), style: BODY_STYLE },
    { range: rangeAddress(firstDataRow, 1, totalRow, 1), style: NAME_STYLE },
    { range: rangeAddress(firstDataRow, 3, totalRow, 3), style: NAME_STYLE },
    { range: rangeAddress(firstDataRow, 2, totalRow, 2), style: { numberFormat: YUAN_FORMAT, hAlign: 'right' } },
    { range: rangeAddress(firstDataRow, 4, totalRow, lastCol), style: { numberFormat: YUAN_FORMAT, hAlign: 'right' } },
    { range: rangeAddress(totalRow, 1, totalRow, lastCol), style: { ...PARENT_STYLE, hAlign: 'center' } },
    { range: rangeAddress(totalRow, 2, totalRow, 2), style: { hAlign: 'right' } },
    { range: rangeAddress(totalRow, 4, totalRow, lastCol), style: { hAlign: 'right' } },
  ];
  const columns: Record<string, number> = { income: 2 };
  def.expenditureColumns.forEach((c, j) => (columns[c.table ?? 'total'] = 4 + j));
  return {
    name: def.sheetName,
    cells: grid,
    styles,
    merges: [rangeAddress(1, 1, 1, lastCol), rangeAddress(3, 1, 3, 2), ...(lastCol > 3 ? [rangeAddress(3, 3, 3, lastCol)] : [])],
    columnWidths: [30, 18, 34, ...def.expenditureColumns.map(() => 18)],
    rowHeights: { 1: 30 },
    freeze: { rows: HEADER_ROWS, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `3:${HEADER_ROWS}`, centerHorizontally: true },
    conditionalFormats: [],
    layout: { tableId: def.id, title, unit: def.unit, headerRows: HEADER_ROWS, firstDataRow, lastDataRow: totalRow, columns, rows },
  };
}
