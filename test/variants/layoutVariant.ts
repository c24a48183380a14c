import { parseCellAddress } from '../../src/domain/a1';
import { canonicalName } from '../../src/domain/catalog/catalog';
import { excelRound } from '../../src/domain/money';
import type { ParsedClassifiedTable, ParsedSummaryTable, ParsedTable, ParsedWorkbook } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { normalizeLabel, tableIdOfTitle } from '../../src/domain/read/tableTitles';
import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { pick } from '../support/prng';
import {
  CellMap,
  cellMapOf,
  colIndex,
  deleteColumn,
  GridCell,
  GridSheet,
  insertColumn,
  insertRows,
  newMergeId,
  rowIndex,
  toGrid,
  toSnapshots,
} from './grid';
import { stackSheets } from './stack';

// Layout variants of a budget workbook, as officers and 财政 systems really publish the same
// figures: code columns split or merged, 类 lines with or without codes and numbering, header
// blocks repeated per printed page, blank and note rows, sheets renamed and reordered, titles with
// or without the year, 元 or 万元, numbers or text, codes as text or numbers. Every change keeps
// the figures; the cell map says where each original cell went.

export interface VariantSpec {
  readonly codeLayout: 'three' | 'three-full' | 'one';
  readonly codesAsNumbers: boolean;
  readonly indentNames: '' | '  ' | '\u3000\u3000';
  /** Names as printed: brackets of the other width, a space inside, "*" before the 三公 items. */
  readonly nameStyle: 'as-is' | 'brackets' | 'spaces' | 'starred';
  /** "2024年" or "2024年度" in the titles. */
  readonly yearStyle: '年' | '年度';
  readonly totalLabel: 'as-is' | 'spaced' | 'name-column';
  readonly classLines: 'numbered' | 'plain' | 'code' | 'split';
  readonly incomeSubStyle: 'as-is' | '1.' | '（一）' | '(1)';
  readonly incomeTopNumbered: boolean;
  /** Data rows per printed page when the header block is repeated; null: one block. */
  readonly pageRows: number | null;
  readonly continuedTitle: boolean;
  readonly pageFooter: boolean;
  readonly blankRowRate: number;
  readonly notes: boolean;
  readonly leadingRows: number;
  readonly headerGap: boolean;
  readonly marginColumn: boolean;
  readonly sheetNames: 'keep' | 'template' | 'generic';
  /** Every table on one sheet, one under the other (a PDF converted to Excel). */
  readonly stacked: boolean;
  readonly shuffleSheets: boolean;
  readonly yearInTitles: 'all' | 'first';
  readonly departmentInTitles: boolean;
  /** 万元2: 万元 to two decimals, as printed (the figures then carry rounding differences). */
  readonly unit: '元' | '万元' | '万元2' | 'mixed';
  readonly sangongUnit: '万元' | '元';
  readonly textAmounts: false | 'thousands' | 'plain';
  readonly blankAs: null | '-' | '—' | 0;
  /** Formula results left out (files from tools that do not calculate): the reader computes them. */
  readonly dropCaches: boolean;
}

export interface BaseTraits {
  /** The base has formulas: text amounts, rounded 万元 and per-table units would be real faults there. */
  readonly formulas: boolean;
}

export interface Variant {
  readonly spec: VariantSpec;
  readonly sheets: SheetSnapshot[];
  readonly map: CellMap;
  /** The figures were rounded (万元 to two decimals): 尾差 and other 提示 may legitimately change. */
  readonly rounded: boolean;
}

