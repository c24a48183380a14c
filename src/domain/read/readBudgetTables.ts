import { cellAddress } from '../a1';
import { halfWidthDigits, normalizeCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import type { TableId } from '../templates/types';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { FormulaEvaluator } from './evaluateFormulas';
import { readProvinceWorkbook } from './province/readProvinceWorkbook';
import { parseAmount } from './parseAmount';
import { readAmountAt } from './readAmountAt';
import { readerFinding } from './readerFinding';
import type {
  ParsedAmount,
  ParsedClassifiedTable,
  ParsedColumn,
  ParsedRow,
  ParsedSangongTable,
  ParsedSummaryLine,
  ParsedSummaryTable,
  ParsedTable,
  ParsedWorkbook,
  TableNote,
} from './parsedTables';
import { parsedAmount } from './parsedTables';
import {
  isGeneratedSheet,
  CLASSIFIED_COLUMN_LABELS,
  FISCAL_SUMMARY_COLUMN_LABELS,
  normalizeLabel,
  removeSpace,
  SANGONG_LABELS,
  stripMarker,
  SUMMARY_LINE_KEYS,
  tableIdOfTitle,
} from './tableTitles';

export interface Region {
  readonly snap: SheetSnapshot;
  readonly tableId: TableId;
  readonly title: string;
  /** 1-based; 0 when the sheet has no title row and its name stands for the title. */
  readonly titleRow: number;
  readonly titleCol: number;
  /** Where findings about the table as a whole point: the title, or A1 (default: the title row, at least row 1). */
  readonly titleCell?: string;
  readonly endRow: number; // inclusive
  /**
   * The title is the last entry of a list of tables (see regionsOf): what follows it is read as a
   * table if it is one, and is otherwise no table and no finding.
   */
  readonly inList?: boolean;
}

const HEADER_SCAN_ROWS = 8;
// Patterns asked of every row are made once: a literal in a loop is a new RegExp each time.
const NOTE = /^\s*注\s*\d*\s*[:：]/;
const TOTAL_LABEL = /^(合计|总计)$/;
const CODE_FIRST = /^\[?\d/;
const DIGIT_FIRST = /^\d/;
const YEAR_FIRST = /^\d{4}年/;
const CODE_WITH_NAME = /^\[?(\d{3}(?:\d{2}){0,2})\]?\s*([^\d\s].*)$/;
const ONE_DIGIT = /^\d$/;
/** A cell that starts a data row: a code ("208", "2080101", "[2080101]行政运行"), not "2024年". */
const CODE_START = /^\s*\[?\d{3}(?:\d{2}){0,2}\]?(?:\s|$|[^\d年])/;

/** Finds the standard tables in any workbook by title and header text and reads their figures. */
export function readBudgetTables(sheets: readonly SheetSnapshot[]): { workbook: ParsedWorkbook; findings: Finding[] } {
  const province = readProvinceWorkbook(sheets, readCodeTableRegion);
  if (province) return province;
  const findings: Finding[] = [];
  const tables: ParsedTable[] = [];
  const evaluator = new FormulaEvaluator(sheets);
  let department: string | null = null;
  for (const snap of sheets) {
    if (isGeneratedSheet(snap.name)) continue;
    const regions = regionsOf(snap);
    // A table the officer cannot see is still checked, and they are told where it is.
    const first = regions.find((r) => !r.inList);
    if (snap.visibility !== 'visible' && first) {
      findings.push(
        readerFinding('read/hidden-sheet', 'warning', snap.name, titleCellOf(first), {
          title: first.title,
          state: snap.visibility === 'veryHidden' ? '深度隐藏' : '隐藏',
        }),
      );
    }
    for (const region of regions) {
      const meta = regionMeta(region);
      department ??= meta.department;
      // A list entry's own findings count only if a table is read under it.
      const own: Finding[] = region.inList ? [] : findings;
      const ctx: Ctx = {
        region,
        findings: own,
        evaluator,
        fenPerUnit: meta.unit === '万元' ? 1_000_000 : 100,
        unit: meta.unit,
        year: yearOf(region.title),
      };
      const table =
        region.tableId === 'financeSummary' || region.tableId === 'fiscalSummary'
          ? readSummary(ctx, region.tableId)
          : region.tableId === 'sangong'
            ? readSangong(ctx)
            : readClassified(ctx);
      if (region.inList && table) findings.push(...own);
      if (table) {
        if (tables.some((t) => t.tableId === table.tableId)) {
          findings.push(readerFinding('read/duplicate-table', 'warning', snap.name, titleCellOf(region), { title: region.title }));
        } else {
          const notes = notesOf(region);
          tables.push(notes.length > 0 ? { ...table, notes } : table);
        }
      }
    }
  }
  if (tables.length === 0 && !findings.some((f) => f.rule === 'read/no-header')) {
    // Workbook-level, pinned to the first sheet so the pane has somewhere to jump.
    const first = sheets[0]?.name;
    findings.push({
      rule: 'read/no-tables',
      severity: 'error',
      ...(first !== undefined ? { sheet: first } : {}),
      params: { sheets: sheets.length, names: sheets.map((s) => `“${s.name}”`).join('、') },
      message: renderMessage('read/no-tables', { sheets: sheets.length, names: sheets.map((s) => `“${s.name}”`).join('、') }),
    });
  }
  const years = tables.map((t) => t.year).filter((y): y is number => y !== null);
  return { workbook: { tables, year: years[0] ?? null, department }, findings };
}

interface Ctx {
  readonly region: Region;
  readonly findings: Finding[];
  readonly evaluator: FormulaEvaluator;
  readonly fenPerUnit: number;
  readonly unit: '元' | '万元';
  readonly year: number | null;
}

function valueAt(snap: SheetSnapshot, row: number, col: number): CellValue {
  return snap.values[row - 1]?.[col - 1] ?? null;
}

function formulaAt(snap: SheetSnapshot, row: number, col: number): string | null {
  return snap.formulas[row - 1]?.[col - 1] ?? null;
}

function width(snap: SheetSnapshot): number {
  return snap.values.reduce((m, r) => Math.max(m, r.length), 0);
}

/**
 * One region per table. A title repeated on the following pages of the same table (some exports
 * print it on every page) continues the table instead of starting a new one. A sheet without a
 * title row whose name is a table's (部门收支总表 …, as in the publication workbook) is that table.
 * Titles of different tables one under another, with nothing but blank rows between them, are a
 * list of the tables (the publication's 目录): no table has its title right above the next one's,
 * so all but the last are dropped, and the last is a table only if one is read under it.
 */
function regionsOf(snap: SheetSnapshot): Region[] {
  const found: Array<{ row: number; col: number; id: TableId; text: string }> = [];
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const id = tableIdOfTitle(v);
      if (id && !found.some((t) => t.row === r + 1)) found.push({ row: r + 1, col: c + 1, id, text: v.trim() });
    }),
  );
  if (found.length === 0) {
    const id = tableIdOfTitle(snap.name);
    if (id) found.push({ row: 0, col: 1, id, text: snap.name.trim() });
  }
  const { listed, last } = listedTitles(snap, found);
  const titles = found.filter((_, i) => !listed.has(i)).map((t) => ({ ...t, inList: last.has(t.row) }));
  const starts = titles.filter((t, i) => titles[i - 1]?.id !== t.id);
  return starts.map((t, i) => ({
    snap,
    tableId: t.id,
    title: t.text,
    titleRow: t.row,
    titleCol: t.col,
    titleCell: cellAddress(Math.max(t.row, 1), t.col),
    endRow: (starts[i + 1]?.row ?? snap.values.length + 1) - 1,
    ...(t.inList ? { inList: true } : {}),
  }));
}

