import { cellAddress, columnLetter, rangeAddress, sheetRef } from '../a1';
import type { PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import {
  BODY_STYLE,
  CODE_STYLE,
  HEADER_STYLE,
  NAME_STYLE,
  PARENT_STYLE,
  SUBTITLE_LEFT,
  SUBTITLE_RIGHT,
  TITLE_STYLE,
  TOTAL_LABEL_STYLE,
  YUAN_FORMAT,
} from '../plan/styles';
import type { UnitDetailLayout } from './buildUnitDetailSheet';

// 单位列表: the units of the consolidation, those whose own check fails first, each with its
// 收入/支出 合计 summed from its 单位明细 column, and the department tables' 合计 beside them.

export const UNIT_LIST_SHEET = '单位列表';
const HEADER_ROW = 3;
const FAIL_FILL = '#FCE4D6';
const DIFF_FORMAT = '#,##0.00;-#,##0.00;0.00';

export interface ListedUnit {
  readonly name: string;
  readonly file: string;
  readonly year: number | null;
  readonly errors: number;
  readonly warnings: number;
  /** 已汇总 / 未汇总：… (short, zh-CN; the finding has the detail). */
  readonly status: string;
  readonly failing: boolean;
  /** The unit's column on the 单位明细 sheet; null when it was not consolidated. */
  readonly detailCol: number | null;
}

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface UnitListInput {
  readonly year: number;
  readonly department: string;
  readonly units: readonly ListedUnit[];
  readonly detail: UnitDetailLayout;
  /** Column A labels of the 收入预算总表 and 支出预算总表 rows on 单位明细. */
  readonly incomeLabel: string;
  readonly expenditureLabel: string;
  /** The department tables' 合计 cells. */
  readonly incomeTotal: CellRef | null;
  readonly expenditureTotal: CellRef | null;
  /** Where the error/warning counts come from (zh-CN). */
  readonly countsNote: string;
  /** Number format of the 元 amounts (whole 元 unless some figure carries 分). */
  readonly amountFormat?: string;
}

export function buildUnitListSheet(input: UnitListInput): SheetPlan {
  const { detail } = input;
  const lastCol = 9;
  const firstUnitRow = HEADER_ROW + 1;
  const lastUnitRow = HEADER_ROW + input.units.length;
  const sumRow = lastUnitRow + 1;
  const deptRow = sumRow + 1;
  const diffRow = sumRow + 2;
  const noteRow = diffRow + 1;
  const grid: PlanCell[][] = Array.from({ length: noteRow }, () => new Array<PlanCell>(lastCol).fill(null));
  const set = (r: number, c: number, v: PlanCell) => {
    const line = grid[r - 1];
    if (!line) throw new RangeError(`buildUnitListSheet: row ${r} is outside rows 1–${grid.length}`);
    line[c - 1] = v;
  };

  set(1, 1, `${input.year}年部门预算汇总单位列表`);
  set(2, 1, `编制部门：${input.department}`);
  set(2, lastCol, '单位：元');
  ['序号', '单位名称', '文件', '年度', '错误', '警告', '汇总状态', '收入合计', '支出合计'].forEach((h, i) => set(HEADER_ROW, i + 1, h));

  const hasDetail = detail.lastDataRow >= detail.firstDataRow;
  const keyRange = `${sheetRef(detail.sheet, `$${columnLetter(detail.tableCol)}$${detail.firstDataRow}`)}:$${columnLetter(detail.tableCol)}$${detail.lastDataRow}`;
  const sumif = (label: string, col: number): string => {
    if (!hasDetail) return '=0';
    const L = columnLetter(col);
    return `=SUMIF(${keyRange},"${label.replace(/"/g, '""')}",${sheetRef(detail.sheet, `${L}$${detail.firstDataRow}`)}:${L}$${detail.lastDataRow})`;
  };
  input.units.forEach((u, i) => {
    const r = firstUnitRow + i;
    set(r, 1, i + 1);
    set(r, 2, u.name);
    set(r, 3, u.file);
    set(r, 4, u.year === null ? null : String(u.year));
    set(r, 5, u.errors);
    set(r, 6, u.warnings);
    set(r, 7, u.status);
    if (u.detailCol !== null) {
      set(r, 8, sumif(input.incomeLabel, u.detailCol));
      set(r, 9, sumif(input.expenditureLabel, u.detailCol));
    }
  });
  set(sumRow, 1, '各单位合计');
  set(deptRow, 1, '部门汇总表合计');
  set(diffRow, 1, '差额');
  for (const c of [8, 9]) {
    const L = columnLetter(c);
    set(sumRow, c, input.units.length > 0 ? `=SUM(${L}${firstUnitRow}:${L}${lastUnitRow})` : '=0');
    const ref = c === 8 ? input.incomeTotal : input.expenditureTotal;
    set(deptRow, c, ref ? `=${sheetRef(ref.sheet, ref.cell)}` : null);
    set(diffRow, c, `=ROUND(${L}${sumRow}-${L}${deptRow},2)`);
  }
  set(noteRow, 1, `注：${input.countsNote}；自身审核有错误或未能汇总的单位排在前面。`);

  const merges = [
    rangeAddress(1, 1, 1, lastCol),
    rangeAddress(2, 1, 2, 4),
    rangeAddress(sumRow, 1, sumRow, 7),
    rangeAddress(deptRow, 1, deptRow, 7),
    rangeAddress(diffRow, 1, diffRow, 7),
    rangeAddress(noteRow, 1, noteRow, lastCol),
  ];
  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, lastCol), style: TITLE_STYLE },
    { range: rangeAddress(2, 1, 2, 4), style: SUBTITLE_LEFT },
    { range: cellAddress(2, lastCol), style: SUBTITLE_RIGHT },
    { range: rangeAddress(HEADER_ROW, 1, HEADER_ROW, lastCol), style: HEADER_STYLE },
    { range: rangeAddress(firstUnitRow, 1, diffRow, lastCol), style: BODY_STYLE },
    { range: rangeAddress(firstUnitRow, 1, diffRow, 1), style: { hAlign: 'center' } },
    { range: rangeAddress(firstUnitRow, 2, diffRow, 3), style: NAME_STYLE },
    { range: rangeAddress(firstUnitRow, 4, diffRow, 4), style: CODE_STYLE },
    { range: rangeAddress(firstUnitRow, 5, diffRow, 6), style: { hAlign: 'right' } },
    { range: rangeAddress(firstUnitRow, 7, diffRow, 7), style: NAME_STYLE },
    { range: rangeAddress(firstUnitRow, 8, deptRow, 9), style: { numberFormat: input.amountFormat ?? YUAN_FORMAT, hAlign: 'right' } },
    { range: rangeAddress(diffRow, 8, diffRow, 9), style: { numberFormat: DIFF_FORMAT, hAlign: 'right' } },
    { range: rangeAddress(sumRow, 1, diffRow, lastCol), style: PARENT_STYLE },
    { range: rangeAddress(sumRow, 1, diffRow, 7), style: TOTAL_LABEL_STYLE },
    { range: rangeAddress(noteRow, 1, noteRow, lastCol), style: { ...SUBTITLE_LEFT, wrap: true } },
  ];
  input.units.forEach((u, i) => {
    if (u.failing) styles.push({ range: rangeAddress(firstUnitRow + i, 1, firstUnitRow + i, lastCol), style: { fill: FAIL_FILL } });
  });
  return {
    name: UNIT_LIST_SHEET,
    cells: grid,
    styles,
    merges,
    columnWidths: [6, 32, 28, 8, 8, 8, 26, 18, 18],
    rowHeights: { 1: 30, [noteRow]: 30 },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, centerHorizontally: true },
    conditionalFormats: [
      { range: rangeAddress(diffRow, 8, diffRow, 9), formula: `=H${diffRow}<>0`, fill: '#FFC7CE', fontColor: '#9C0006' },
    ],
  };
}
