import { cellAddress, rangeAddress, sheetRef } from '../a1';
import { SEVERITY_ZH } from '../findings/finding';
import type { Finding } from '../findings/finding';
import type { CellStyle, PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import { BODY_STYLE, HEADER_STYLE, SUBTITLE_LEFT, TEXT_FORMAT, TITLE_STYLE, YUAN_CENTS_FORMAT } from '../plan/styles';
import type { OverlayUndo } from '../port/workbookPort';
import type { Change, Comparison } from './change';
import { CHANGE_COLORS, CHANGE_LEGEND, highlightKind, REMOVED_LEGEND } from './changeOverlay';
import type { FindingsDiff } from './compareFindings';
import { describeChange, describeTable } from './describeChange';

export const CHANGE_SHEET = '修改对照';
export const CHANGE_SHEET_TITLE = '修改对照：报送稿与财政局返回稿';
/** Heading of the section recording the fills the highlight replaced (read back by `undoFromChangeSheet`). */
export const UNDO_SECTION_TITLE = '高亮还原记录（“清除修改高亮”按此恢复原底色，请勿修改）';
export const NO_FILL = '无';

const COLUMNS = ['序号', '表', '科目编码', '科目名称', '列', '修改类型', '修改前(元)', '修改后(元)', '差额(元)', '位置', '说明'] as const;
const WIDTHS = [6, 24, 9, 28, 13, 10, 15, 15, 15, 8, 56] as const;
const LINE_HEIGHT = 13.5;
const LAST_COL = COLUMNS.length;
const GROUP_FILL = '#F2F2F2';
const WHOLE_YUAN_FORMAT = '#,##0;-#,##0;0';

export interface ChangeSheetOptions {
  /** How the two files are named for the reader ("报送稿.xlsx"). */
  readonly submittedLabel?: string;
  readonly returnedLabel?: string;
  /** The checks on both workbooks side by side, when the checker ran. */
  readonly checks?: FindingsDiff;
  /** The fills the highlight replaced: written down so the highlight can be removed later. */
  readonly undo?: OverlayUndo;
  readonly sheetName?: string;
}

/** `=HYPERLINK("#'Sheet'!E7","E7")`: a click in 修改对照 jumps to the changed cell. */
export function hyperlinkFormula(sheet: string, cell: string): string {
  const target = `#${sheetRef(sheet, cell)}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${cell}")`;
}

export function changeTypeLabel(c: Change): string {
  if (c.kind === 'added') return '新增';
  if (c.kind === 'removed') return '删除';
  if (c.kind === 'renamed') return '改名';
  if (c.formulaChange === 'formula→value') return '公式→数值';
  if (c.formulaChange === 'value→formula') return '数值→公式';
  return '修改';
}

/** The 修改对照 sheet: every change with a link to its cell, grouped by table, then the checks side by side. */
/** Lines a text takes in a column of `width` characters (a CJK character is two). */
function linesFor(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) <= 0xff ? 1 : 2;
  return Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
}

interface Grid {
  readonly rows: PlanCell[][];
  readonly heights: Record<number, number>;
  readonly styles: StyledRange[];
  readonly merges: string[];
  push(cells: PlanCell[]): number;
  fullRow(text: string, style?: CellStyle): number;
}

function grid(): Grid {
  const g: Grid = {
    rows: [],
    heights: {},
    styles: [],
    merges: [],
    push(cells) {
      const r = new Array<PlanCell>(LAST_COL).fill(null);
      cells.forEach((v, i) => (r[i] = v));
      g.rows.push(r);
      return g.rows.length;
    },
    fullRow(text, style = SUBTITLE_LEFT) {
      const r = g.push([text]);
      g.merges.push(rangeAddress(r, 1, r, LAST_COL));
      g.styles.push({ range: rangeAddress(r, 1, r, LAST_COL), style });
      return r;
    },
  };
  return g;
}

