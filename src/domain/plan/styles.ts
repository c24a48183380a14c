import type { CellStyle } from './sheetPlan';

// The look of the published tables: 宋体-like plain grid, bold headers, amounts right-aligned.

export const YUAN_FORMAT = '#,##0;-#,##0;';
export const YUAN_CENTS_FORMAT = '#,##0.00;-#,##0.00;';
export const WAN_FORMAT = '#,##0.00;-#,##0.00;';
export const TEXT_FORMAT = '@';

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' };
export const SUBTITLE_LEFT: CellStyle = { fontSize: 10, hAlign: 'left', vAlign: 'middle' };
export const SUBTITLE_RIGHT: CellStyle = { fontSize: 10, hAlign: 'right', vAlign: 'middle' };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fontSize: 10,
  hAlign: 'center',
  vAlign: 'middle',
  wrap: true,
  border: true,
  fill: '#F2F2F2',
  numberFormat: TEXT_FORMAT,
};
export const BODY_STYLE: CellStyle = { fontSize: 10, border: true, vAlign: 'middle' };
export const CODE_STYLE: CellStyle = { hAlign: 'center', numberFormat: TEXT_FORMAT };
export const NAME_STYLE: CellStyle = { hAlign: 'left', numberFormat: TEXT_FORMAT };
export const PARENT_STYLE: CellStyle = { bold: true };
export const TOTAL_LABEL_STYLE: CellStyle = { bold: true, hAlign: 'center' };

/** Amounts in 元: whole 元 unless some figure carries 分. */
export function yuanFormat(valuesInFen: Iterable<number>): string {
  for (const v of valuesInFen) if (v % 100 !== 0) return YUAN_CENTS_FORMAT;
  return YUAN_FORMAT;
}