/**
 * The entries of lists of tables among the titles (in row order): runs of titles with only blank
 * rows between them that name more than one table. `listed`: the indexes of all but the last entry
 * of each run (no table can follow them); `last`: the rows of the last ones (a table may).
 */
function listedTitles(
  snap: SheetSnapshot,
  titles: ReadonlyArray<{ row: number; id: TableId }>,
): { listed: Set<number>; last: Set<number> } {
  const listed = new Set<number>();
  const last = new Set<number>();
  let start = 0;
  for (let i = 1; i <= titles.length; i++) {
    const prev = titles[i - 1];
    const next = titles[i];
    if (next && prev && onlyBlankBetween(snap, prev.row, next.row)) continue;
    // titles[start, i) is one run.
    if (prev && new Set(titles.slice(start, i).map((t) => t.id)).size > 1) {
      for (let k = start; k < i - 1; k++) listed.add(k);
      last.add(prev.row);
    }
    start = i;
  }
  return { listed, last };
}

/** Whether every row strictly between rows `from` and `to` (1-based) is blank. */
function onlyBlankBetween(snap: SheetSnapshot, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) if ((snap.values[r - 1] ?? []).some((v) => normalizeLabel(v) !== '')) return false;
  return true;
}

function titleCellOf(region: Region): string {
  return region.titleCell ?? cellAddress(Math.max(region.titleRow, 1), region.titleCol);
}

