import { cellAddress, rangeAddress } from '../../a1';
import type { ProvinceBudget } from '../../model/provinceBudget';
import type { OutlineTableDef } from '../../templates/formTypes';
import { directChildren } from '../../read/province/outlineChildren';
import { sumFormula } from '../buildClassifiedSheet';
import type { SheetPlan } from '../sheetPlan';
import { BODY_STYLE, HEADER_STYLE, PARENT_STYLE, SUBTITLE_LEFT, SUBTITLE_RIGHT, TEXT_FORMAT, TITLE_STYLE, WAN_FORMAT } from '../styles';
import { LazyCell, ProvincePlanContext } from './provincePlanContext';

const HEADER_ROW = 3;
const TOTAL_ROW = 4;

type OutlineData = ProvinceBudget['outlines'][string];

/** An outline table (政府采购预算表): in a template every row with sub-rows is their SUM, 合计 the SUM of the top rows. */
export function buildOutlineSheet(
  def: OutlineTableDef,
  data: OutlineData,
  title: string,
  department: string,
  ctx: ProvincePlanContext,
): { sheet: SheetPlan; grid: LazyCell[][] } {
  const name = def.sheetName;
  const headers = def.levels.flatMap((l) => l.headers);
  const amountCol = headers.length + 1;
  const rows = data.rows.length > 0 ? data.rows : def.blankLines.map((l) => ({ level: 0, labels: [l], amount: null }));
  const totalLine: LazyCell[] = [def.totalLabel, ...new Array<LazyCell>(amountCol - 1).fill(null)];
  const grid: LazyCell[][] = [
    [title, ...new Array<LazyCell>(amountCol - 1).fill(null)],
    [`部门：${department}`, ...new Array<LazyCell>(amountCol - 2).fill(null), `单位：${def.unit}`],
    [...headers, def.amountHeader],
    totalLine,
  ];
  const template = ctx.mode === 'template';
  const first = TOTAL_ROW + 1;
  const numbered = rows.map((r, i) => ({ level: r.level, row: first + i }));
  const childRows = (i: number): number[] => directChildren(numbered, i).map((r) => r.row);
  rows.forEach((r, i) => {
    const cells: LazyCell[] = new Array<LazyCell>(amountCol).fill(null);
    r.labels.forEach((t, j) => (cells[j] = t === '' ? null : t));
    const kids = childRows(i);
    cells[amountCol - 1] = template && kids.length > 0 ? sumFormula(amountCol, kids) : r.amount;
    grid.push(cells);
  });
  const topRows = rows.map((r, i) => (r.level === 0 ? first + i : -1)).filter((r) => r > 0);
  totalLine[amountCol - 1] = template ? sumFormula(amountCol, topRows) : data.total;
  ctx.setTotal(def.id, { sheet: name, row: TOTAL_ROW, col: amountCol });
  const last = TOTAL_ROW + rows.length;
  const sheet: SheetPlan = {
    name,
    cells: [],
    styles: [
      { range: rangeAddress(1, 1, 1, amountCol), style: TITLE_STYLE },
      { range: rangeAddress(2, 1, 2, amountCol - 1), style: SUBTITLE_LEFT },
      { range: cellAddress(2, amountCol), style: SUBTITLE_RIGHT },
      { range: rangeAddress(HEADER_ROW, 1, HEADER_ROW, amountCol), style: HEADER_STYLE },
      { range: rangeAddress(TOTAL_ROW, 1, last, amountCol), style: BODY_STYLE },
      { range: rangeAddress(TOTAL_ROW, 1, last, amountCol - 1), style: { numberFormat: TEXT_FORMAT, wrap: true } },
      { range: rangeAddress(TOTAL_ROW, amountCol, last, amountCol), style: { numberFormat: WAN_FORMAT, hAlign: 'right' } },
      { range: rangeAddress(TOTAL_ROW, 1, TOTAL_ROW, amountCol), style: PARENT_STYLE },
      ...topRows.map((r) => ({ range: rangeAddress(r, 1, r, amountCol), style: PARENT_STYLE })),
    ],
    merges: [rangeAddress(1, 1, 1, amountCol), rangeAddress(2, 1, 2, amountCol - 1)],
    columnWidths: def.columnWidths,
    rowHeights: { 1: 30, 3: 24 },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, centerHorizontally: true },
    conditionalFormats: [],
  };
  return { sheet, grid };
}