export function randomSpec(rand: () => number, traits: BaseTraits): VariantSpec {
  const chance = (p: number) => rand() < p;
  const unit = traits.formulas ? pick(rand, ['元', '元', '万元'] as const) : pick(rand, ['元', '万元', '万元2', 'mixed'] as const);
  return {
    codeLayout: pick(rand, ['three', 'three-full', 'one'] as const),
    codesAsNumbers: chance(0.3),
    indentNames: pick(rand, ['', '', '  ', '\u3000\u3000'] as const),
    nameStyle: pick(rand, ['as-is', 'as-is', 'brackets', 'spaces', 'starred'] as const),
    yearStyle: chance(0.2) ? '年度' : '年',
    totalLabel: pick(rand, ['as-is', 'spaced', 'name-column'] as const),
    classLines: pick(rand, ['numbered', 'plain'] as const),
    incomeSubStyle: pick(rand, ['as-is', '1.', '（一）', '(1)'] as const),
    incomeTopNumbered: chance(0.7),
    pageRows: chance(0.4) ? 6 + Math.floor(rand() * 15) : null,
    continuedTitle: chance(0.5),
    pageFooter: chance(0.5),
    blankRowRate: pick(rand, [0, 0, 0.05, 0.15]),
    notes: chance(0.5),
    leadingRows: pick(rand, [0, 0, 1, 2]),
    headerGap: chance(0.3),
    marginColumn: chance(0.2),
    sheetNames: pick(rand, ['keep', 'template', 'generic'] as const),
    shuffleSheets: chance(0.5),
    stacked: chance(0.12),
    yearInTitles: chance(0.6) ? 'all' : 'first',
    departmentInTitles: chance(0.3),
    unit,
    // A 三公 table printed in 万元 is rounded to 0.01 万元; its figures ×10,000 are not what an 元
    // table would print, except where they were entered exactly (the product's own workbooks).
    sangongUnit: traits.formulas && chance(0.25) ? '元' : '万元',
    textAmounts: traits.formulas || !chance(0.35) ? false : pick(rand, ['thousands', 'plain'] as const),
    blankAs: pick(rand, [null, null, '-', '—', 0] as const),
    dropCaches: traits.formulas && chance(0.3),
  };
}

/** Sheet names of the Shanghai publication workbook (../shared/corpus/templates), by table. */
const TEMPLATE_NAMES: Readonly<Record<string, string>> = {
  financeSummary: '部门收支总表',
  income: '部门收入总表',
  expenditure: '部门支出总表',
  fiscalSummary: '部门财政拨款收支总表',
  generalPublic: '部门一般公共预算拨款表',
  govFund: '部门政府性基金拨款表',
  stateCapital: '部门国有资本经营预算拨款表',
  economic: '部门一般公共预算拨款基本支出明细表',
  sangong: '部门“三公”经费和机关运行费预算表',
};

const NOTES = [
  '注：表中数据合计数与各分项之和的差异系四舍五入所致。',
  '注：本表反映部门本年度预算安排情况。',
  '备注：',
  '说明：以上金额均不含上年结转。',
];

const CN_NUMS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

function cellAt(g: GridSheet, origRow: number, origCol: number): GridCell | undefined {
  const r = rowIndex(g, origRow);
  const c = g.colOrigin.indexOf(origCol);
  return r < 0 || c < 0 ? undefined : g.cells[r]?.[c];
}

function colOf(cell: string): number {
  return parseCellAddress(cell).col;
}
function rowOf(cell: string): number {
  return parseCellAddress(cell).row;
}

/** All amount cells of a table, as original (row, col) pairs. */
function amountCells(t: ParsedTable): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const add = (cell: string) => out.push([rowOf(cell), colOf(cell)]);
  if (t.kind === 'classified') {
    for (const row of [...t.rows, ...(t.total ? [t.total] : [])]) for (const a of Object.values(row.amounts)) add(a.cell);
  } else if (t.kind === 'summary') {
    for (const l of [...t.income, ...t.expenditure, t.incomeTotal, t.expenditureTotal])
      if (l) for (const a of Object.values(l.amounts)) add(a.cell);
  } else for (const a of Object.values(t.amounts)) add(a.cell);
  return out;
}