function regionMeta(region: Region): { unit: '元' | '万元'; department: string | null } {
  let unit: '元' | '万元' = '元';
  let department: string | null = null;
  const last = Math.min(region.endRow, region.titleRow + HEADER_SCAN_ROWS);
  for (let r = Math.max(region.titleRow, 1); r <= last; r++) {
    for (const v of region.snap.values[r - 1] ?? []) {
      // Only a text can say either, and only one with 位 or 编制 in it: the rest are not looked at.
      if (typeof v !== 'string') continue;
      const u = v.includes('位') ? /单位[:：](万元|元)/.exec(removeSpace(v)) : null;
      if (u) unit = u[1] === '万元' ? '万元' : '元';
      const d = v.includes('编制') ? /编制(部门|单位)[:：](.+)/.exec(v.trim()) : null;
      if (d?.[2]) department = d[2].trim();
    }
  }
  return { unit, department };
}

/** 注 lines printed with the table ("注：本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。"). */
function notesOf(region: Region): TableNote[] {
  const out: TableNote[] = [];
  for (let r = Math.max(region.titleRow, 1); r <= region.endRow; r++) {
    const row = region.snap.values[r - 1] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && NOTE.test(v)) out.push({ cell: cellAddress(r, c + 1), text: v.trim() });
    }
  }
  return out;
}

function yearOf(title: string): number | null {
  const m = /(\d{4})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

function readAmountCell(ctx: Ctx, row: number, col: number): ParsedAmount {
  return readAmountAt(ctx.region.snap, ctx.evaluator, ctx.findings, ctx.fenPerUnit, row, col);
}

/**
 * Header cells in the rows after the title, up to the first row that holds figures or a code:
 * a header block repeated further down (next printed page) must not count as the first one.
 */
function headerCells(ctx: Ctx): Array<{ row: number; col: number; text: string }> {
  const { region } = ctx;
  const out: Array<{ row: number; col: number; text: string }> = [];
  const last = Math.min(region.endRow, region.titleRow + HEADER_SCAN_ROWS);
  const w = width(region.snap);
  for (let r = region.titleRow + 1; r <= last; r++) {
    const row = region.snap.values[r - 1] ?? [];
    if (row.some((v) => typeof v === 'number' || (typeof v === 'string' && CODE_START.test(v)))) break;
    for (let c = 1; c <= w; c++) {
      const v = valueAt(region.snap, r, c);
      if (typeof v === 'string' && v.trim() !== '') out.push({ row: r, col: c, text: stripMarker(normalizeLabel(v)) });
    }
  }
  return out;
}

/** A title, 编制部门 or 单位 line repeated on a continuation page. */
function isBoilerplate(t: string): boolean {
  return (
    tableIdOfTitle(t) !== null ||
    (t.startsWith('编制') && /^编制(部门|单位)[:：]/.test(t)) ||
    (t.startsWith('单位') && /^单位[:：](万元|元)$/.test(t))
  );
}

/**
 * A body row that holds no line item: blank, a header block repeated on the next printed page (a
 * 类 or 科目编码/科目名称 header, or 项目 with no figure or code beside it), or a repeated title,
 * 编制部门 or 单位 line. One pass over the row; a number is never any of these, and its text starts
 * with a digit exactly when it is not negative.
 */
function notADataRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  let blank = true;
  let project = false;
  let digitFirst = false;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') {
      blank = false;
      if (v >= 0 && v !== Infinity) digitFirst = true;
      continue;
    }
    const t = normalizeLabel(v);
    if (t === '') continue;
    blank = false;
    if (t === '类' || t.endsWith('科目编码') || t.endsWith('科目名称') || isBoilerplate(t)) return true;
    if (t === '项目') project = true;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) digitFirst = true;
  }
  return blank || (project && !digitFirst);
}

