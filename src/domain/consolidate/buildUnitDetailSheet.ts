import { cellAddress, columnLetter, rangeAddress, sheetRef } from '../a1';
import type { PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import {
  BODY_STYLE,
  CODE_STYLE,
  HEADER_STYLE,
  NAME_STYLE,
  SUBTITLE_LEFT,
  SUBTITLE_RIGHT,
  TITLE_STYLE,
  WAN_FORMAT,
  yuanFormat,
} from '../plan/styles';

// 单位明细: every leaf figure of the department tables, one column per unit, so each department
// figure can be traced to the units that make it up. The 合计 is a SUM over the unit columns and the
// 差额 compares it with the department table's own cell by reference, so the trace stays live.

export const UNIT_DETAIL_SHEET = '单位明细';
const HEADER_ROWS = 4;
const FIRST_UNIT_COL = 5;
const DIFF_FORMAT = '#,##0.00;-#,##0.00;0.00';

export interface DetailUnit {
  readonly name: string;
  readonly file: string;
}

export interface DetailRow {
  /** Which department table, as shown in column A (also the SUMIF key of the unit list). */
  readonly table: string;
  readonly code: string;
  readonly name: string;
  /** Amount column label, e.g. 基本支出. */
  readonly column: string;
  readonly unit: '元' | '万元';
  /** One entry per unit, in 分; null for a blank. */
  readonly fen: readonly (number | null)[];
  /** The department table cell holding this figure; null when it has no place there. */
  readonly deptCell: { readonly sheet: string; readonly cell: string } | null;
}

export interface UnitDetailLayout {
  readonly sheet: string;
  readonly firstDataRow: number;
  /** Last data row; below firstDataRow when there are no rows. */
  readonly lastDataRow: number;
  readonly tableCol: number;
  /** Column of each unit, in the order given. */
  readonly unitCols: readonly number[];
  readonly totalCol: number;
  readonly deptCol: number;
  readonly diffCol: number;
}

export interface UnitDetailInput {
  readonly year: number;
  readonly department: string;
  readonly units: readonly DetailUnit[];
  readonly rows: readonly DetailRow[];
}

/** A cell value in the row's display unit, exact to the 分. */
export function displayValue(fen: number, unit: '元' | '万元'): number {
  return unit === '元' ? fen / 100 : Number((fen / 1_000_000).toFixed(6));
}

export function buildUnitDetailSheet(input: UnitDetailInput): { sheet: SheetPlan; layout: UnitDetailLayout } {
  const n = input.units.length;
  if (n === 0) throw new RangeError('buildUnitDetailSheet: 至少需要一个单位');
  input.rows.forEach((r, i) => {
    if (r.fen.length !== n) throw new RangeError(`buildUnitDetailSheet: 第 ${i + 1} 行有 ${r.fen.length} 个单位数，应为 ${n}`);
  });
  const unitCols = input.units.map((_, i) => FIRST_UNIT_COL + i);
  const totalCol = FIRST_UNIT_COL + n;
  const deptCol = totalCol + 1;
  const diffCol = totalCol + 2;
  const firstDataRow = HEADER_ROWS + 1;
  const lastDataRow = firstDataRow + input.rows.length - 1;
  const lastRow = Math.max(lastDataRow, HEADER_ROWS);
  const grid: PlanCell[][] = Array.from({ length: lastRow }, () => new Array<PlanCell>(diffCol).fill(null));
  const set = (r: number, c: number, v: PlanCell) => {
    const line = grid[r - 1];
    if (!line) throw new RangeError(`buildUnitDetailSheet: row ${r} is outside rows 1–${lastRow}`);
    line[c - 1] = v;
  };

  set(1, 1, `${input.year}年部门预算汇总单位明细表`);
  set(2, 1, `编制部门：${input.department}`);
  set(2, diffCol, '单位：元（三公经费为万元）');
  ['表', '科目编码', '科目名称', '栏目'].forEach((h, i) => set(3, i + 1, h));
  input.units.forEach((u, i) => {
    set(3, FIRST_UNIT_COL + i, u.name);
    set(4, FIRST_UNIT_COL + i, u.file);
  });
  set(3, totalCol, '各单位合计');
  set(3, deptCol, '部门汇总表数');
  set(3, diffCol, '差额');

  const first = columnLetter(FIRST_UNIT_COL);
  const last = columnLetter(totalCol - 1);
  const tot = columnLetter(totalCol);
  const dept = columnLetter(deptCol);
  input.rows.forEach((r, i) => {
    const row = firstDataRow + i;
    set(row, 1, r.table);
    set(row, 2, r.code);
    set(row, 3, r.name);
    set(row, 4, r.column);
    r.fen.forEach((v, u) => {
      if (v !== null) set(row, FIRST_UNIT_COL + u, displayValue(v, r.unit));
    });
    set(row, totalCol, `=SUM(${first}${row}:${last}${row})`);
    set(row, deptCol, r.deptCell ? `=${sheetRef(r.deptCell.sheet, r.deptCell.cell)}` : null);
    set(row, diffCol, `=ROUND(${tot}${row}-${dept}${row},${r.unit === '元' ? 2 : 6})`);
  });

  const merges = [
    rangeAddress(1, 1, 1, diffCol),
    rangeAddress(2, 1, 2, 4),
    ...[1, 2, 3, 4, totalCol, deptCol, diffCol].map((c) => rangeAddress(3, c, 4, c)),
  ];
  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, diffCol), style: TITLE_STYLE },
    { range: rangeAddress(2, 1, 2, 4), style: SUBTITLE_LEFT },
    { range: cellAddress(2, diffCol), style: SUBTITLE_RIGHT },
    { range: rangeAddress(3, 1, HEADER_ROWS, diffCol), style: HEADER_STYLE },
  ];
  if (input.rows.length > 0) {
    const amountFormat = yuanFormat(input.rows.filter((r) => r.unit === '元').flatMap((r) => r.fen.filter((v): v is number => v !== null)));
    styles.push(
      { range: rangeAddress(firstDataRow, 1, lastDataRow, diffCol), style: BODY_STYLE },
      { range: rangeAddress(firstDataRow, 1, lastDataRow, 1), style: NAME_STYLE },
      { range: rangeAddress(firstDataRow, 2, lastDataRow, 2), style: CODE_STYLE },
      { range: rangeAddress(firstDataRow, 3, lastDataRow, 4), style: NAME_STYLE },
      { range: rangeAddress(firstDataRow, FIRST_UNIT_COL, lastDataRow, deptCol), style: { numberFormat: amountFormat, hAlign: 'right' } },
      { range: rangeAddress(firstDataRow, diffCol, lastDataRow, diffCol), style: { numberFormat: DIFF_FORMAT, hAlign: 'right' } },
    );
    input.rows.forEach((r, i) => {
      if (r.unit === '万元')
        styles.push({
          range: rangeAddress(firstDataRow + i, FIRST_UNIT_COL, firstDataRow + i, deptCol),
          style: { numberFormat: WAN_FORMAT },
        });
    });
  }
  const diff = columnLetter(diffCol);
  const sheet: SheetPlan = {
    name: UNIT_DETAIL_SHEET,
    cells: grid,
    styles,
    merges,
    columnWidths: [30, 10, 30, 12, ...unitCols.map(() => 16), 18, 18, 12],
    rowHeights: { 1: 30, 3: 30, 4: 30 },
    freeze: { rows: HEADER_ROWS, columns: 4 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: n <= 6, titleRows: `3:${HEADER_ROWS}` },
    // A 差额 other than 0 means the department table no longer matches its units.
    conditionalFormats:
      input.rows.length > 0
        ? [
            {
              range: rangeAddress(firstDataRow, diffCol, lastDataRow, diffCol),
              formula: `=${diff}${firstDataRow}<>0`,
              fill: '#FFC7CE',
              fontColor: '#9C0006',
            },
          ]
        : [],
  };
  return { sheet, layout: { sheet: UNIT_DETAIL_SHEET, firstDataRow, lastDataRow, tableCol: 1, unitCols, totalCol, deptCol, diffCol } };
}