/** The 修改对照 sheet: every change with a link to its cell, grouped by table, then the checks side by side. */
export function buildChangeSheet(comparison: Comparison, options: ChangeSheetOptions = {}): SheetPlan {
  const g = grid();
  const { styles, merges } = g;

  g.fullRow(CHANGE_SHEET_TITLE, TITLE_STYLE);
  const files = [
    options.submittedLabel ? `报送稿：${options.submittedLabel}` : '',
    options.returnedLabel ? `返回稿：${options.returnedLabel}` : '',
  ]
    .filter(Boolean)
    .join('　');
  g.fullRow(
    `${files ? `${files}　` : ''}共 ${comparison.changes.length} 处修改，涉及 ${comparison.tables.length} 张表。点“位置”列的单元格地址可跳到返回稿中的该单元格。`,
  );

  // Legend: a coloured cell and what it means.
  const legendHead = g.push(['图例']);
  styles.push({ range: cellAddress(legendHead, 1), style: { bold: true } });
  for (const item of CHANGE_LEGEND) {
    const r = g.push([null, item.label]);
    styles.push({ range: cellAddress(r, 1), style: { fill: item.color, border: true } });
    merges.push(rangeAddress(r, 2, r, LAST_COL));
  }
  const removedRow = g.push(['—', REMOVED_LEGEND]);
  merges.push(rangeAddress(removedRow, 2, removedRow, LAST_COL));
  styles.push({ range: cellAddress(removedRow, 1), style: { hAlign: 'center' } });
  g.push([]);

  const headerRow = g.push([...COLUMNS]);
  styles.push({ range: rangeAddress(headerRow, 1, headerRow, LAST_COL), style: HEADER_STYLE });
  const amountFen: number[] = [];
  let n = 0;
  const firstBodyRow = headerRow + 1;
  if (comparison.changes.length === 0) g.fullRow('未发现修改：返回稿的各表与报送稿一致。', { ...BODY_STYLE, hAlign: 'left' });
  for (const table of comparison.tables) {
    g.fullRow(describeTable(table), { bold: true, fill: GROUP_FILL, border: true, hAlign: 'left' });
    for (const c of table.changes) {
      n++;
      const renamed = c.kind === 'renamed';
      const r = g.push([
        n,
        c.sheet,
        c.code !== null && /^\d+$/.test(c.code) ? c.code : null,
        c.name,
        c.columnLabel,
        changeTypeLabel(c),
        renamed ? c.nameBefore : c.before === null ? null : c.before / 100,
        renamed ? c.nameAfter : c.after === null ? null : c.after / 100,
        c.difference === null || renamed ? null : c.difference / 100,
        c.cell !== null ? hyperlinkFormula(c.sheet, c.cell) : `原 ${c.submittedCell ?? ''}`,
        describeChange(c),
      ]);
      const lines = linesFor(describeChange(c), WIDTHS[10]);
      if (lines > 1) g.heights[r] = lines * LINE_HEIGHT;
      for (const v of [c.before, c.after, c.difference]) if (v !== null) amountFen.push(v);
      const kind = highlightKind(c);
      if (kind) styles.push({ range: cellAddress(r, 6), style: { fill: CHANGE_COLORS[kind] } });
      if (c.cell !== null) styles.push({ range: cellAddress(r, 10), style: { fontColor: '#0563C1' } });
    }
  }
  const lastBodyRow = g.rows.length;
  if (lastBodyRow >= firstBodyRow) {
    styles.unshift(
      { range: rangeAddress(firstBodyRow, 1, lastBodyRow, LAST_COL), style: BODY_STYLE },
      { range: rangeAddress(firstBodyRow, 1, lastBodyRow, 1), style: { hAlign: 'center' } },
      { range: rangeAddress(firstBodyRow, 3, lastBodyRow, 3), style: { numberFormat: TEXT_FORMAT, hAlign: 'center' } },
      {
        range: rangeAddress(firstBodyRow, 7, lastBodyRow, 9),
        style: { numberFormat: amountFen.some((v) => v % 100 !== 0) ? YUAN_CENTS_FORMAT : WHOLE_YUAN_FORMAT, hAlign: 'right' },
      },
      { range: rangeAddress(firstBodyRow, 11, lastBodyRow, 11), style: { wrap: true } },
    );
  }

  if (comparison.findings.length > 0) {
    g.push([]);
    g.fullRow('未能比对的内容', { bold: true });
    for (const f of comparison.findings) g.fullRow(f.message);
  }

  if (options.checks) writeChecks(g, options.checks);

  if (options.undo && options.undo.fills.length > 0) {
    g.push([]);
    g.fullRow(UNDO_SECTION_TITLE, { bold: true, fontColor: '#808080' });
    const h = g.push([null, '工作表', '单元格', '原底色', '原填充格式']);
    styles.push({ range: rangeAddress(h, 2, h, 5), style: { bold: true, fontColor: '#808080' } });
    // The host's own record of the fill (theme colours, patterns) rides along so it comes back exactly.
    for (const f of options.undo.fills)
      g.push([null, f.sheet, f.range, f.color ?? NO_FILL, f.original === undefined ? null : JSON.stringify(f.original)]);
    styles.push({ range: rangeAddress(h + 1, 2, g.rows.length, 5), style: { fontColor: '#808080', numberFormat: TEXT_FORMAT } });
  }

  return {
    name: options.sheetName ?? CHANGE_SHEET,
    cells: g.rows,
    styles,
    merges,
    columnWidths: WIDTHS,
    rowHeights: { 1: 28, ...g.heights },
    freeze: { rows: headerRow, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
    conditionalFormats: [],
    tab: { color: CHANGE_COLORS.changed },
  };
}

function writeChecks(g: Grid, checks: FindingsDiff): void {
  g.push([]);
  g.fullRow(
    `校验结果对照（报送稿 → 返回稿）：返回稿新出现 ${checks.broken.length} 个问题，已解决 ${checks.fixed.length} 个，仍存在 ${checks.unchanged.length} 个`,
    { bold: true },
  );
  const h = g.push(['状态', '工作表', '科目编码', '说明', null, null, null, null, null, '位置', '严重程度']);
  g.merges.push(rangeAddress(h, 4, h, 9));
  g.styles.push({ range: rangeAddress(h, 1, h, LAST_COL), style: HEADER_STYLE });
  const groups: Array<[string, readonly Finding[], string | null]> = [
    ['新出现', checks.broken, CHANGE_COLORS.formula],
    ['已解决', checks.fixed, CHANGE_COLORS.added],
    ['仍存在', checks.unchanged, null],
  ];
  for (const [label, list, fill] of groups) {
    for (const f of list) {
      // Fixed findings point into the submitted workbook: no link into this one.
      const link = label !== '已解决' && f.sheet && f.cell ? hyperlinkFormula(f.sheet, f.cell) : f.cell ? `原 ${f.cell}` : null;
      const r = g.push([label, f.sheet ?? null, f.code ?? null, f.message, null, null, null, null, null, link, SEVERITY_ZH[f.severity]]);
      g.merges.push(rangeAddress(r, 4, r, 9));
      const lines = linesFor(
        f.message,
        WIDTHS.slice(3, 9).reduce((a, b) => a + b, 0),
      );
      if (lines > 1) g.heights[r] = lines * LINE_HEIGHT;
      g.styles.push({ range: rangeAddress(r, 1, r, LAST_COL), style: BODY_STYLE }, { range: cellAddress(r, 4), style: { wrap: true } });
      if (fill) g.styles.push({ range: cellAddress(r, 1), style: { fill } });
    }
  }
}