/** One code table of a province edition (one code column, its own amount header), for readProvinceWorkbook. */
export function readCodeTableRegion(
  region: Region,
  evaluator: FormulaEvaluator,
  findings: Finding[],
  options: { readonly economic: boolean; readonly columnLabels: ReadonlyArray<readonly [string, RegExp]> },
): ParsedClassifiedTable | null {
  const meta = regionMeta(region);
  const ctx: Ctx = {
    region,
    findings,
    evaluator,
    fenPerUnit: meta.unit === '万元' ? 1_000_000 : 100,
    unit: meta.unit,
    year: yearOf(region.title),
  };
  return readClassified(ctx, options);
}

/** The row's amount cells by column key. */
function readAmounts(ctx: Ctx, r: number, columns: readonly ParsedColumn[]): Record<string, ParsedAmount> {
  const out: Record<string, ParsedAmount> = {};
  for (const c of columns) out[c.key] = readAmountCell(ctx, r, c.col);
  return out;
}

/**
 * A row of zeros (or blanks) placed nowhere loses nothing; a non-zero figure would, and so would a
 * formula whose value is not known. A formula is judged by its value as the other figures are: the
 * one Excel shows (the Office host), saved, or computed, so a row of formulas that come to 0 is a
 * row of zeros in every host.
 */
function hasNumber(ctx: Ctx, r: number, amountCols: ReadonlySet<number>): boolean {
  const { snap } = ctx.region;
  return [...amountCols].some((c) => {
    // The evaluator's value: the cell's own, or its formula's computed or saved result.
    const ev = ctx.evaluator.valueAt(snap.name, r, c);
    if (!ev.ok) return true;
    const v = ev.value;
    if (typeof v === 'number') return v !== 0;
    const p = typeof v === 'string' ? parseAmount(v, ctx.fenPerUnit) : null;
    // A formula showing an error or odd text has no value to call zero.
    if (p?.ok === false && formulaAt(snap, r, c) !== null) return true;
    return p?.ok === true && p.fen !== null && p.fen !== 0;
  });
}

