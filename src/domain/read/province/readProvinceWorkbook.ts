import { cellAddress } from '../../a1';
import type { Finding } from '../../findings/finding';
import type { SheetSnapshot } from '../../port/workbookPort';
import type { ProvinceEditionDef, ProvinceTableDef } from '../../templates/formTypes';
import { provinceEditions } from '../../templates/provinceEditions';
import { FormulaEvaluator } from '../evaluateFormulas';
import type { ParsedClassifiedTable, ParsedTable, ParsedWorkbook } from '../parsedTables';
import type { Region } from '../readBudgetTables';
import { isGeneratedSheet, removeSpace, tableIdOfTitle } from '../tableTitles';
import type { ParsedFormTable, ParsedOutlineTable } from './provinceTables';
import { readerFinding } from '../readerFinding';
import { textAt } from './readCell';
import { readFormTable } from './readFormTable';
import { readOutlineTable } from './readOutlineTable';

export type CodeTableReader = (
  region: Region,
  evaluator: FormulaEvaluator,
  findings: Finding[],
  options: { readonly economic: boolean; readonly columnLabels: ReadonlyArray<readonly [string, RegExp]> },
) => ParsedClassifiedTable | null;

interface TitleHit {
  readonly sheet: SheetSnapshot;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly def: ProvinceTableDef;
}

/** Title text as compared: no spaces, at most 60 characters. */
function compact(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = removeSpace(v);
  return t.length > 0 && t.length <= 60 ? t : null;
}

function titleHits(sheets: readonly SheetSnapshot[], edition: ProvinceEditionDef): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const sheet of sheets) {
    if (isGeneratedSheet(sheet.name)) continue;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const t = compact(v);
        if (t === null || hits.some((h) => h.sheet === sheet && h.row === r + 1)) return;
        const id = edition.titles.find(([, re]) => re.test(t))?.[0];
        const def = id !== undefined ? edition.tables.find((d) => d.id === id) : undefined;
        if (def) hits.push({ sheet, row: r + 1, col: c + 1, text: String(v).trim(), def });
      }),
    );
  }
  return hits;
}

const combined = new WeakMap<readonly RegExp[], RegExp>();
/** One pattern matching wherever one of `patterns` matches (their flags must agree; none have any). */
function anyOf(patterns: readonly RegExp[]): RegExp {
  let re = combined.get(patterns);
  if (!re) {
    const flags = new Set(patterns.map((p) => p.flags));
    if (flags.size > 1) throw new RangeError(`anyOf: 标题规则的标志不一致：${[...flags].join('、')}`);
    re = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|') || '(?!)', patterns[0]?.flags ?? '');
    combined.set(patterns, re);
  }
  return re;
}

function distinctiveCount(sheets: readonly SheetSnapshot[], edition: ProvinceEditionDef): number {
  const seen = new Set<number>();
  // Each text is tested once: a 科目 name appears in several tables (looked up as written, before
  // its spaces are taken out: the same text is the same compacted text).
  const tested = new Set<string>();
  const any = anyOf(edition.distinctive);
  for (const sheet of sheets) {
    if (isGeneratedSheet(sheet.name)) continue;
    for (const row of sheet.values)
      for (const v of row) {
        if (typeof v !== 'string' || tested.has(v)) continue;
        tested.add(v);
        const t = compact(v);
        if (t === null) continue;
        // One test for all of them first: nearly every text matches none.
        if (any.test(t)) edition.distinctive.forEach((re, i) => re.test(t) && seen.add(i));
      }
  }
  return seen.size;
}

/**
 * Reads a workbook laid out in a province edition, when its titles say so (two of the edition's
 * distinctive titles); null otherwise, and the Shanghai reader takes over. The edition is named in
 * an info finding; standard tables of another edition in the same workbook are an error naming them.
 */
