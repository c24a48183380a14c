import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { publishedSnapshots } from '../check/support/publishedWorkbook';
import { hasFormulas, withCachedResults } from './cachedResults';

// The workbooks the variants are made from: the seed workbooks as the product builds them (every
// parent a formula) and as published (printed figures), and the corpus fixtures of other offices.

export interface BaseWorkbook {
  readonly name: string;
  readonly sheets: SheetSnapshot[];
  readonly formulas: boolean;
}

/** Only the sheets that hold budget tables, plus one sheet of the officer's own: what the variants move. */
function tablesOnly(sheets: readonly SheetSnapshot[]): SheetSnapshot[] {
  const { workbook } = readBudgetTables(sheets);
  const keep = new Set(workbook.tables.map((t) => t.sheet));
  const notes: SheetSnapshot = {
    name: '备注',
    visibility: 'visible',
    values: [['本处自用：项目储备清单'], [null, 1234]],
    formulas: [[null], [null, null]],
    merges: [],
  };
  return [...sheets.filter((s) => keep.has(s.name)), notes];
}

export function baseOf(name: string, sheets: readonly SheetSnapshot[]): BaseWorkbook {
  const filled = withCachedResults(tablesOnly(sheets));
  return { name, sheets: filled, formulas: hasFormulas(filled) };
}

/** The demo workbook (上海市人社局 2024, every 类/款/合计 and the summary tables formulas). */
export async function demo2024(): Promise<BaseWorkbook> {
  return baseOf('demo-2024', await (await buildDemoWorkbook()).workbook.readSheets());
}

/** The 2024 tables with the printed figures (their own ±1 元 尾差), no formulas. */
export async function published2024(): Promise<BaseWorkbook> {
  return baseOf('published-2024', await publishedSnapshots());
}

/** The 2020 seed in the 2020 layout (eight tables), built with formulas. */
export async function seed2020(): Promise<BaseWorkbook> {
  const built = buildBudgetWorkbook(budgetDataFromPublished(JSON.parse(readFileSync('seeds/sh-hrss-2020.json', 'utf8'))));
  const book = new XlsxWorkbook();
  await book.writePlan(built.plan, 'fail');
  return baseOf('seed-2020', await book.readSheets());
}

/** A formula workbook reduced to its figures (what many exports hold). */
export function flattened(b: BaseWorkbook): BaseWorkbook {
  return {
    name: `${b.name}-values`,
    sheets: b.sheets.map((s) => ({ ...s, formulas: s.formulas.map((row) => row.map(() => null)) })),
    formulas: false,
  };
}

export const CORPUS_DIR = 'test/fixtures/corpus/shanghai';

/** The corpus fixtures (published budgets of other offices), when present in the checkout. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(CORPUS_DIR, f));
}

export async function corpusBase(file: string): Promise<BaseWorkbook> {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return baseOf(file.replace(/^.*\//, '').replace(/\.xlsx$/, ''), await book.readSheets());
}