function readClassified(
  ctx: Ctx,
  options: { readonly economic: boolean; readonly columnLabels: ReadonlyArray<readonly [string, RegExp]> } = {
    economic: ctx.region.tableId === 'economic',
    columnLabels: CLASSIFIED_COLUMN_LABELS,
  },
): ParsedClassifiedTable | null {
  const { region } = ctx;
  const { snap } = region;
  const headers = headerCells(ctx);
  const economic = options.economic;
  const columns: ParsedColumn[] = [];
  for (const [key, re] of options.columnLabels) {
    const h = headers.find((x) => re.test(x.text) && !columns.some((c) => c.col === x.col));
    if (h) columns.push({ key, label: h.text, col: h.col });
  }
  columns.sort((a, b) => a.col - b.col);
  const classCol = headers.find((h) => h.text === '类');
  const kuanCol = headers.find((h) => h.text === '款');
  const itemCol = headers.find((h) => h.text === '项');
  const codeHeader = headers.find((h) => /编码|代码/.test(h.text));
  const nameHeader = headers.find((h) => /名称/.test(h.text));
  const titleCell = titleCellOf(region);
  // The first code column: 类 of 类/款/项, or the single 编码 column.
  const codeCol = classCol?.col ?? codeHeader?.col;
  if (columns.length === 0 || codeCol === undefined) {
    ctx.findings.push(readerFinding('read/no-header', 'error', snap.name, titleCell, { title: region.title }));
    return null;
  }
  const headerEnd = Math.max(
    ...headers
      .filter((h) => h.text === '类' || columns.some((c) => c.col === h.col && c.label === h.text) || h === nameHeader)
      .map((h) => h.row),
  );
  const codeCols = [codeCol, ...(classCol ? [kuanCol?.col, itemCol?.col] : [])].filter((c): c is number => c !== undefined);
  const nameCol = nameHeader?.col ?? Math.max(...codeCols) + 1;
  const amountCols = new Set(columns.map((c) => c.col));

  const rows: ParsedRow[] = [];
  let total: ParsedRow | null = null;
  let totalLabelColumn: number | undefined;
  let lastRow = headerEnd;
  for (let r = headerEnd + 1; r <= region.endRow; r++) {
    if (notADataRow(snap.values[r - 1])) continue;
    const label = normalizeLabel(valueAt(snap, r, codeCol)) || normalizeLabel(valueAt(snap, r, nameCol));
    if (TOTAL_LABEL.test(label)) {
      if (!total) {
        total = { row: r, role: 'total', name: label, amounts: readAmounts(ctx, r, columns) };
        totalLabelColumn = normalizeLabel(valueAt(snap, r, codeCol)) ? codeCol : nameCol;
      }
      lastRow = r;
      continue;
    }
    const code = readCode(snap, r, codeCols);
    if (code === 'bad') {
      ctx.findings.push(
        readerFinding('read/bad-code', 'error', snap.name, cellAddress(r, codeCol), {
          value: codeCols
            .map((c) => normalizeLabel(valueAt(snap, r, c)))
            .join(' ')
            .trim(),
        }),
      );
      continue;
    }
    if (code === null) {
      // A row with figures but no code cannot be placed; a note, footer or blank row is skipped.
      if (hasNumber(ctx, r, amountCols))
        ctx.findings.push(readerFinding('read/row-without-code', 'warning', snap.name, cellAddress(r, codeCol), {}));
      continue;
    }
    const role = code.code.length === 3 ? 'class' : code.code.length === 5 && !economic ? 'kuan' : 'item';
    const nameValue = valueAt(snap, r, nameCol);
    const name = stripMarker(code.name ?? (nameValue == null ? '' : String(nameValue).trim()));
    rows.push({
      row: r,
      role,
      code: code.code,
      name,
      codeCell: cellAddress(r, codeCol),
      nameCell: cellAddress(r, nameCol),
      amounts: readAmounts(ctx, r, columns),
    });
    lastRow = r;
  }
  return {
    kind: 'classified',
    tableId: region.tableId,
    sheet: snap.name,
    title: region.title,
    titleCell,
    year: ctx.year,
    unit: ctx.unit,
    columns,
    codeColumns: codeCols,
    nameColumn: nameCol,
    firstDataRow: headerEnd + 1,
    lastDataRow: lastRow,
    rows,
    total,
    ...(totalLabelColumn !== undefined ? { totalLabelColumn } : {}),
  };
}

/**
 * Code from 类/款/项 columns ("208","01","01") or one column ("2080101", also "2080101 行政运行" or
 * "[2080101]行政运行" when the name shares the cell): one to three columns. Null for a text note;
 * 'bad' for a code-like entry that is not a valid code.
 */