export function readProvinceWorkbook(
  sheets: readonly SheetSnapshot[],
  readCodeTable: CodeTableReader,
): { workbook: ParsedWorkbook; findings: Finding[] } | null {
  const edition = provinceEditions().find((e) => distinctiveCount(sheets, e) >= 2);
  if (!edition) return null;
  const findings: Finding[] = [];
  const evaluator = new FormulaEvaluator(sheets);
  const hits = titleHits(sheets, edition);
  const tables: ParsedTable[] = [];
  const provinceTables: Array<ParsedFormTable | ParsedOutlineTable> = [];
  let department: string | null = null;
  let year: number | null = null;

  // Titles of the other layouts (上海 nine tables) that are not also this edition's titles.
  const foreign = new Set<string>();
  for (const sheet of sheets) {
    if (isGeneratedSheet(sheet.name)) continue;
    for (const row of sheet.values)
      for (const v of row) {
        const t = compact(v);
        if (t !== null && tableIdOfTitle(t) !== null && !edition.titles.some(([, re]) => re.test(t))) foreign.add(sheet.name);
      }
  }
  if (foreign.size > 0) {
    const mine = [...new Set(hits.map((h) => h.sheet.name))].filter((s) => !foreign.has(s));
    const first = [...foreign][0] ?? '';
    findings.push(
      readerFinding('read/mixed-editions', 'error', first, undefined, {
        edition: edition.label,
        sheets: [...foreign].map((s) => `“${s}”`).join('、'),
        mine: mine.map((s) => `“${s}”`).join('、'),
      }),
    );
  }

  for (const sheet of sheets) {
    const own = hits.filter((h) => h.sheet === sheet).sort((a, b) => a.row - b.row);
    // A title repeated on the next printed page continues its table.
    const starts = own.filter((h, i) => i === 0 || own[i - 1]?.def.id !== h.def.id);
    starts.forEach((h, i) => {
      const endRow = (starts[i + 1]?.row ?? sheet.values.length + 1) - 1;
      const region = { titleRow: h.row, titleCol: h.col, endRow, title: h.text };
      for (let r = h.row + 1; r <= Math.min(endRow, h.row + 3); r++)
        for (let c = 1; c <= (sheet.values[r - 1]?.length ?? 0); c++) {
          const m = /^部门(名称)?[:：]\s*(.*)$/.exec(textAt(sheet, r, c));
          const name = m?.[2]?.trim() || (m ? textAt(sheet, r, c + 1) : '');
          if (m && name) department ??= name;
        }
      const titleYear = /(\d{4})\s*年/.exec(h.text);
      const tableYear = titleYear ? Number(titleYear[1]) : edition.year;
      year ??= tableYear;
      const ctx = { snap: sheet, evaluator, findings, fenPerUnit: h.def.unit === '万元' ? 1_000_000 : 100 };
      if ([...tables, ...provinceTables].some((t) => t.tableId === h.def.id)) {
        findings.push(readerFinding('read/duplicate-table', 'warning', sheet.name, cellAddress(h.row, h.col), { title: h.text }));
        return;
      }
      if (h.def.kind === 'form') provinceTables.push(readFormTable(ctx, h.def, region, tableYear));
      else if (h.def.kind === 'outline') {
        const t = readOutlineTable(ctx, h.def, region, tableYear);
        if (t) provinceTables.push(t);
        else findings.push(readerFinding('read/no-header', 'error', sheet.name, cellAddress(h.row, h.col), { title: h.text }));
      } else {
        const t = readCodeTable({ snap: sheet, tableId: h.def.id, ...region }, evaluator, findings, {
          economic: h.def.codeKind === 'economic',
          columnLabels: [['total', new RegExp(`^${h.def.amountHeader}$`)]],
        });
        if (t) tables.push({ ...t, year: tableYear });
      }
    });
  }
  const found = new Set([...tables, ...provinceTables].map((t) => t.tableId));
  const missing = edition.tables.filter((d) => !found.has(d.id));
  const firstSheet = hits[0]?.sheet.name ?? sheets[0]?.name ?? '';
  findings.push(
    readerFinding('read/edition', 'info', firstSheet, undefined, {
      edition: edition.label,
      count: found.size,
      of: edition.tables.length,
    }),
  );
  if (missing.length > 0)
    findings.push(
      readerFinding('read/edition-tables-missing', 'warning', firstSheet, undefined, {
        edition: edition.label,
        tables: missing.map((d) => `“${d.title.replace('{year}', String(year ?? edition.year))}”`).join('、'),
      }),
    );
  return { workbook: { tables, year: year ?? edition.year, department, edition: edition.id, provinceTables }, findings };
}
