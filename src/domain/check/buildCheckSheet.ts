import { cellAddress, parseCellAddress, rangeAddress, sheetRef } from '../a1';
import { detachedText } from '../detachedText';
import type { PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import { BODY_STYLE, HEADER_STYLE, NAME_STYLE, SUBTITLE_LEFT, TITLE_STYLE } from '../plan/styles';
import type { ParsedWorkbook } from '../read/parsedTables';
import { CHECK_SHEET_NAME } from '../read/tableTitles';
import { ArithmeticCheck, Evaluation, evaluateCheck, Term } from './arithmetic';
import { CheckContext, checkContext } from './checkContext';
import { ARITHMETIC_RULES } from './rules';

// The 校验 sheet: every arithmetic check as live formulas over the tables' own cells, so the
// workbook keeps checking itself in Excel, WPS or LibreOffice without the add-in.

export { CHECK_SHEET_NAME };

/** Verdict words on the sheet, as the IF formulas write them. */
export const VERDICT_ZH = { pass: '通过', rounding: '尾差', fail: '不平' } as const;

export const CHECK_SHEET_FIRST_ROW = 5;
/** Columns: A 序号, B 校验内容, C 左方, D 右方, E 差额, F 允许尾差, G 结果, H 位置. */
export const CHECK_SHEET_COLUMNS = {
  index: 1,
  description: 2,
  left: 3,
  right: 4,
  difference: 5,
  tolerance: 6,
  status: 7,
  location: 8,
} as const;

export interface CheckSheetRow {
  /** 1-based row on the 校验 sheet. */
  readonly row: number;
  readonly check: ArithmeticCheck;
  /** The engine's evaluation of the same check: its verdict is what the status formula must show. */
  readonly evaluation: Evaluation;
}

export interface CheckSheetLayout {
  readonly sections: ReadonlyArray<{ readonly row: number; readonly rule: string; readonly title: string }>;
  readonly rows: readonly CheckSheetRow[];
  readonly lastRow: number;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];
// Excel allows 255 arguments per function; stay well below.
const MAX_ARGS = 200;

/** Where each check goes on the sheet, and the engine's verdict for it. */
export function checkSheetLayout(parsed: ParsedWorkbook, ctx: CheckContext = checkContext(parsed)): CheckSheetLayout {
  const rows: CheckSheetRow[] = [];
  const { sections, lastRow } = placeChecks(parsed, ctx, (row, check) => rows.push({ row, check, evaluation: evaluateCheck(check) }));
  return { sections, rows, lastRow };
}

/** Sections and rows in sheet order; each check is handed to `place` with its row (no object per row). */
function placeChecks(
  parsed: ParsedWorkbook,
  ctx: CheckContext,
  place: (row: number, check: ArithmeticCheck) => void,
): Omit<CheckSheetLayout, 'rows'> & { readonly count: number } {
  const sections: Array<{ row: number; rule: string; title: string }> = [];
  let r = CHECK_SHEET_FIRST_ROW;
  for (const rule of ARITHMETIC_RULES) {
    const checks = rule.checks(parsed, ctx);
    if (checks.length === 0) continue;
    sections.push({ row: r++, rule: rule.id, title: `${ORDINALS[sections.length] ?? sections.length + 1}、${rule.description}` });
    for (const check of checks) place(r++, check);
  }
  return { sections, lastRow: r - 1, count: r - CHECK_SHEET_FIRST_ROW - sections.length };
}

/**
 * "E12" → its column letters' length (the row starts there), or the strict parser's reading for
 * unusual forms. No regex and no object: the sheet has hundreds of thousands of terms.
 */
function lettersEnd(addr: string): number {
  let i = 0;
  while (i < addr.length) {
    const c = addr.charCodeAt(i);
    if (c < 65 || c > 90) break;
    i++;
  }
  return i;
}

/** The row of a plain "E12" address, or NaN for any other form. */
function plainRow(addr: string, end: number): number {
  if (end === 0 || end === addr.length) return NaN;
  let row = 0;
  for (let i = end; i < addr.length; i++) {
    const c = addr.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    row = row * 10 + c - 48;
  }
  return row >= 1 ? row : NaN;
}

const quoted = new Map<string, string>();
/** 'Sheet'! prefix, quoted once per sheet name. */
function sheetPrefix(sheet: string): string {
  let p = quoted.get(sheet);
  if (p === undefined) {
    p = sheetRef(sheet, '');
    // Copies: the memo outlives the workbook whose XML the name may be a slice of (see detachedText).
    quoted.set(detachedText(sheet), detachedText(p));
  }
  return p;
}

/** Adjacent cells of one column on one sheet become a range: fewer arguments, shorter formulas. */
function compress(refs: readonly Term[]): string[] {
  const out: string[] = [];
  // The run being built: its first term, its column letters, and its first and last rows.
  let start: Term | null = null;
  let letters = '';
  let firstRow = 0;
  let lastRow = 0;
  const flush = () => {
    if (start) out.push(sheetPrefix(start.sheet) + (lastRow !== firstRow ? `${letters}${firstRow}:${letters}${lastRow}` : start.cell));
  };
  for (const t of refs) {
    const end = lettersEnd(t.cell);
    let row = plainRow(t.cell, end);
    let col: string;
    if (Number.isNaN(row)) {
      // Unusual forms ("$E$12", lower case): the strict parser, and the canonical letters.
      const p = parseCellAddress(t.cell);
      row = p.row;
      col = cellAddress(1, p.col).slice(0, -1);
    } else col = t.cell.slice(0, end);
    if (start && t.sheet === start.sheet && col === letters && row === lastRow + 1) {
      lastRow = row;
      continue;
    }
    flush();
    start = t;
    letters = col;
    firstRow = lastRow = row;
  }
  flush();
  return out;
}

/** One side of a check as an expression in 元: SUM over the cells (blanks and stray text count 0). */
export function sideExpression(terms: readonly Term[]): string {
  // The common side: figures in 元 stored as numbers, at most MAX_ARGS ranges.
  if (terms.every((t) => t.unit === '元' && !t.text)) {
    if (terms.length === 0) return '0';
    const refs = compress(terms);
    if (refs.length <= MAX_ARGS) return `SUM(${refs.join(',')})`;
  }
  const parts: string[] = [];
  for (const unit of ['元', '万元'] as const) {
    const scale = unit === '万元' ? '*10000' : '';
    const numeric: Term[] = [];
    const text: Term[] = [];
    for (const t of terms) if (t.unit === unit) (t.text ? text : numeric).push(t);
    const refs = compress(numeric);
    for (let i = 0; i < refs.length; i += MAX_ARGS) parts.push(`SUM(${refs.slice(i, i + MAX_ARGS).join(',')})${scale}`);
    // Numbers stored as text ("1,234,567") are converted the way the reader converted them.
    for (const t of text) parts.push(`VALUE(SUBSTITUTE(TRIM(${sheetPrefix(t.sheet)}${t.cell}),",",""))${scale}`);
  }
  return parts.length === 0 ? '0' : parts.join('+');
}

// The 校验 sheet's own column letters, once.
const LEFT = cellAddress(1, CHECK_SHEET_COLUMNS.left).slice(0, -1);
const RIGHT = cellAddress(1, CHECK_SHEET_COLUMNS.right).slice(0, -1);
const DIFFERENCE = cellAddress(1, CHECK_SHEET_COLUMNS.difference).slice(0, -1);
const TOLERANCE = cellAddress(1, CHECK_SHEET_COLUMNS.tolerance).slice(0, -1);

/** Doubles the quotes of text put inside a formula's string literal. */
function quoteText(s: string): string {
  return s.includes('"') ? s.replace(/"/g, '""') : s;
}

function statusFormula(check: ArithmeticCheck, row: number): string {
  const d = `${DIFFERENCE}${row}`;
  const tol = `${TOLERANCE}${row}`;
  const { pass, rounding, fail } = VERDICT_ZH;
  // An inequality with a tolerance allows for a side printed rounded (三公 in 万元 to 2 decimals).
  const margin = check.tolerance > 0;
  if (check.relation === 'ge') return `=IF(ROUND(${d},2)>=${margin ? `-${tol}` : '0'},"${pass}","${fail}")`;
  if (check.relation === 'le') return `=IF(ROUND(${d},2)<=${margin ? tol : '0'},"${pass}","${fail}")`;
  return `=IF(ROUND(ABS(${d}),2)=0,"${pass}",IF(ROUND(ABS(${d}),2)<=${tol},"${rounding}","${fail}"))`;
}

/** The 校验 sheet for a parsed workbook. */
export function buildCheckSheet(parsed: ParsedWorkbook, ctx: CheckContext = checkContext(parsed)): SheetPlan {
  const C = CHECK_SHEET_COLUMNS;
  const lastCol = C.location;
  const grid: PlanCell[][] = [];
  const set = (r: number, c: number, v: PlanCell) => {
    while (grid.length < r) grid.push(new Array<PlanCell>(lastCol).fill(null));
    const line = grid[r - 1];
    if (line) line[c - 1] = v;
  };
  // The checks' rows as they are placed, without a layout object per row (a sheet has hundreds of thousands).
  let index = 0;
  const layout = placeChecks(parsed, ctx, (row, check) => {
    set(row, C.index, ++index);
    set(row, C.description, check.description);
    set(row, C.left, `=${sideExpression(check.left)}`);
    set(row, C.right, `=${sideExpression(check.right)}`);
    set(row, C.difference, `=${LEFT}${row}-${RIGHT}${row}`);
    if (check.relation === 'eq' || check.tolerance > 0) set(row, C.tolerance, check.tolerance / 100);
    set(row, C.status, statusFormula(check, row));
    const target = `#${sheetPrefix(check.at.sheet)}${check.at.cell}`;
    set(row, C.location, `=HYPERLINK("${quoteText(target)}","${quoteText(`${check.at.sheet}!${check.at.cell}`)}")`);
  });
  const lastRow = Math.max(layout.lastRow, CHECK_SHEET_FIRST_ROW);
  while (grid.length < lastRow) grid.push(new Array<PlanCell>(lastCol).fill(null));
  const status = rangeAddress(CHECK_SHEET_FIRST_ROW, C.status, lastRow, C.status);
  set(1, 1, `${parsed.year ?? ''}年部门预算自动校验`.replace(/^年/, ''));
  set(2, 1, '结果汇总');
  set(2, 2, `="不平 "&COUNTIF(${status},"不平")&" 项；尾差 "&COUNTIF(${status},"尾差")&" 项；通过 "&COUNTIF(${status},"通过")&" 项"`);
  set(3, 1, '说明');
  set(
    3,
    2,
    '左方、右方是对各表单元格的实时引用（元）；差额 = 左方 − 右方；差额不超过“允许尾差”（每个汇总的下级 1 元，万元表 0.01 万元）为尾差，超过为不平。改动各表数字后本表自动重算。',
  );
  ['序号', '校验内容', '左方（元）', '右方（元）', '差额（元）', '允许尾差（元）', '结果', '位置'].forEach((h, i) => set(4, i + 1, h));

  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, lastCol), style: TITLE_STYLE },
    { range: rangeAddress(2, 1, 3, 1), style: { ...SUBTITLE_LEFT, bold: true } },
    { range: rangeAddress(2, 2, 3, lastCol), style: { ...SUBTITLE_LEFT, wrap: true } },
    { range: rangeAddress(4, 1, 4, lastCol), style: HEADER_STYLE },
  ];
  const merges = [rangeAddress(1, 1, 1, lastCol), rangeAddress(2, 2, 2, lastCol), rangeAddress(3, 2, 3, lastCol)];
  for (const s of layout.sections) {
    set(s.row, C.description, s.title);
    merges.push(rangeAddress(s.row, C.description, s.row, lastCol));
    styles.push({ range: rangeAddress(s.row, 1, s.row, lastCol), style: { ...BODY_STYLE, bold: true, fill: '#DDEBF7' } });
  }
  if (layout.count > 0) {
    const first = CHECK_SHEET_FIRST_ROW;
    styles.push(
      { range: rangeAddress(first, 1, lastRow, lastCol), style: { ...BODY_STYLE } },
      { range: rangeAddress(first, C.description, lastRow, C.description), style: { ...NAME_STYLE, wrap: true } },
      { range: rangeAddress(first, C.left, lastRow, C.tolerance), style: { numberFormat: '#,##0.00;-#,##0.00;0', hAlign: 'right' } },
      { range: rangeAddress(first, C.status, lastRow, C.status), style: { hAlign: 'center', bold: true } },
      { range: rangeAddress(first, C.location, lastRow, C.location), style: { fontColor: '#0563C1' } },
    );
    for (const s of layout.sections)
      styles.push({ range: rangeAddress(s.row, 1, s.row, lastCol), style: { ...BODY_STYLE, bold: true, fill: '#DDEBF7', hAlign: 'left' } });
  }
  const topLeft = cellAddress(CHECK_SHEET_FIRST_ROW, C.status);
  return {
    name: CHECK_SHEET_NAME,
    cells: grid,
    styles,
    merges,
    columnWidths: [6, 70, 18, 18, 14, 13, 8, 30],
    rowHeights: { 1: 28, 3: 30, 4: 30 },
    freeze: { rows: 4, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '4:4', centerHorizontally: true },
    conditionalFormats:
      layout.count === 0
        ? []
        : [
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.fail}"`, fill: '#FFC7CE', fontColor: '#9C0006' },
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.rounding}"`, fill: '#FFEB9C', fontColor: '#9C5700' },
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.pass}"`, fill: '#C6EFCE', fontColor: '#006100' },
          ],
    tab: { color: '#2F75B5' },
  };
}