function readCode(snap: SheetSnapshot, row: number, cols: readonly number[]): { code: string; name?: string } | null | 'bad' {
  const [c0, c1, c2] = cols;
  const first = codePart(snap, row, c0);
  const second = codePart(snap, row, c1);
  if (first === '' && second === '' && codePart(snap, row, c2) === '') return null;
  // Notes and page footers ("注：…", "第 2 页") are not codes.
  if (!CODE_FIRST.test(first) && !(first === '' && DIGIT_FIRST.test(second))) return null;
  // Nor is a title repeated on a continued page ("2024年部门支出预算总表（续）").
  if (YEAR_FIRST.test(first)) return null;
  if (cols.length === 1 && c0 !== undefined) {
    const whole = normalizeCode(first);
    if (whole) return { code: whole };
    const withName = CODE_WITH_NAME.exec(String(valueAt(snap, row, c0)).trim());
    const [, code, name] = withName ?? [];
    if (code !== undefined && name !== undefined) return { code, name: name.trim() };
    return 'bad';
  }
  const cls = first;
  const kuan = second;
  const item = codePart(snap, row, c2);
  if (cls === '' || (kuan === '' && item !== '')) return 'bad';
  // Some workbooks repeat the full code in the 款/项 columns ("20801", "2080101").
  if (item.length === 7 && item.startsWith(cls)) return ok(normalizeCode(item));
  if (item === '' && kuan.length === 5 && kuan.startsWith(cls)) return ok(normalizeCode(kuan));
  return ok(normalizeCode(`${cls}${pad(kuan)}${pad(item)}`));
}

function pad(p: string): string {
  return ONE_DIGIT.test(p) ? `0${p}` : p;
}

function ok(c: string | null): { code: string } | 'bad' {
  return c === null ? 'bad' : { code: c };
}

/** One code cell's text as a code is read from it; '' for a blank cell or no such column. */
function codePart(snap: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = valueAt(snap, row, col);
  if (v == null || v === '') return '';
  if (typeof v === 'number') return String(v);
  return halfWidthDigits(normalizeLabel(v));
}

function stripOrdinal(label: string): string {
  return label
    .replace(/^[一二三四五六七八九十]+[、.．]\s*/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[)）]\s*/, '')
    .replace(/^\d+[、.．]\s*/, '')
    .trim();
}

function lineLevel(label: string): 1 | 2 {
  return /^(\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/.test(label.trim()) ? 2 : 1;
}

function lineKey(name: string): string | undefined {
  const n = normalizeLabel(name);
  return SUMMARY_LINE_KEYS.find(([, re]) => re.test(n))?.[0];
}

function summaryLine(r: number, col: number, text: string, amounts: Record<string, ParsedAmount>): ParsedSummaryLine {
  const label = text.trim();
  // A 类 line may carry its code ("201 一般公共服务支出", "[201]一般公共服务支出", or the code in its own cell).
  const coded = /^\[?(\d{3})\]?\s*([^\d\s].*)$/.exec(label);
  const code = coded?.[1];
  const rest = coded?.[2]?.trim() ?? label;
  const name = stripMarker(stripOrdinal(rest));
  const key = lineKey(name);
  return {
    row: r,
    label,
    name,
    labelCell: cellAddress(r, col),
    level: lineLevel(rest),
    ...(code !== undefined ? { code } : {}),
    ...(key ? { key } : {}),
    amounts,
  };
}

/** Spending columns of the 单位 财务收支预算总表 under 预算数: 合计, 基本支出 (人员经费, 公用经费), 项目支出. */
const FINANCE_SPENDING_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['expenditure', /^合计$/],
  ['personnel', /^人员经费$/],
  ['public', /^(公用经费|日常公用经费)$/],
  ['project', /^项目支出$/],
  // 基本支出 only where it is not split into 人员经费 and 公用经费 (its header spans them otherwise).
  ['basic', /^基本支出$/],
];

