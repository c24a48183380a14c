import { z } from 'zod';
import { canonicalName } from '../catalog/catalog';
import type { ParsedWorkbook } from '../read/parsedTables';
import { PREVIOUS_KEYS, type PreviousKey } from './facts';
import { tableFigures } from './tableFigures';

// Last year's figures the 编制说明 compares with: from last year's workbook, or from the 上年数
// sheet the officer fills in from last year's published budget.

const cellRef = z.object({ sheet: z.string(), cell: z.string() });
const figure = z.object({ fen: z.number().int(), source: cellRef.optional() });

export const PreviousYearSchema = z.object({
  year: z.number().int().min(2000).max(2100).nullable(),
  amounts: z.partialRecord(z.enum(PREVIOUS_KEYS), figure),
  /** 类/款/项 code → 财政拨款支出 上年预算数 */
  classes: z.record(z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位'), figure.extend({ name: z.string() })),
  /** 类/款/项 code → 上年当年预算执行数 (for lists that compare with it) */
  executed: z.record(z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位'), figure).optional(),
});
export type PreviousYearFigures = z.infer<typeof PreviousYearSchema>;

export const NO_PREVIOUS: PreviousYearFigures = { year: null, amounts: {}, classes: {} };

export interface PreviousLine {
  readonly key: PreviousKey;
  /** As printed on the 上年数 sheet. */
  readonly label: string;
  /** Other spellings accepted when reading (published table lines, seed transcriptions). */
  readonly aliases: readonly string[];
  readonly section: 'budget' | 'sangong';
}

export const PREVIOUS_LINES: readonly PreviousLine[] = [
  { key: 'income.total', label: '收入预算合计', aliases: ['收入总计', '收入预算'], section: 'budget' },
  { key: 'income.fiscal', label: '财政拨款收入', aliases: [], section: 'budget' },
  { key: 'income.business', label: '事业收入', aliases: [], section: 'budget' },
  { key: 'income.operating', label: '事业单位经营收入', aliases: [], section: 'budget' },
  { key: 'income.other', label: '其他收入', aliases: [], section: 'budget' },
  { key: 'expenditure.total', label: '支出预算合计', aliases: ['支出总计', '支出预算', '预算支出总额'], section: 'budget' },
  { key: 'expenditure.fiscal', label: '财政拨款支出', aliases: ['财政拨款支出预算'], section: 'budget' },
  {
    key: 'expenditure.generalPublic',
    label: '一般公共预算拨款支出',
    aliases: ['一般公共预算拨款支出预算', '一般公共预算'],
    section: 'budget',
  },
  { key: 'expenditure.govFund', label: '政府性基金拨款支出', aliases: ['政府性基金拨款支出预算', '政府性基金预算'], section: 'budget' },
  {
    key: 'expenditure.stateCapital',
    label: '国有资本经营预算拨款支出',
    aliases: ['国有资本经营预算拨款支出预算', '国有资本经营预算'],
    section: 'budget',
  },
  { key: 'sangong.total', label: '“三公”经费合计', aliases: ['三公经费合计', '“三公”经费预算数', '“三公”经费'], section: 'sangong' },
  { key: 'sangong.abroad', label: '因公出国（境）费', aliases: ['因公出国(境)费用'], section: 'sangong' },
  { key: 'sangong.vehicle', label: '公务用车购置及运行费', aliases: [], section: 'sangong' },
  { key: 'sangong.vehiclePurchase', label: '公务用车购置费', aliases: ['购置费'], section: 'sangong' },
  { key: 'sangong.vehicleOperation', label: '公务用车运行费', aliases: ['运行费', '公务用车运行维护费'], section: 'sangong' },
  { key: 'sangong.reception', label: '公务接待费', aliases: [], section: 'sangong' },
  { key: 'office', label: '机关运行经费', aliases: ['机关运行经费预算数'], section: 'sangong' },
];

/** Label as compared: brackets, quotes and spaces folded, quotes dropped. */
export function labelKey(label: string): string {
  return canonicalName(label).replace(/"/g, '');
}

const BY_LABEL: ReadonlyMap<string, PreviousKey> = new Map(
  PREVIOUS_LINES.flatMap((l) => [l.label, ...l.aliases].map((a) => [labelKey(a), l.key] as const)),
);

/** "三公经费合计", "因公出国(境)费" … → the figure's key; undefined for anything else. */
export function previousKeyOfLabel(label: string): PreviousKey | undefined {
  return BY_LABEL.get(labelKey(label));
}

/** Last year's figures from last year's workbook, read like this year's. */
export function previousFromWorkbook(wb: ParsedWorkbook): PreviousYearFigures {
  const figures = tableFigures(wb);
  const amounts: PreviousYearFigures['amounts'] = {};
  for (const key of PREVIOUS_KEYS) {
    const f = figures.amounts[key];
    if (f) amounts[key] = { fen: f.fen ?? 0, source: f.source };
  }
  const classes: PreviousYearFigures['classes'] = {};
  for (const c of figures.lines) classes[c.code] = { fen: c.fen, name: c.name, ...(c.source ? { source: c.source } : {}) };
  return { year: wb.year, amounts, classes };
}

/** `primary` wins where both give a figure (last year's workbook over the hand-filled sheet). */
export function mergePrevious(primary: PreviousYearFigures, secondary: PreviousYearFigures): PreviousYearFigures {
  return {
    year: primary.year ?? secondary.year,
    amounts: { ...secondary.amounts, ...primary.amounts },
    classes: { ...secondary.classes, ...primary.classes },
    executed: { ...secondary.executed, ...primary.executed },
  };
}