function formatText(v: number, style: 'thousands' | 'plain'): string {
  const s = String(v);
  if (style === 'plain') return s;
  const [int = '', frac] = s.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${v < 0 ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** The unit a table ends up in, and the factor its figures are multiplied by. */
function unitPlan(spec: VariantSpec, t: ParsedTable, rand: () => number): { unit: '元' | '万元'; factor: number; round: boolean } {
  if (t.kind === 'sangong') {
    if (t.unit === spec.sangongUnit) return { unit: t.unit, factor: 1, round: false };
    return spec.sangongUnit === '元' ? { unit: '元', factor: 10_000, round: false } : { unit: '万元', factor: 1 / 10_000, round: false };
  }
  const wanted = spec.unit === 'mixed' ? (rand() < 0.5 ? '万元' : '元') : spec.unit === '元' ? '元' : '万元';
  const round = spec.unit === '万元2';
  if (wanted === t.unit) return { unit: t.unit, factor: 1, round: false };
  return wanted === '万元' ? { unit: '万元', factor: 1 / 10_000, round } : { unit: '元', factor: 10_000, round: false };
}

function scale(v: CellValue, factor: number, round: boolean): CellValue {
  if (typeof v !== 'number' || factor === 1) return v;
  const x = factor < 1 ? v / (1 / factor) : v * factor;
  return round ? excelRound(x, 2) : Number(x.toPrecision(15));
}

/** Header rows of a table (title row through the row before the first data row), original numbers. */
function headerBand(t: ParsedTable): { first: number; last: number } {
  const first = rowOf(t.titleCell);
  if (t.kind === 'classified') return { first, last: t.firstDataRow - 1 };
  if (t.kind === 'sangong') return { first, last: t.row - 1 };
  const rows = [...t.income, ...t.expenditure].map((l) => l.row);
  return { first, last: Math.min(...rows) - 1 };
}

const parsed = new WeakMap<readonly SheetSnapshot[], ParsedWorkbook>();
function parsedBase(base: readonly SheetSnapshot[]): ParsedWorkbook {
  let wb = parsed.get(base);
  if (!wb) parsed.set(base, (wb = readBudgetTables(base).workbook));
  return wb;
}

/** Makes one layout variant of `base` (which must read cleanly). */
export function makeVariant(base: readonly SheetSnapshot[], spec: VariantSpec, rand: () => number): Variant {
  const workbook = parsedBase(base);
  const grids = toGrid(base);
  const bySheet = new Map(grids.map((g) => [g.origName, g]));
  const tables = workbook.tables;
  let rounded = false;

  // 1. Cell contents, in place.
  const classCodes = classCodesByName(workbook);
  tables.forEach((t, i) => {
    const g = bySheet.get(t.sheet);
    if (!g) return;
    const u = unitPlan(spec, t, rand);
    if (u.round) rounded = true;
    if (u.factor !== 1) {
      for (const [r, c] of amountCells(t)) {
        const cell = cellAt(g, r, c);
        if (cell) cell.v = scale(cell.v, u.factor, u.round);
      }
      setUnitLabel(g, t, u.unit);
      if (u.round) for (const [r, c] of amountCells(t)) if (cellAt(g, r, c)?.f) cellAt(g, r, c)!.f = null; // printed figures only
    }
    if (spec.textAmounts) {
      for (const [r, c] of amountCells(t)) {
        const cell = cellAt(g, r, c);
        if (cell && typeof cell.v === 'number' && cell.f === null) cell.v = formatText(cell.v, spec.textAmounts);
      }
    }
    if (spec.dropCaches) for (const [r, c] of amountCells(t)) if (cellAt(g, r, c)?.f) cellAt(g, r, c)!.v = null;
    retitle(g, t, spec, i === 0, workbook.department);
    if (t.kind === 'classified') classifiedContents(g, t, spec);
    if (t.kind === 'summary') summaryContents(g, t, spec, classCodes);
  });

  // 2. Columns: code columns merged into one, "一、" split from the 类 name, a blank margin column.
  for (const t of tables) {
    const g = bySheet.get(t.sheet);
    if (!g) continue;
    if (t.kind === 'classified' && spec.codeLayout === 'one' && t.codeColumns.length > 1) mergeCodeColumns(g, t);
    if (t.kind === 'summary' && spec.classLines === 'split') splitClassLines(g, t);
  }
  if (spec.marginColumn) for (const g of grids) insertColumn(g, 0);

  // 3. Rows: page blocks, blank and note rows, leading rows, a gap under the title.
  for (const t of [...tables].reverse()) {
    const g = bySheet.get(t.sheet);
    if (!g) continue;
    if (t.kind === 'classified') classifiedRows(g, t, spec, rand);
    if (spec.headerGap) {
      const at = rowIndex(g, rowOf(t.titleCell));
      if (at >= 0) insertRows(g, at + 1, [[]]);
    }
  }
  if (spec.leadingRows > 0)
    for (const g of grids)
      insertRows(
        g,
        0,
        Array.from({ length: spec.leadingRows }, () => []),
      );

  // 4. Sheets: names and order.
  renameSheets(grids, tables, spec, rand);
  const order = spec.shuffleSheets ? shuffled(grids, rand) : grids;
  const sheets = toSnapshots(order);
  const map = cellMapOf(grids);
  if (!spec.stacked) return { spec, sheets, map, rounded };
  const tableSheets = new Set(grids.filter((g) => tables.some((t) => t.sheet === g.origName)).map((g) => g.name));
  const stacked = stackSheets(sheets, tableSheets, pick(rand, ['Sheet1', '预算公开表', '部门预算']), pick(rand, [1, 2, 3]));
  return {
    spec,
    sheets: stacked.sheets,
    map: (sheet, cell) => {
      const moved = map(sheet, cell);
      return moved ? stacked.map(moved.sheet, moved.cell) : null;
    },
    rounded,
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function classCodesByName(wb: ParsedWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of wb.tables) {
    if (t.kind !== 'classified' || t.tableId === 'economic') continue;
    for (const r of t.rows) if (r.role === 'class' && r.code) out.set(canonicalName(r.name), r.code);
  }
  return out;
}

function setUnitLabel(g: GridSheet, t: ParsedTable, unit: '元' | '万元'): void {
  const { first, last } = headerBand(t);
  for (let r = first; r <= last; r++) {
    const i = rowIndex(g, r);
    for (const cell of g.cells[i] ?? []) {
      if (typeof cell.v === 'string' && /单位[:：]\s*(万元|元)/.test(cell.v))
        cell.v = cell.v.replace(/(单位[:：]\s*)(万元|元)/, `$1${unit}`);
    }
  }
}

function retitle(g: GridSheet, t: ParsedTable, spec: VariantSpec, first: boolean, department: string | null): void {
  const cell = cellAt(g, rowOf(t.titleCell), colOf(t.titleCell));
  if (!cell || typeof cell.v !== 'string') return;
  let title = cell.v;
  if (spec.yearStyle === '年度') title = title.replace(/(\d{4})\s*年(?!度)/, '$1年度');
  if (spec.yearInTitles === 'first' && !first) title = title.replace(/\d{4}\s*年(度)?/, '');
  if (spec.departmentInTitles && department) title = `${department}${title}`;
  cell.v = title;
}

function classifiedContents(g: GridSheet, t: ParsedClassifiedTable, spec: VariantSpec): void {
  const [c1, c2, c3] = t.codeColumns;
  for (const row of t.rows) {
    const code = row.code;
    if (!code) continue;
    const parts = t.codeColumns.map((c) => cellAt(g, row.row, c));
    if (t.codeColumns.length > 1 && c1 !== undefined) {
      const cls = code.slice(0, 3);
      const kuan = code.slice(3, 5);
      const item = code.slice(5, 7);
      const values: CellValue[] =
        spec.codeLayout === 'three-full'
          ? [cls, kuan ? code.slice(0, 5) : null, item ? code : null]
          : spec.codeLayout === 'one'
            ? [code, null, null]
            : [cls, kuan || null, item || null];
      parts.forEach((p, i) => {
        if (!p) return;
        const v = values[i] ?? null;
        p.v = spec.codesAsNumbers && typeof v === 'string' ? Number(v) : v;
      });
    } else if (parts[0] && spec.codesAsNumbers) parts[0].v = Number(code);
    void c2;
    void c3;
    const name = cellAt(g, row.row, t.nameColumn);
    if (name && typeof name.v === 'string') name.v = restyleName(name.v, code, spec.nameStyle);
    if (name && typeof name.v === 'string' && spec.indentNames && row.role !== 'class') {
      name.v = `${spec.indentNames.repeat(row.role === 'item' ? 2 : 1)}${name.v}`;
    }
    if (spec.blankAs !== null) {
      for (const a of Object.values(row.amounts)) {
        const cell = cellAt(g, rowOf(a.cell), colOf(a.cell));
        if (cell && cell.v === null && cell.f === null) cell.v = spec.blankAs;
      }
    }
  }
  if (t.total && spec.totalLabel !== 'as-is') {
    const labelCol = t.totalLabelColumn ?? t.codeColumns[0]!;
    const cell = cellAt(g, t.total.row, labelCol);
    if (cell && typeof cell.v === 'string') {
      const text = normalizeLabel(cell.v);
      if (spec.totalLabel === 'spaced') cell.v = [...text].join('      ');
      else if (labelCol !== t.nameColumn) {
        // The label moves into the name column, out of any merge across the code columns.
        const target = cellAt(g, t.total.row, t.nameColumn);
        if (target) {
          cell.v = null;
          target.v = text;
          const row = g.cells[rowIndex(g, t.total.row)] ?? [];
          for (const c of row) delete c.m;
        }
      }
    }
  }
}

function summaryContents(g: GridSheet, t: ParsedSummaryTable, spec: VariantSpec, classCodes: Map<string, string>): void {
  t.expenditure.forEach((line, i) => {
    const cell = cellAt(g, line.row, colOf(line.labelCell));
    if (!cell || typeof cell.v !== 'string' || line.level !== 1) return;
    const name = line.name;
    const code = classCodes.get(canonicalName(name));
    if (spec.classLines === 'plain') cell.v = name;
    else if (spec.classLines === 'code') cell.v = code ? `${code} ${name}` : name;
    else if (spec.classLines === 'numbered') cell.v = `${CN_NUMS[i] ?? String(i + 1)}、${name}`;
  });
  let top = 0;
  let sub = 0;
  for (const line of t.income) {
    const cell = cellAt(g, line.row, colOf(line.labelCell));
    if (!cell || typeof cell.v !== 'string') continue;
    if (line.level === 1) {
      top++;
      sub = 0;
      const subs = t.income.some((l) => l.level === 2);
      cell.v = spec.incomeTopNumbered || !subs ? `${CN_NUMS[top - 1]}、${line.name}` : line.name;
    } else {
      sub++;
      if (spec.incomeSubStyle === '1.') cell.v = `${sub}. ${line.name}`;
      else if (spec.incomeSubStyle === '（一）') cell.v = `（${CN_NUMS[sub - 1]}）${line.name}`;
      else if (spec.incomeSubStyle === '(1)') cell.v = `(${sub})${line.name}`;
    }
  }
}

/** Economic 款 of the 三公 items, which publications mark with "*". */
const SANGONG_CODES = new Set(['30212', '30217', '30231', '31013']);

function restyleName(name: string, code: string, style: VariantSpec['nameStyle']): string {
  if (style === 'brackets') return name.replace(/[（(）)]/g, (b) => ({ '（': '(', '(': '（', '）': ')', ')': '）' })[b] ?? b);
  // A space where a PDF line break or a justified cell left one: after the second character.
  if (style === 'spaces' && [...name].length > 3) return `${[...name].slice(0, 2).join('')} ${[...name].slice(2).join('')}`;
  if (style === 'starred' && SANGONG_CODES.has(code)) return `*${name}`;
  return name;
}

/** 类/款/项 (or 类/款) columns become one "科目编码" column holding the whole code. */
function mergeCodeColumns(g: GridSheet, t: ParsedClassifiedTable): void {
  const [first, ...rest] = t.codeColumns;
  if (first === undefined) return;
  // The 类/款/项 sub-header cells go; the code header above them stays.
  for (let r = rowOf(t.titleCell) + 1; r < t.firstDataRow; r++) {
    for (const c of t.codeColumns) {
      const cell = cellAt(g, r, c);
      if (cell && typeof cell.v === 'string' && /^[类款项]$/.test(normalizeLabel(cell.v))) cell.v = null;
    }
  }
  for (const c of [...rest].reverse()) {
    const at = colIndex(g, c);
    if (at >= 0) deleteColumn(g, at);
  }
}

/** "一、" in one cell and the 类 name in the next: a column inserted after the expenditure labels. */
function splitClassLines(g: GridSheet, t: ParsedSummaryTable): void {
  const labelCol = t.expenditure[0] ? colOf(t.expenditure[0].labelCell) : undefined;
  if (labelCol === undefined) return;
  const at = colIndex(g, labelCol) + 1;
  insertColumn(g, at);
  const lineRows = new Set(t.expenditure.map((l) => l.row));
  const { first, last } = headerBand(t);
  g.cells.forEach((row, i) => {
    const o = g.rowOrigin[i];
    const label = row[at - 1];
    const next = row[at];
    if (!label || !next || o === undefined) return;
    if (lineRows.has(o) && typeof label.v === 'string') {
      const m = /^([一二三四五六七八九十]+、)\s*(.+)$/.exec(label.v.trim());
      if (m) {
        label.v = m[1]!;
        next.v = m[2]!;
        return;
      }
    }
    // Headers and totals span both columns.
    if ((o >= first && o <= last && label.v !== null) || (o > last && typeof label.v === 'string')) {
      const id = label.m ?? newMergeId();
      label.m = id;
      next.m = id;
    }
  });
}

function classifiedRows(g: GridSheet, t: ParsedClassifiedTable, spec: VariantSpec, rand: () => number): void {
  const title = rowOf(t.titleCell);
  const header = [...g.cells.slice(rowIndex(g, title), rowIndex(g, t.firstDataRow))];
  const dataRows = t.rows.map((r) => r.row);
  const lastData = t.total?.row ?? dataRows[dataRows.length - 1];
  if (lastData === undefined) return;
  // Notes and a footer after the table.
  const after = rowIndex(g, lastData) + 1;
  const tail: GridCell[][] = [];
  if (spec.notes) tail.push([{ v: pick(rand, NOTES), f: null }]);
  if (spec.pageFooter) tail.push([{ v: '第 1 页', f: null }]);
  if (tail.length > 0) insertRows(g, after, tail);
  // From the bottom up, so earlier positions stay valid: blank rows and page breaks between data rows.
  const between = dataRows.filter((r) => r !== lastData);
  let page = 0;
  const breaks: number[] = [];
  if (spec.pageRows) for (let i = spec.pageRows; i < between.length; i += spec.pageRows) breaks.push(between[i]!);
  for (const r of [...between].reverse()) {
    const at = rowIndex(g, r);
    if (at < 0) continue;
    if (breaks.includes(r)) {
      page++;
      const block: GridCell[][] = [];
      if (spec.pageFooter) block.push([{ v: `第 ${breaks.length - page + 1} 页`, f: null }]);
      const ids = new Map<number, number>();
      for (const [k, row] of header.entries()) {
        block.push(
          row.map((c) => {
            const copy: GridCell = { v: c.v, f: null };
            if (k === 0 && spec.continuedTitle && typeof c.v === 'string' && tableIdOfTitle(c.v)) copy.v = `${c.v}（续）`;
            if (c.m !== undefined) {
              if (!ids.has(c.m)) ids.set(c.m, newMergeId());
              copy.m = ids.get(c.m)!;
            }
            return copy;
          }),
        );
      }
      insertRows(g, at, block);
    } else if (rand() < spec.blankRowRate) insertRows(g, at, [[]]);
  }
}

function renameSheets(grids: GridSheet[], tables: readonly ParsedTable[], spec: VariantSpec, rand: () => number): void {
  if (spec.sheetNames === 'keep') return;
  const taken = new Set<string>();
  grids.forEach((g, i) => {
    const table = tables.find((t) => t.sheet === g.origName);
    let name =
      spec.sheetNames === 'template' && table
        ? (TEMPLATE_NAMES[table.tableId] ?? g.name)
        : pick(rand, [`Sheet${i + 1}`, `表${i + 1}`, `附表${i + 1}`, `${i + 1}`]);
    while (taken.has(name)) name = `${name}(${i + 1})`;
    taken.add(name);
    g.name = name;
  });
}