/** The text of a line's label: the cells from the 项目 column up to its first figure column ("一、" | "公共安全支出" → "一、公共安全支出"). */
function labelText(snap: SheetSnapshot, r: number, from: number, to: number): string {
  const parts: string[] = [];
  for (let c = from; c < Math.max(to, from + 1); c++) {
    const v = valueAt(snap, r, c);
    if (v === null || v === '' || typeof v === 'boolean') continue;
    parts.push(String(v).trim());
  }
  return parts.join('').trim();
}

function readSummary(ctx: Ctx, tableId: 'financeSummary' | 'fiscalSummary'): ParsedSummaryTable | null {
  const { region } = ctx;
  const { snap } = region;
  const headers = headerCells(ctx);
  const projectCols = headers.filter((h) => h.text === '项目');
  const titleCell = titleCellOf(region);
  // Two 项目 headers (收入 left, 支出 right); a second on the same row further right beats one below.
  const [left, second] = projectCols;
  const right = projectCols.find((p) => left && p.col > left.col + 1 && p.row === left.row) ?? second;
  if (!left || !right) {
    ctx.findings.push(readerFinding('read/no-header', 'error', snap.name, titleCell, { title: region.title }));
    return null;
  }
  const headerRow = left.row;
  // The income figure sits under 预算数, which may be more than one column right of 项目 (an ordinal column, a code column).
  const leftAmount =
    headers.find((h) => h.row === headerRow && h.col > left.col && h.col < right.col && /预算数|金额/.test(h.text))?.col ?? left.col + 1;
  const expenditureColumns: ParsedColumn[] = [];
  const w = width(snap);
  for (let c = right.col + 1; c <= w; c++) {
    const text = normalizeLabel(valueAt(snap, headerRow, c));
    if (!text) continue;
    if (tableId === 'financeSummary') {
      if (/预算数/.test(text)) expenditureColumns.push({ key: 'expenditure', label: text, col: c });
    } else {
      const hit = FISCAL_SUMMARY_COLUMN_LABELS.find(([, re]) => re.test(text));
      if (hit) expenditureColumns.push({ key: hit[0], label: text, col: c });
    }
  }
  if (tableId === 'financeSummary') {
    // Under 预算数 the 单位 layout spreads 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出 over the rows below.
    const firstSpending = expenditureColumns[0]?.col ?? right.col + 1;
    const sub = headers.filter((h) => h.row > headerRow && h.col >= firstSpending);
    const found: ParsedColumn[] = [];
    for (const [key, re] of FINANCE_SPENDING_LABELS) {
      const h = sub.find((x) => re.test(x.text) && !found.some((f) => f.col === x.col));
      if (h) found.push({ key, label: h.text, col: h.col });
    }
    const split = found.some((f) => f.key === 'personnel') && found.some((f) => f.key === 'public');
    const spending = found.filter((f) => !(split && f.key === 'basic'));
    if (spending.some((f) => f.key === 'expenditure')) {
      expenditureColumns.length = 0;
      expenditureColumns.push(...spending.sort((a, b) => a.col - b.col));
    }
  }
  const rightLabelEnd = expenditureColumns.length > 0 ? Math.min(...expenditureColumns.map((c) => c.col)) : right.col + 1;
  const income: ParsedSummaryLine[] = [];
  const expenditure: ParsedSummaryLine[] = [];
  let incomeTotal: ParsedSummaryLine | null = null;
  let expenditureTotal: ParsedSummaryLine | null = null;
  for (let r = headerRow + 1; r <= region.endRow; r++) {
    if ((snap.values[r - 1] ?? []).some((v) => isBoilerplate(normalizeLabel(v)))) continue;
    const l = labelText(snap, r, left.col, leftAmount);
    const rt = labelText(snap, r, right.col, rightLabelEnd);
    if (/^注\s*\d*[:：]/.test(l)) continue; // a note under the table, not an income line
    if (l && normalizeLabel(l) !== '项目' && /[^\d\s.,]/.test(l)) {
      const line = summaryLine(r, left.col, l, { income: readAmountCell(ctx, r, leftAmount) });
      if (/总计|^合计$/.test(normalizeLabel(l))) incomeTotal = line;
      else income.push(line);
    }
    if (rt && normalizeLabel(rt) !== '项目' && /[^\d\s.,]/.test(rt)) {
      const line = summaryLine(r, right.col, rt, Object.fromEntries(expenditureColumns.map((c) => [c.key, readAmountCell(ctx, r, c.col)])));
      if (/总计|^合计$/.test(normalizeLabel(rt))) expenditureTotal = line;
      else expenditure.push(line);
    }
  }
  return {
    kind: 'summary',
    tableId,
    sheet: snap.name,
    title: region.title,
    titleCell,
    year: ctx.year,
    unit: ctx.unit,
    income,
    incomeTotal,
    expenditure,
    expenditureTotal,
    expenditureColumns,
  };
}

