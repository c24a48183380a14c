import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { DEMO_MATERIALS_2024, previousFromSeed } from '../../src/cli/demoNarrative';
import { wanToFen } from '../../src/domain/money';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { buildMaterialsSheet } from '../../src/domain/narrative/buildMaterialsSheet';
import { buildPreviousYearSheet } from '../../src/domain/narrative/buildPreviousYearSheet';
import { parseMaterials, type Materials } from '../../src/domain/narrative/materials';
import { narrativeFromSheets, type NarrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import type { PreviousYearFigures } from '../../src/domain/narrative/previousYear';
import { tableFigures } from '../../src/domain/narrative/tableFigures';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

export const ROOT = join(__dirname, '..', '..');
// Verbatim copies of the published seed documents, so the tests stand alone.
export const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

export function seedJson(file: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', file), 'utf8'));
}

/** What 上海市人社局 entered for 2020 beyond the tables, transcribed from seed 000's 其他相关情况说明. */
export const MATERIALS_2020: Materials = parseMaterials({
  counts: { 'office.agencies': 1, 'office.civilServiceUnits': 5, 'performance.units': 15, 'performance.projects': 133 },
  texts: {
    'reason.sangong.abroad': '机构改革，出国费划出',
    'reason.sangong.vehicle': '车辆购置费减少',
    'reason.sangong.reception': '厉行节约',
  },
  amounts: {
    'procurement.goods': wanToFen('2954.1'),
    'procurement.works': wanToFen('533'),
    'procurement.services': wanToFen('41774.8'),
    'procurement.sme': wanToFen('13512'),
    'procurement.smeSmall': wanToFen('5968'),
    'performance.funds': wanToFen('173360'),
  },
  // The department's own wording, as published in seed 000.
  purposes: {
    '201': '人力资源事务、人才发展等方面的支出',
    '205': '地方教育费附加安排的支出',
    '208': '社会保障与就业事务，行政、事业单位缴纳的基本养老保险、职业年金等方面的支出',
    '210': '行政、事业单位缴纳的医疗保险费等方面的支出',
    '221': '行政、事业单位缴纳的住房公积金支出',
  },
});

/** The sample workbook with 上年数 and 说明素材 laid in, as `budget demo` does. */
export async function workbookWithMaterials(
  build: () => Promise<XlsxWorkbook>,
  previous: PreviousYearFigures,
  materials: Materials,
): Promise<XlsxWorkbook> {
  const wb = await build();
  const tables = readBudgetTables(await wb.readSheets());
  const classes = tableFigures(tables.workbook).classes.map((c) => ({ code: c.code, name: c.name }));
  await wb.writePlan(
    {
      sheets: [
        buildPreviousYearSheet({ ...(previous.year !== null ? { year: previous.year } : {}), figures: previous, classes }),
        buildMaterialsSheet({ year: tables.workbook.year ?? 0, classes, values: materials }),
      ],
    },
    'replace',
  );
  return wb;
}

export async function demo2024(): Promise<XlsxWorkbook> {
  return (await buildDemoWorkbook()).workbook;
}

export async function workbook2020(): Promise<XlsxWorkbook> {
  const { plan } = buildBudgetWorkbook(budgetDataFromPublished(seedJson('sh-hrss-2020.json')));
  const wb = new XlsxWorkbook();
  await wb.writePlan(plan, 'fail');
  return wb;
}

export async function narrative2024(): Promise<NarrativeFromSheets & { wb: XlsxWorkbook }> {
  const wb = await workbookWithMaterials(demo2024, previousFromSeed(seedJson('sh-hrss-2024-previous.json')), DEMO_MATERIALS_2024);
  return { ...narrativeFromSheets({ sheets: await wb.readSheets() }), wb };
}

export async function narrative2020(): Promise<NarrativeFromSheets & { wb: XlsxWorkbook }> {
  const wb = await workbookWithMaterials(workbook2020, previousFromSeed(seedJson('sh-hrss-2020-previous.json')), MATERIALS_2020);
  return { ...narrativeFromSheets({ sheets: await wb.readSheets() }), wb };
}

/** The seed text from one heading up to (not including) another. */
export function seedSection(file: string, from: string, to: string): string {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`seedSection: ${from} … ${to} not found in ${file}`);
  return text.slice(start, end);
}

/**
 * The same as paragraphs. The PDF extraction wraps long paragraphs (seed 000): a paragraph starts
 * after a blank line, on an indented line or at a "一、" heading; other lines continue the one before.
 */
export function seedParagraphs(file: string, from: string, to: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of seedSection(file, from, to).split('\n')) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const starts = !open || /^[\s\u3000]/.test(line) || /^[一二三四五六七八九十]+、/.test(line) || /^\d+\.\s/.test(line);
    if (starts) out.push(line.trim());
    else out[out.length - 1] += line.trim();
    open = true;
  }
  return out;
}
