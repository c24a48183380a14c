import type { Sangong } from '../model/budgetData';
import { titleFor } from '../templates/editions';
import type { SangongTableDef } from '../templates/types';
import type { PlanCell, SheetPlan } from './sheetPlan';
import { BODY_STYLE, HEADER_STYLE, SUBTITLE_LEFT, SUBTITLE_RIGHT, TITLE_STYLE, WAN_FORMAT } from './styles';

export const SANGONG_ROW = 6;

/** Column of each figure in the 三公 table (A 合计 … G 机关运行经费). */
export const SANGONG_COLUMNS = {
  total: 1,
  abroad: 2,
  reception: 3,
  vehicle: 4,
  vehiclePurchase: 5,
  vehicleOperation: 6,
  officeOperation: 7,
} as const;

/** 分 → 万元 cell value, exact (no rounding beyond the 分). */
function wan(fen: number): number | null {
  return fen === 0 ? null : Number((fen / 1_000_000).toFixed(6));
}

export function buildSangongSheet(def: SangongTableDef, year: number, department: string, s: Sangong): SheetPlan {
  const title = titleFor(def, year);
  const r = SANGONG_ROW;
  const grid: PlanCell[][] = [
    [title, null, null, null, null, null, null],
    [`编制部门：${department}`, null, null, null, null, null, `单位：${def.unit}`],
    [def.sangongHeader, null, null, null, null, null, def.officeHeader],
    ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', null, null, null],
    [null, null, null, '小计', '购置费', '运行费', null],
    [
      `=B${r}+C${r}+D${r}`,
      wan(s.abroad),
      wan(s.reception),
      `=E${r}+F${r}`,
      wan(s.vehiclePurchase),
      wan(s.vehicleOperation),
      wan(s.officeOperation),
    ],
  ];
  return {
    name: def.sheetName,
    cells: grid,
    styles: [
      { range: 'A1:G1', style: TITLE_STYLE },
      { range: 'A2:C2', style: SUBTITLE_LEFT },
      { range: 'G2', style: SUBTITLE_RIGHT },
      { range: 'A3:G5', style: HEADER_STYLE },
      { range: `A${r}:G${r}`, style: { ...BODY_STYLE, numberFormat: WAN_FORMAT, hAlign: 'right' } },
    ],
    merges: ['A1:G1', 'A2:C2', 'A3:F3', 'G3:G5', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:F4'],
    columnWidths: [16, 16, 16, 16, 16, 16, 20],
    rowHeights: { 1: 30, 6: 22 },
    freeze: { rows: 5, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:5', centerHorizontally: true },
    conditionalFormats: [],
    layout: {
      tableId: 'sangong',
      title,
      unit: def.unit,
      headerRows: 5,
      firstDataRow: r,
      lastDataRow: r,
      columns: { ...SANGONG_COLUMNS },
      rows: [{ row: r, role: 'data' }],
    },
  };
}
