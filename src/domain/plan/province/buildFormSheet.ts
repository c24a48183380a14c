import { cellAddress, parseRangeAddress, rangeAddress } from '../../a1';
import type { ProvinceBudget } from '../../model/provinceBudget';
import { canonLabel } from '../../read/province/readCell';
import type { FormCell, FormTableDef } from '../../templates/formTypes';
import type { SheetPlan, StyledRange } from '../sheetPlan';
import { BODY_STYLE, HEADER_STYLE, PARENT_STYLE, SUBTITLE_LEFT, SUBTITLE_RIGHT, TITLE_STYLE, WAN_FORMAT } from '../styles';
import { LazyCell, ProvincePlanContext } from './provincePlanContext';

const FIRST_HEADER_ROW = 3;

function shift(range: string, rows: number): string {
  const r = parseRangeAddress(range);
  return rangeAddress(r.r1 + rows, r.c1, r.r2 + rows, r.c2);
}

/**
 * A table of labelled figures, laid out as printed: header rows, side-by-side stacks of lines (a
 * list such as the 类 lines of the 收支总表 is one of them), then full-width footer rows. In a
 * template each figure with a `sumOf` is that sum as a formula, across sheets where it says so.
 */
export function buildFormSheet(
  def: FormTableDef,
  data: ProvinceBudget,
  title: string,
  ctx: ProvincePlanContext,
): { sheet: SheetPlan; grid: LazyCell[][] } {
  const name = def.sheetName;
  const values = data.forms[def.id] ?? {};
  const fieldDefs = new Map(def.fields.map((f) => [f.key, f]));
  const stackWidth = (s: FormTableDef['stacks'][number]) => ('list' in s ? 2 : (s.lines[0]?.length ?? 0));
  const width = Math.max(
    ...def.header.map((r) => r.length),
    ...def.footer.map((r) => r.length),
    def.stacks.reduce((n, s) => n + stackWidth(s), 0),
  );
  const listLines = (key: string) => {
    const printed = data.lists[def.id]?.[key];
    const listDef = def.lists?.find((l) => l.key === key);
    return printed ?? (listDef?.lines ?? []).map((label) => ({ label, amount: null }));
  };
  const bodyRows = Math.max(0, ...def.stacks.map((s) => ('list' in s ? listLines(s.list).length : s.lines.length)));
  const firstBody = FIRST_HEADER_ROW + def.header.length;
  const firstFooter = firstBody + bodyRows;
  const lastRow = firstFooter + def.footer.length - 1;
  const grid: LazyCell[][] = [];
  for (let r = 0; r < lastRow; r++) grid.push(new Array<LazyCell>(width).fill(null));
  const put = (row: number, col: number, v: LazyCell) => {
    const line = grid[row - 1];
    if (!line) throw new RangeError(`buildFormSheet: 第 ${row} 行超出表 ${def.id} 的范围`);
    line[col - 1] = v;
  };
  const figureCells: string[] = [];
  const template = ctx.mode === 'template';
  const place = (row: number, col: number, cell: FormCell) => {
    if (cell === null) return;
    if (typeof cell === 'string') return put(row, col, cell);
    const field = fieldDefs.get(cell.field);
    if (!field) throw new RangeError(`buildFormSheet: 表 ${def.id} 没有字段 ${cell.field}`);
    ctx.setField(def.id, field.key, { sheet: name, row, col });
    figureCells.push(cellAddress(row, col));
    const sumOf = field.sumOf;
    put(row, col, template && sumOf ? () => ctx.sumFormula(sumOf, def.id, name) : (values[field.key] ?? null));
  };

  put(1, 1, title);
  put(2, 1, `部门：${data.department}`);
  put(2, width, `单位：${def.unit}`);
  def.header.forEach((cells, i) => cells.forEach((c, j) => place(FIRST_HEADER_ROW + i, j + 1, c)));
  let col = 1;
  for (const stack of def.stacks) {
    if ('list' in stack) {
      const listDef = def.lists?.find((l) => l.key === stack.list);
      listLines(stack.list).forEach((line, i) => {
        const row = firstBody + i;
        put(row, col, line.label);
        figureCells.push(cellAddress(row, col + 1));
        const classTable = listDef?.atLeastClassesOf;
        const cls = classTable
          ? data.codeTables[classTable]?.rows.find((r) => r.code.length === 3 && canonLabel(r.name) === canonLabel(line.label))
          : undefined;
        // A 类 line is the 功能科目 table's 类 when all of it is 财政拨款; other funds have no table to sum from.
        const derivable = template && cls !== undefined && classTable !== undefined && (line.amount === null || line.amount === cls.amount);
        put(row, col + 1, derivable ? () => ctx.sumFormula([{ table: classTable, code: cls.code }], def.id, name) : line.amount);
      });
    } else stack.lines.forEach((cells, i) => cells.forEach((c, j) => place(firstBody + i, col + j, c)));
    col += stackWidth(stack);
  }
  def.footer.forEach((cells, i) => cells.forEach((c, j) => place(firstFooter + i, j + 1, c)));

  const headerEnd = firstBody - 1;
  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, width), style: TITLE_STYLE },
    { range: rangeAddress(2, 1, 2, Math.max(1, width - 1)), style: SUBTITLE_LEFT },
    { range: cellAddress(2, width), style: SUBTITLE_RIGHT },
    { range: rangeAddress(FIRST_HEADER_ROW, 1, headerEnd, width), style: HEADER_STYLE },
    { range: rangeAddress(firstBody, 1, lastRow, width), style: BODY_STYLE },
    ...figureCells.map((range) => ({ range, style: { numberFormat: WAN_FORMAT, hAlign: 'right' as const } })),
    ...(def.orientation === 'rows' && def.footer.length > 0
      ? [{ range: rangeAddress(firstFooter, 1, lastRow, width), style: PARENT_STYLE }]
      : []),
  ];
  const sheet: SheetPlan = {
    name,
    cells: [],
    styles,
    merges: [
      rangeAddress(1, 1, 1, width),
      ...(width > 2 ? [rangeAddress(2, 1, 2, width - 1)] : []),
      ...def.headerMerges.map((m) => shift(m, FIRST_HEADER_ROW - 1)),
      ...def.footerMerges.map((m) => shift(m, firstFooter - 1)),
    ],
    columnWidths: def.columnWidths,
    rowHeights: { 1: 30 },
    freeze: { rows: headerEnd, columns: 0 },
    print: {
      orientation: width > 5 ? 'landscape' : 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${FIRST_HEADER_ROW}:${headerEnd}`,
      centerHorizontally: true,
    },
    conditionalFormats: [],
  };
  return { sheet, grid };
}