/**
 * The 三公 table's header cells, each with its label as SANGONG_LABELS name it: a leading year
 * ("2024年机关运行经费预算数", as 普陀区 prints its 2024 table) is the budget year's column, and a
 * column headed by another year (上年's, printed beside it) is not read. Without a year in the title
 * the latest year printed in the header is the budget year's.
 */
function sangongHeaders(
  headers: ReadonlyArray<{ row: number; col: number; text: string }>,
  year: number | null,
): Array<{ row: number; col: number; text: string; label: string }> {
  const dated = headers.map((h) => {
    const m = /^(\d{4})年度?/.exec(h.text);
    return { ...h, label: m ? h.text.slice(m[0].length) : h.text, year: m ? Number(m[1]) : null };
  });
  const budgetYear = year ?? Math.max(0, ...dated.map((h) => h.year ?? 0));
  return dated.filter((h) => h.year === null || h.year === budgetYear);
}

function readSangong(ctx: Ctx): ParsedSangongTable | null {
  const { region } = ctx;
  const { snap } = region;
  const headers = sangongHeaders(headerCells(ctx), ctx.year);
  const cols: Record<string, number> = {};
  for (const [key, re] of SANGONG_LABELS) {
    const h = headers.find((x) => re.test(x.label) && !Object.values(cols).includes(x.col));
    if (h && !(key in cols)) cols[key] = h.col;
  }
  // "公务用车购置及运行费" spans 小计/购置费/运行费; with a 小计 column the 小计 holds the figure.
  const sub = headers.find((h) => h.text === '小计');
  if (sub) cols.vehicle = sub.col;
  const titleCell = titleCellOf(region);
  if (cols.total === undefined || cols.abroad === undefined) {
    ctx.findings.push(readerFinding('read/no-header', 'error', snap.name, titleCell, { title: region.title }));
    return null;
  }
  const headerEnd = Math.max(...headers.filter((h) => Object.values(cols).includes(h.col)).map((h) => h.row));
  let valueRow = -1;
  for (let r = headerEnd + 1; r <= region.endRow && valueRow < 0; r++) {
    if (Object.values(cols).some((c) => valueAt(snap, r, c) !== null || formulaAt(snap, r, c) !== null)) valueRow = r;
  }
  const row = valueRow > 0 ? valueRow : headerEnd + 1;
  const amounts: Record<string, ParsedAmount> = {};
  for (const [key, col] of Object.entries(cols)) {
    amounts[key] = valueRow > 0 ? readAmountCell(ctx, valueRow, col) : parsedAmount(null, cellAddress(row, col), null);
  }
  return {
    kind: 'sangong',
    tableId: 'sangong',
    sheet: snap.name,
    title: region.title,
    titleCell,
    year: ctx.year,
    unit: ctx.unit,
    row,
    amounts,
  };
}
