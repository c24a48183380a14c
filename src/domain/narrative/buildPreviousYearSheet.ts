import { GENERATED_SHEET_NAMES } from '../read/tableTitles';
import { cellAddress, rangeAddress } from '../a1';
import type { CellStyle, PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';
import { INPUT_FILL } from './buildMaterialsSheet';
import { PREVIOUS_LINES, type PreviousYearFigures } from './previousYear';

// The 上年数 sheet: last year's published figures, typed in once, so the 编制说明 can say
// "比2023年预算增加…". 收入/支出 and 类 in 元 like the budget tables; 三公 in 万元 like the 三公 table.

export const PREVIOUS_SHEET = GENERATED_SHEET_NAMES.previous;
export const PREVIOUS_YEAR_LABEL = '上年年度';
export const PREVIOUS_SECTIONS = {
  budget: '一、收入和支出（单位：元）',
  classes: '二、财政拨款支出按功能分类科目（单位：元；执行数仅在编制说明与上年执行数比较时填写）',
  sangong: '三、“三公”经费和机关运行经费（单位：万元）',
} as const;
export const PREVIOUS_HEADER = ['科目编码', '项目', '上年预算数'] as const;
export const PREVIOUS_CODE_HEADER = ['科目编码', '科目名称', '上年预算数', '上年当年预算执行数'] as const;

const LABEL: CellStyle = { fontSize: 10, border: true, vAlign: 'middle', numberFormat: '@' };
const INPUT: CellStyle = { fontSize: 10, border: true, fill: INPUT_FILL, hAlign: 'right', vAlign: 'middle' };
const SECTION: CellStyle = { bold: true, fontSize: 11, fill: '#DDEBF7', vAlign: 'middle' };
const HEADER: CellStyle = { bold: true, fontSize: 10, hAlign: 'center', vAlign: 'middle', border: true, fill: '#F2F2F2' };

export interface PreviousYearSheetOptions {
  /** Last year (the budget year minus one). */
  readonly year?: number;
  /** Figures to lay in. */
  readonly figures?: PreviousYearFigures;
  /** This year's 类 (and 款/项 when the list is written at that level), listed so last year's figure can be typed beside each. */
  readonly classes?: ReadonlyArray<{ readonly code: string; readonly name: string }>;
}

export function buildPreviousYearSheet(options: PreviousYearSheetOptions = {}): SheetPlan {
  const rows: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const add = (cells: PlanCell[]): number => {
    rows.push([...cells, null, null, null, null].slice(0, 4));
    return rows.length;
  };
  const style = (range: string, s: CellStyle) => styles.push({ range, style: s });
  const f = options.figures;
  const year = options.year ?? f?.year ?? null;

  const title = add([year !== null ? `${year}年预算数（编制说明比较用）` : '上年预算数（编制说明比较用）']);
  merges.push(rangeAddress(title, 1, title, 3));
  style(rangeAddress(title, 1, title, 3), { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' });
  heights[title] = 28;
  const yr = add([PREVIOUS_YEAR_LABEL, year]);
  style(cellAddress(yr, 1), LABEL);
  style(cellAddress(yr, 2), { ...INPUT, numberFormat: '0' });
  const note = add(['按上年部门预算公开数填写；留空的项目，编制说明中不写与上年的比较。']);
  merges.push(rangeAddress(note, 1, note, 3));
  style(rangeAddress(note, 1, note, 3), { fontSize: 9, fontColor: '#7F7F7F', wrap: true });
  heights[note] = 24;

  const section = (text: string, header: readonly string[]) => {
    add([]);
    const s = add([text]);
    merges.push(rangeAddress(s, 1, s, 4));
    style(rangeAddress(s, 1, s, 4), SECTION);
    const h = add([...header]);
    style(rangeAddress(h, 1, h, header.length), HEADER);
  };
  const line = (code: string | null, label: string, value: number | null, format: string, executed?: number | null) => {
    const r = add([code, label, value, executed ?? null]);
    style(rangeAddress(r, 1, r, 2), LABEL);
    style(rangeAddress(r, 3, r, executed === undefined ? 3 : 4), { ...INPUT, numberFormat: format });
  };

  section(PREVIOUS_SECTIONS.budget, PREVIOUS_HEADER);
  for (const l of PREVIOUS_LINES.filter((x) => x.section === 'budget')) {
    const fen = f?.amounts[l.key]?.fen;
    line(null, l.label, fen === undefined ? null : fen / 100, '#,##0.00');
  }

  section(PREVIOUS_SECTIONS.classes, PREVIOUS_CODE_HEADER);
  const codes = [
    ...new Set([...(options.classes ?? []).map((c) => c.code), ...Object.keys(f?.classes ?? {}), ...Object.keys(f?.executed ?? {})]),
  ].sort();
  for (const code of codes) {
    const name = options.classes?.find((c) => c.code === code)?.name ?? f?.classes[code]?.name ?? '';
    const fen = f?.classes[code]?.fen;
    const executed = f?.executed?.[code]?.fen;
    line(code, name, fen === undefined ? null : fen / 100, '#,##0.00', executed === undefined ? null : executed / 100);
  }
  if (codes.length === 0)
    for (let i = 0; i < 5; i++) {
      const r = add([null, null, null, null]);
      style(rangeAddress(r, 1, r, 2), { ...INPUT, hAlign: 'left', numberFormat: '@' });
      style(rangeAddress(r, 3, r, 4), { ...INPUT, numberFormat: '#,##0.00' });
    }

  section(PREVIOUS_SECTIONS.sangong, PREVIOUS_HEADER);
  for (const l of PREVIOUS_LINES.filter((x) => x.section === 'sangong')) {
    const fen = f?.amounts[l.key]?.fen;
    line(null, l.label, fen === undefined ? null : Number((fen / 1_000_000).toFixed(6)), '#,##0.00');
  }

  return {
    name: PREVIOUS_SHEET,
    cells: rows,
    styles,
    merges,
    columnWidths: [12, 36, 18, 18],
    rowHeights: heights,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    conditionalFormats: [],
    tab: { color: '#A9D08E' },
  };
}
