// Verbatim copy of src/domain/check/buildCheckSheet.ts before issue 16 (imports re-pointed), so the
// benchmark measures the old and the new 校验 sheet builder side by side in one run.
import { cellAddress, parseCellAddress, rangeAddress, sheetRef } from '../../src/domain/a1';
import type { PlanCell, SheetPlan, StyledRange } from '../../src/domain/plan/sheetPlan';
import { BODY_STYLE, HEADER_STYLE, NAME_STYLE, SUBTITLE_LEFT, TITLE_STYLE } from '../../src/domain/plan/styles';
import type { ParsedWorkbook } from '../../src/domain/read/parsedTables';
import { CHECK_SHEET_NAME } from '../../src/domain/read/tableTitles';
import { ArithmeticCheck, Evaluation, evaluateCheck, Term } from '../../src/domain/check/arithmetic';
import { CheckContext, checkContext } from '../../src/domain/check/checkContext';
import { ARITHMETIC_RULES } from '../../src/domain/check/rules';

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
  const sections: Array<{ row: number; rule: string; title: string }> = [];
  const rows: CheckSheetRow[] = [];
  let r = CHECK_SHEET_FIRST_ROW;
  ARITHMETIC_RULES.forEach((rule) => {
    const checks = rule.checks(parsed, ctx);
    if (checks.length === 0) return;
    sections.push({ row: r++, rule: rule.id, title: `${ORDINALS[sections.length] ?? sections.length + 1}、${rule.description}` });
    for (const check of checks) rows.push({ row: r++, check, evaluation: evaluateCheck(check) });
  });
  return { sections, rows, lastRow: r - 1 };
}

/** Adjacent cells of one column on one sheet become a range: fewer arguments, shorter formulas. */
function compress(refs: readonly Term[]): string[] {
  const parsed = refs.map((t) => ({ t, ...parseCellAddress(t.cell) }));
  const out: string[] = [];
  let i = 0;
  while (i < parsed.length) {
    const start = parsed[i]!;
    let j = i;
    while (
      j + 1 < parsed.length &&
      parsed[j + 1]!.t.sheet === start.t.sheet &&
      parsed[j + 1]!.col === start.col &&
      parsed[j + 1]!.row === parsed[j]!.row + 1
    )
      j++;
    const end = parsed[j]!;
    out.push(sheetRef(start.t.sheet, j > i ? rangeAddress(start.row, start.col, end.row, end.col) : start.t.cell));
    i = j + 1;
  }
  return out;
}

/** One side of a check as an expression in 元: SUM over the cells (blanks and stray text count 0). */
export function sideExpression(terms: readonly Term[]): string {
  const parts: string[] = [];
  for (const unit of ['元', '万元'] as const) {
    const scale = unit === '万元' ? '*10000' : '';
    const numeric = terms.filter((t) => t.unit === unit && !t.text);
    const refs = compress(numeric);
    for (let i = 0; i < refs.length; i += MAX_ARGS) parts.push(`SUM(${refs.slice(i, i + MAX_ARGS).join(',')})${scale}`);
    // Numbers stored as text ("1,234,567") are converted the way the reader converted them.
    for (const t of terms.filter((x) => x.unit === unit && x.text))
      parts.push(`VALUE(SUBSTITUTE(TRIM(${sheetRef(t.sheet, t.cell)}),",",""))${scale}`);
  }
  return parts.length === 0 ? '0' : parts.join('+');
}

function statusFormula(check: ArithmeticCheck, row: number): string {
  const d = cellAddress(row, CHECK_SHEET_COLUMNS.difference);
  const tol = cellAddress(row, CHECK_SHEET_COLUMNS.tolerance);
  const { pass, rounding, fail } = VERDICT_ZH;
  if (check.relation === 'ge') return `=IF(ROUND(${d},2)>=0,"${pass}","${fail}")`;
  if (check.relation === 'le') return `=IF(ROUND(${d},2)<=0,"${pass}","${fail}")`;
  return `=IF(ROUND(ABS(${d}),2)=0,"${pass}",IF(ROUND(ABS(${d}),2)<=${tol},"${rounding}","${fail}"))`;
}

/** The 校验 sheet for a parsed workbook. */
export function buildCheckSheet(parsed: ParsedWorkbook, ctx: CheckContext = checkContext(parsed)): SheetPlan {
  const layout = checkSheetLayout(parsed, ctx);
  const C = CHECK_SHEET_COLUMNS;
  const lastCol = C.location;
  const lastRow = Math.max(layout.lastRow, CHECK_SHEET_FIRST_ROW);
  const grid: PlanCell[][] = Array.from({ length: lastRow }, () => new Array<PlanCell>(lastCol).fill(null));
  const set = (r: number, c: number, v: PlanCell) => {
    grid[r - 1]![c - 1] = v;
  };
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
  layout.rows.forEach(({ row, check }, i) => {
    set(row, C.index, i + 1);
    set(row, C.description, check.description);
    set(row, C.left, `=${sideExpression(check.left)}`);
    set(row, C.right, `=${sideExpression(check.right)}`);
    set(row, C.difference, `=${cellAddress(row, C.left)}-${cellAddress(row, C.right)}`);
    if (check.relation === 'eq') set(row, C.tolerance, check.tolerance / 100);
    set(row, C.status, statusFormula(check, row));
    const target = `#${sheetRef(check.at.sheet, check.at.cell)}`;
    set(row, C.location, `=HYPERLINK("${target.replace(/"/g, '""')}","${`${check.at.sheet}!${check.at.cell}`.replace(/"/g, '""')}")`);
  });
  if (layout.rows.length > 0) {
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
      layout.rows.length === 0
        ? []
        : [
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.fail}"`, fill: '#FFC7CE', fontColor: '#9C0006' },
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.rounding}"`, fill: '#FFEB9C', fontColor: '#9C5700' },
            { range: status, formula: `=${topLeft}="${VERDICT_ZH.pass}"`, fill: '#C6EFCE', fontColor: '#006100' },
          ],
    tab: { color: '#2F75B5' },
  };
}
