import { rangeAddress } from '../../a1';
import { parentCode } from '../../catalog/codes';
import type { ProvinceBudget } from '../../model/provinceBudget';
import type { CodeTableDef } from '../../templates/formTypes';
import { sumFormula } from '../buildClassifiedSheet';
import type { RowMeta, SheetPlan } from '../sheetPlan';
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
  WAN_FORMAT,
} from '../styles';
import { LazyCell, ProvincePlanContext } from './provincePlanContext';

export const CODE_TABLE_HEADER_ROW = 3;
export const CODE_TABLE_TOTAL_ROW = 4;

type CodeTableData = ProvinceBudget['codeTables'][string];

/**
 * A one-column code table as 江苏 prints it: code | name | 金额, the 合计 row on top. In a template
 * every parent is the SUM of its children, the 合计 the SUM of the 类, and a table built from
 * others (财政拨款 = 一般公共预算 + 政府性基金) has leaves that add up the same code there.
 */
export function buildCodeTableSheet(
  def: CodeTableDef,
  data: CodeTableData,
  title: string,
  department: string,
  ctx: ProvincePlanContext,
): { sheet: SheetPlan; grid: LazyCell[][] } {
  const name = def.sheetName;
  const first = CODE_TABLE_TOTAL_ROW + 1;
  const totalLine: LazyCell[] = [def.totalLabel, null, null];
  const grid: LazyCell[][] = [
    [title, null, null],
    [`部门：${department}`, null, `单位：${def.unit}`],
    [def.codeHeader, def.nameHeader, def.amountHeader],
    totalLine,
  ];
  const template = ctx.mode === 'template';
  const childrenOf = (code: string) => data.rows.flatMap((r, i) => (parentCode(r.code) === code ? [first + i] : []));
  const sumOfRows = (rows: readonly number[]) => sumFormula(3, rows);
  const rows: RowMeta[] = [{ row: CODE_TABLE_TOTAL_ROW, role: 'total', label: def.totalLabel }];
  ctx.setTotal(def.id, { sheet: name, row: CODE_TABLE_TOTAL_ROW, col: 3 });
  data.rows.forEach((r, i) => {
    const row = first + i;
    ctx.setCode(def.id, r.code, { sheet: name, row, col: 3 }, r.amount);
    const kids = childrenOf(r.code);
    let amount: LazyCell = r.amount;
    if (template && kids.length > 0) amount = sumOfRows(kids);
    else if (template && def.leavesFrom) {
      const sources = def.leavesFrom;
      const printed = r.amount;
      amount = () => {
        const refs = sources.map((t) => ({ table: t, code: r.code }));
        return refs.some((x) => ctx.placeOf(x, def.id)) ? ctx.sumFormula(refs, def.id, name) : printed;
      };
    }
    grid.push([r.code, r.name, amount]);
    rows.push({
      row,
      role: r.code.length === 3 ? 'class' : r.code.length === 5 && def.codeKind === 'functional' ? 'kuan' : 'item',
      code: r.code,
      label: r.name,
    });
  });
  const classRows = data.rows.flatMap((r, i) => (r.code.length === 3 ? [first + i] : []));
  totalLine[2] = template ? sumOfRows(classRows) : data.total;
  const last = Math.max(CODE_TABLE_TOTAL_ROW, first + data.rows.length - 1);
  if (data.rows.length === 0 && def.emptyNote) grid.push([def.emptyNote, null, null]);
  const sheet: SheetPlan = {
    name,
    cells: [],
    styles: [
      { range: 'A1:C1', style: TITLE_STYLE },
      { range: 'A2:B2', style: SUBTITLE_LEFT },
      { range: 'C2', style: SUBTITLE_RIGHT },
      { range: 'A3:C3', style: HEADER_STYLE },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 1, last, 3), style: BODY_STYLE },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 1, last, 1), style: { ...CODE_STYLE, hAlign: 'left' } },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 2, last, 2), style: NAME_STYLE },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 3, last, 3), style: { numberFormat: WAN_FORMAT, hAlign: 'right' } },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 1, CODE_TABLE_TOTAL_ROW, 3), style: PARENT_STYLE },
      { range: rangeAddress(CODE_TABLE_TOTAL_ROW, 1, CODE_TABLE_TOTAL_ROW, 2), style: TOTAL_LABEL_STYLE },
      ...classRows.map((r) => ({ range: rangeAddress(r, 1, r, 3), style: PARENT_STYLE })),
    ],
    merges: ['A1:C1', 'A2:B2', rangeAddress(CODE_TABLE_TOTAL_ROW, 1, CODE_TABLE_TOTAL_ROW, 2)],
    columnWidths: [16, 36, 18],
    rowHeights: { 1: 30, 3: 24 },
    freeze: { rows: CODE_TABLE_HEADER_ROW, columns: 0 },
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${CODE_TABLE_HEADER_ROW}:${CODE_TABLE_HEADER_ROW}`,
      centerHorizontally: true,
    },
    conditionalFormats: [],
    layout: {
      tableId: def.id,
      title,
      unit: def.unit,
      headerRows: CODE_TABLE_HEADER_ROW,
      firstDataRow: CODE_TABLE_TOTAL_ROW,
      lastDataRow: last,
      columns: { total: 3 },
      rows,
    },
  };
  return { sheet, grid };
}
