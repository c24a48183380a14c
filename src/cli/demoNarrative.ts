import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../domain/findings/finding';
import { wanToFen } from '../domain/money';
import { buildMaterialsSheet } from '../domain/narrative/buildMaterialsSheet';
import { buildNarrativeSheet } from '../domain/narrative/buildNarrativeSheet';
import { buildPreviousYearSheet } from '../domain/narrative/buildPreviousYearSheet';
import { parseMaterials, type Materials } from '../domain/narrative/materials';
import { narrativeFromSheets } from '../domain/narrative/narrativeFromSheets';
import { narrativeToPlainText } from '../domain/narrative/paragraphs';
import { previousKeyOfLabel, type PreviousYearFigures } from '../domain/narrative/previousYear';
import { tableFigures } from '../domain/narrative/tableFigures';
import { readBudgetTables } from '../domain/read/readBudgetTables';
import { narrativeDocx } from '../export/narrativeDocx';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import { seedPath } from './paths';

export const DEMO_NARRATIVE_TEXT = '编制说明.txt';
export const DEMO_NARRATIVE_DOCX = '编制说明.docx';

/**
 * What 上海市人力资源和社会保障局 entered for 2024 beyond the tables, transcribed from seed 004's
 * 其他相关情况说明 (amounts there in 万元; held here in 分).
 */
export const DEMO_MATERIALS_2024: Materials = parseMaterials({
  counts: {
    'office.agencies': 1,
    'office.civilServiceUnits': 1,
    'performance.units': 14,
    'performance.projects': 105,
    'assets.held.ministerial': 0,
    'assets.held.principal': 1,
    'assets.held.confidential': 8,
    'assets.held.emergency': 2,
    'assets.held.enforcement': 52,
    'assets.held.special': 1,
    'assets.held.retired': 12,
    'assets.held.other': 15,
    'assets.devices.held': 47,
    'assets.planned.ministerial': 0,
    'assets.planned.principal': 0,
    'assets.planned.confidential': 0,
    'assets.planned.emergency': 0,
    'assets.planned.enforcement': 8,
    'assets.planned.special': 0,
    'assets.planned.retired': 0,
    'assets.planned.other': 1,
    'assets.devices.planned': 0,
  },
  texts: {
    'reason.sangong.vehicle': '用于公务用车的更新',
    'reason.sangong.vehiclePurchase': '用于公务用车的更新',
    'reason.sangong.vehicleOperation': '公务用车运行费预算减少',
    'assets.asOf': '2023-08-31',
  },
  amounts: {
    'procurement.goods': wanToFen('1022.19'),
    'procurement.works': wanToFen('1437.81'),
    'procurement.services': wanToFen('29356.91'),
    'procurement.sme': wanToFen('15202.08'),
    'procurement.smeSmall': wanToFen('613.66'),
    'performance.funds': wanToFen('143532.78'),
  },
  // The department's own wording of 财政拨款支出主要内容, as published in seed 004.
  purposes: {
    '205': '地方教育附加安排的支出',
    '208': '人力资源和社会保障与就业事务方面的支出；行政、事业单位缴纳的基本养老保险、职业年金等方面的支出',
    '210': '行政、事业单位缴纳的医疗保险费等方面的支出',
    '221': '行政、事业单位缴纳的住房公积金支出',
  },
  lineReasons: {},
});

/** seeds/*-previous.json: last year's figures as implied by the published text, in 万元. */
const PreviousSeedSchema = z.object({
  year: z.number().int(),
  unit: z.literal('万元'),
  figures: z.record(z.string(), z.object({ wan: z.union([z.number(), z.string()]) }).passthrough()),
});

/** Keeps the figures the 上年数 sheet has a line for (project-level entries are left out). */
export function previousFromSeed(input: unknown): PreviousYearFigures {
  const seed = PreviousSeedSchema.parse(input);
  const amounts: PreviousYearFigures['amounts'] = {};
  for (const [label, f] of Object.entries(seed.figures)) {
    const key = previousKeyOfLabel(label);
    if (key) amounts[key] = { fen: wanToFen(f.wan) };
  }
  return { year: seed.year, amounts, classes: {} };
}

/**
 * Lays the 上年数 and 说明素材 sheets into the demo workbook, generates the 编制说明 from the
 * workbook (not from the JSON), adds it as a sheet and writes it as .txt and .docx.
 */
export async function writeDemoNarrative(outDir: string, workbook: XlsxWorkbook): Promise<{ files: string[]; findings: Finding[] }> {
  const previous = previousFromSeed(JSON.parse(await readFile(seedPath('sh-hrss-2024-previous.json'), 'utf8')));
  const tables = readBudgetTables(await workbook.readSheets());
  const classes = tableFigures(tables.workbook).classes.map((c) => ({ code: c.code, name: c.name }));
  await workbook.writePlan(
    {
      sheets: [
        buildPreviousYearSheet({ ...(previous.year !== null ? { year: previous.year } : {}), figures: previous, classes }),
        buildMaterialsSheet({
          ...(tables.workbook.year !== null ? { year: tables.workbook.year } : {}),
          classes,
          values: DEMO_MATERIALS_2024,
        }),
      ],
    },
    'replace',
  );

  const result = narrativeFromSheets({ sheets: await workbook.readSheets() }, { projects: true });
  const { paragraphs } = result;
  await workbook.writePlan({ sheets: [buildNarrativeSheet(paragraphs)] }, 'replace');
  const text = join(outDir, DEMO_NARRATIVE_TEXT);
  const docx = join(outDir, DEMO_NARRATIVE_DOCX);
  await writeFile(text, narrativeToPlainText(paragraphs), 'utf8');
  await writeFile(docx, await narrativeDocx(paragraphs));
  return { files: [text, docx], findings: result.findings };
}
