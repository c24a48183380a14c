import { cellAddress } from '../a1';
import { builtInCatalogs, canonicalName, CatalogSet } from '../catalog/catalog';
import { parentCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import type { BudgetData, LineItem, LineTableId, Sangong } from '../model/budgetData';
import { fenToYuan, formatThousands } from '../money';
import { buildBudgetWorkbook } from '../plan/buildBudgetWorkbook';
import { yuanFormat } from '../plan/styles';
import { SANGONG_COLUMNS, SANGONG_ROW } from '../plan/buildSangongSheet';
import type { SheetPlan, WorkbookPlan } from '../plan/sheetPlan';
import { layoutEditionForYear } from '../templates/editions';
import type { ClassifiedTableDef, EditionDef, TableDef } from '../templates/types';
import { buildUnitDetailSheet, DetailRow } from './buildUnitDetailSheet';
import { buildUnitListSheet, ListedUnit } from './buildUnitListSheet';
import { LINE_TABLE_IDS, SANGONG_KEYS, SangongKey, UnitBudget } from './unitBudget';
import { unitFinding } from './unitFinding';

// 主管部门 consolidation: every unit's leaf line items summed by table, code and column into one
// BudgetData; the department tables are then laid out by the same builder as a unit's (parents
// and totals are formulas), followed by the 单位列表 and the 单位明细 that trace every figure.

export interface ConsolidateOptions {
  /** 主管部门 name for the tables; by default the units' common 编制部门. */
  readonly department?: string;
  /** Budget year; by default the year most units state. */
  readonly year?: number;
  readonly catalogs?: CatalogSet;
}

export interface ConsolidatedUnit extends ListedUnit {
  readonly included: boolean;
}

export interface ConsolidationResult {
  /** Department tables + 单位列表 + 单位明细; null when no unit could be consolidated. */
  readonly plan: WorkbookPlan | null;
  readonly data: BudgetData | null;
  readonly year: number | null;
  readonly department: string;
  /** All units in listing order: failing first. */
  readonly units: readonly ConsolidatedUnit[];
  readonly findings: readonly Finding[];
}

const SANGONG_LABELS: Readonly<Record<SangongKey, string>> = {
  abroad: '因公出国(境)费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  officeOperation: '机关运行经费',
};

/** Placeholder department name when the units disagree and none was given. */
export const DEFAULT_DEPARTMENT = '主管部门（汇总）';

interface CodeAgg {
  readonly code: string;
  /** First name seen, and every spelling with the units using it (indexes of the included units, in the order met). */
  readonly names: Map<string, { name: string; units: number[] }>;
  /**
   * By included unit index (a hole where the unit has no such leaf): 分 by column key, the unit's own
   * leaf amounts, not copied. An array: the 单位明细 looks up every unit for every row.
   */
  readonly perUnit: Array<Readonly<Record<string, number>>>;
}

export function consolidateUnits(units: readonly UnitBudget[], options: ConsolidateOptions = {}): ConsolidationResult {
  if (options.department !== undefined && options.department.trim() === '') throw new RangeError('consolidateUnits: 主管部门名称不能为空');
  const findings: Finding[] = units.flatMap((u) => u.findings);
  const readable = units.filter((u) => u.readable);
  const year = options.year ?? mostCommonYear(readable);
  const excluded = new Map<UnitBudget, string>();
  for (const u of units) if (!u.readable) excluded.set(u, `未汇总：${u.unreadableReason ?? '无法读取'}`);
  if (year === null) {
    for (const u of readable) excluded.set(u, '未汇总：表标题中没有年度');
    findings.push(unitFinding('consolidate/no-units', 'error', '', { count: units.length }));
    return unconsolidated(null, options.department ?? DEFAULT_DEPARTMENT, units, excluded, findings);
  }
  for (const u of readable) {
    if (u.year === null) findings.push(unitFinding('consolidate/year-unknown', 'warning', u.file, { expected: year }));
    else if (u.year !== year) {
      excluded.set(u, `未汇总：年度为 ${u.year} 年`);
      findings.push(unitFinding('consolidate/year-mismatch', 'error', u.file, { year: u.year, expected: year }));
    }
  }
  const included = readable.filter((u) => !excluded.has(u));
  if (included.length === 0) {
    findings.push(unitFinding('consolidate/no-units', 'error', '', { count: units.length }));
    return unconsolidated(year, options.department ?? DEFAULT_DEPARTMENT, units, excluded, findings);
  }

  const edition = layoutEditionForYear(year);
  for (const u of included) {
    if (u.layoutEdition !== null && u.layoutEdition !== edition.edition) {
      findings.push(
        unitFinding('consolidate/edition-mismatch', 'warning', u.file, { edition: u.layoutEdition, expected: edition.edition, year }),
      );
    }
    reportMissingTables(u, edition, findings);
  }
  const department = options.department?.trim() ?? commonDepartment(included, findings);
  reportDuplicateUnits(included, findings);

  const classified = edition.tables.filter((t): t is ClassifiedTableDef => t.kind === 'classified');
  const catalogs = options.catalogs ?? builtInCatalogs(edition.edition);
  const lines: Record<LineTableId, LineItem[]> = {
    income: [],
    expenditure: [],
    generalPublic: [],
    govFund: [],
    stateCapital: [],
    economic: [],
  };
  const aggs = new Map<LineTableId, Map<string, CodeAgg>>();
  const misplaced = new Map<LineTableId, Set<string>>();
  for (const id of LINE_TABLE_IDS) {
    const def = classified.find((d) => d.id === id);
    const agg = aggregate(included, id);
    aggs.set(id, agg);
    const tableName = def?.sheetName ?? id;
    if (!def) {
      // A table the department's edition does not have (2020 units have no 国有资本经营预算 table).
      for (const [code, a] of agg)
        reportUnplaced(included, a, id, tableName, code, { rule: 'consolidate/table-not-in-edition', edition: edition.edition }, findings);
      misplaced.set(id, new Set(agg.keys()));
      continue;
    }
    const conflicted = levelConflicts(agg);
    misplaced.set(id, conflicted);
    const catalog = def.codeKind === 'functional' ? catalogs.functional : catalogs.economic;
    for (const [code, a] of [...agg].sort(([x], [y]) => x.localeCompare(y))) {
      if (a.names.size > 1) {
        const used = catalog.name(code) ?? firstName(a);
        const names = [...a.names.values()]
          .map((n) => `“${n.name}”（${[...new Set(n.units.map((i) => included[i]?.file))].join('、')}）`)
          .join('；');
        findings.push(
          unitFinding('consolidate/name-conflict', 'warning', '', { table: tableName, code, names, used }, { sheet: tableName, code }),
        );
      }
      if (conflicted.has(code)) {
        reportUnplaced(included, a, id, tableName, code, { rule: 'consolidate/level-conflict' }, findings);
        continue;
      }
      const amounts: Record<string, number> = {};
      a.perUnit.forEach((perKey) => {
        for (const k in perKey) amounts[k] = (amounts[k] ?? 0) + (perKey[k] ?? 0);
      });
      lines[id].push({ code, name: firstName(a), amounts });
    }
  }
  const sangong = sumSangong(included);
  const data: BudgetData = { year, department, edition: edition.edition, lines, sangong };
  const built = buildBudgetWorkbook(data, { catalogs });
  findings.push(...built.findings);

  const order = listingOrder(units, excluded);
  const includedOrdered = order.filter((u) => !excluded.has(u));
  const sheets = new Map(built.plan.sheets.map((s) => [s.layout?.tableId ?? s.name, s] as const));
  const detailRows = detailRowsOf(edition, sheets, aggs, misplaced, included, includedOrdered);
  const detail = buildUnitDetailSheet({
    year,
    department,
    units: includedOrdered.map((u) => ({ name: displayName(u), file: u.file })),
    rows: detailRows,
  });
  const colOf = new Map(
    includedOrdered.flatMap((u, i) => {
      const col = detail.layout.unitCols[i];
      return col === undefined ? [] : [[u, col] as const];
    }),
  );
  const listed = order.map((u) => listed1(u, excluded, colOf.get(u) ?? null));
  const incomeDef = classified.find((d) => d.id === 'income');
  const expenditureDef = classified.find((d) => d.id === 'expenditure');
  const list = buildUnitListSheet({
    year,
    department,
    units: listed,
    detail: detail.layout,
    incomeLabel: incomeDef ? tableLabel(incomeDef) : '',
    expenditureLabel: expenditureDef ? tableLabel(expenditureDef) : '',
    incomeTotal: totalCell(sheets.get('income')),
    expenditureTotal: totalCell(sheets.get('expenditure')),
    countsNote: countsNote(units),
    amountFormat: yuanFormat(detailRows.filter((r) => r.unit === '元').flatMap((r) => r.fen.filter((v): v is number => v !== null))),
  });
  const plan: WorkbookPlan = { sheets: [...built.plan.sheets, list, detail.sheet] };
  return {
    plan,
    data,
    year,
    department,
    units: order.map((u) => ({ ...listed1(u, excluded, colOf.get(u) ?? null), included: !excluded.has(u) })),
    findings,
  };
}

/** Nothing could be consolidated: the unit list and findings still say why. */
function unconsolidated(
  year: number | null,
  department: string,
  units: readonly UnitBudget[],
  excluded: ReadonlyMap<UnitBudget, string>,
  findings: Finding[],
): ConsolidationResult {
  const order = listingOrder(units, excluded);
  return {
    plan: null,
    data: null,
    year,
    department,
    units: order.map((u) => ({ ...listed1(u, excluded, null), included: !excluded.has(u) })),
    findings,
  };
}

/** "收入预算总表（表2）": never ends in 表, so the reader does not take a 单位明细 row for a table title. */
export function tableLabel(def: TableDef): string {
  return `${def.sheetName.replace(/^\d+\s*/, '')}（表${def.number}）`;
}

function displayName(u: UnitBudget): string {
  return u.department ?? u.file.replace(/^.*[\\/]/, '').replace(/\.xlsx?$/i, '');
}

function listed1(u: UnitBudget, excluded: ReadonlyMap<UnitBudget, string>, detailCol: number | null): ListedUnit {
  const reason = excluded.get(u);
  return {
    name: displayName(u),
    file: u.file,
    year: u.year,
    errors: u.counts.errors,
    warnings: u.counts.warnings,
    status: reason ?? '已汇总',
    failing: reason !== undefined || u.counts.errors > 0,
    detailCol,
  };
}

/** Failing units first (not consolidated, then most errors), otherwise the order given. */
function listingOrder(units: readonly UnitBudget[], excluded: ReadonlyMap<UnitBudget, string>): UnitBudget[] {
  const rank = (u: UnitBudget) => (excluded.has(u) ? 0 : u.counts.errors > 0 ? 1 : 2);
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => rank(a.u) - rank(b.u) || (rank(a.u) === 1 ? b.u.counts.errors - a.u.counts.errors : 0) || a.i - b.i)
    .map((x) => x.u);
}

function countsNote(units: readonly UnitBudget[]): string {
  const fromChecker = units.some((u) => u.countsFrom === 'checker');
  return fromChecker ? '“错误”“警告”为各单位工作簿按审核规则自查的结果' : '“错误”“警告”为读取各单位工作簿时发现的问题（未接入审核规则）';
}

function mostCommonYear(units: readonly UnitBudget[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) if (u.year !== null) counts.set(u.year, (counts.get(u.year) ?? 0) + 1);
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && y > best)) {
      best = y;
      bestN = n;
    }
  }
  return best;
}

function commonDepartment(units: readonly UnitBudget[], findings: Finding[]): string {
  const names = [...new Set(units.map((u) => u.department).filter((d): d is string => d !== null && d !== ''))];
  const [only] = names;
  if (names.length === 1 && only !== undefined) return only;
  findings.push(unitFinding('consolidate/department-missing', 'warning', '', { name: DEFAULT_DEPARTMENT, count: names.length }));
  return DEFAULT_DEPARTMENT;
}

function reportMissingTables(u: UnitBudget, edition: EditionDef, findings: Finding[]): void {
  const own = u.layoutEdition !== null ? layoutEditionForYear(u.layoutEdition) : edition;
  for (const def of edition.tables) {
    if (!own.tables.some((t) => t.id === def.id)) continue;
    const present = def.kind === 'classified' ? u.tables[def.id] !== undefined : def.kind === 'sangong' ? u.sangong !== null : true;
    if (!present) findings.push(unitFinding('consolidate/table-missing', 'warning', u.file, { table: def.sheetName }));
  }
}

/** Two units with identical figures are most likely the same file submitted twice. */
function reportDuplicateUnits(units: readonly UnitBudget[], findings: Finding[]): void {
  // Units are told apart by a fingerprint of their figures first (no strings, no sorting); the
  // canonical key is built only for units whose fingerprints meet, and decides.
  const firstByPrint = new Map<number, UnitBudget[]>();
  const keys = new Map<UnitBudget, string>();
  const keyOf = (u: UnitBudget) => {
    let k = keys.get(u);
    if (k === undefined) keys.set(u, (k = figuresKey(u)));
    return k;
  };
  for (const u of units) {
    const print = figuresPrint(u);
    if (print === null) continue;
    const firsts = firstByPrint.get(print);
    if (!firsts) {
      firstByPrint.set(print, [u]);
      continue;
    }
    const first = firsts.find((f) => keyOf(f) === keyOf(u));
    if (first) findings.push(unitFinding('consolidate/duplicate-unit', 'warning', u.file, { other: first.file }));
    else firsts.push(u);
  }
}

/**
 * A 32-bit fingerprint of the unit's non-zero figures, the same for equal figures in any row
 * order (a sum over them); null when it has none (figuresKey is then ''). Equal keys give equal
 * fingerprints; unequal ones rarely do, and then the keys tell them apart.
 */
function figuresPrint(u: UnitBudget): number | null {
  let print = 0;
  let any = false;
  LINE_TABLE_IDS.forEach((id, t) => {
    for (const l of u.tables[id]?.leaves ?? []) {
      const code = textHash(l.code);
      for (const k in l.amounts) {
        const v = l.amounts[k] ?? 0;
        if (v === 0) continue;
        any = true;
        print = (print + mix(t, code, textHash(k), v)) | 0;
      }
    }
  });
  SANGONG_KEYS.forEach((k, i) => {
    const v = u.sangong?.amounts[k];
    if (!v) return;
    any = true;
    print = (print + mix(LINE_TABLE_IDS.length, i, 0, v)) | 0;
  });
  return any ? print : null;
}

function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** One figure's share of the fingerprint: its place and its amount (分, split into two 32-bit halves). */
function mix(table: number, code: number, key: number, fen: number): number {
  let h = Math.imul(table + 1, 0x9e3779b1) ^ code;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ key;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (fen | 0);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ Math.floor(fen / 0x1_0000_0000);
  return h ^ (h >>> 15);
}

/** The unit's non-zero figures in one canonical string ('' when it has none); equal for equal figures in any row order. */
function figuresKey(u: UnitBudget): string {
  const parts: string[] = [];
  for (const id of LINE_TABLE_IDS) {
    // Code-point order: any fixed order makes the key canonical, and this one costs no collation.
    for (const l of [...(u.tables[id]?.leaves ?? [])].sort((a, b) => byCodePoint(a.code, b.code))) {
      const amounts = Object.entries(l.amounts)
        .filter(([, v]) => v !== 0)
        .sort(([a], [b]) => byCodePoint(a, b));
      if (amounts.length > 0) parts.push(`${id}:${l.code}:${amounts.map(([k, v]) => `${k}=${v}`).join(',')}`);
    }
  }
  for (const k of SANGONG_KEYS) if (u.sangong?.amounts[k]) parts.push(`sg:${k}=${u.sangong.amounts[k]}`);
  return parts.join('|');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first spelling seen (aggregate gives every code at least one, possibly ''). */
function firstName(a: CodeAgg): string {
  const [first] = a.names.values();
  return first?.name ?? '';
}

function aggregate(units: readonly UnitBudget[], id: LineTableId): Map<string, CodeAgg> {
  const agg = new Map<string, CodeAgg>();
  // The units of a district spell the same few hundred names: each is canonicalised once.
  const canonical = new Map<string, string>();
  units.forEach((u, i) => {
    for (const leaf of u.tables[id]?.leaves ?? []) {
      let a = agg.get(leaf.code);
      if (!a) {
        a = { code: leaf.code, names: new Map(), perUnit: new Array<Readonly<Record<string, number>>>(units.length) };
        agg.set(leaf.code, a);
      }
      if (leaf.name !== '') {
        let key = canonical.get(leaf.name);
        if (key === undefined) canonical.set(leaf.name, (key = canonicalName(leaf.name)));
        const n = a.names.get(key);
        if (!n) a.names.set(key, { name: leaf.name, units: [i] });
        else if (n.units[n.units.length - 1] !== i) n.units.push(i);
      }
      // A unit's code is nearly always one leaf (readUnit sums duplicates): its amounts as they are.
      const mine = a.perUnit[i];
      if (!mine) a.perUnit[i] = leaf.amounts;
      else {
        const sum = { ...mine };
        for (const k in leaf.amounts) sum[k] = (sum[k] ?? 0) + (leaf.amounts[k] ?? 0);
        a.perUnit[i] = sum;
      }
    }
  });
  for (const a of agg.values()) if (a.names.size === 0) a.names.set('', { name: '', units: [] });
  return agg;
}

/** Codes that are a leaf in one unit but have sub-items in another: their amount has no row. */
function levelConflicts(agg: ReadonlyMap<string, CodeAgg>): Set<string> {
  const ancestors = new Set<string>();
  for (const code of agg.keys()) for (let p = parentCode(code); p !== null; p = parentCode(p)) ancestors.add(p);
  return new Set([...agg.keys()].filter((c) => ancestors.has(c)));
}

/** One error per unit whose amount under `code` cannot be placed in the department table. */
function reportUnplaced(
  units: readonly UnitBudget[],
  a: CodeAgg,
  id: LineTableId,
  table: string,
  code: string,
  why: { rule: 'consolidate/table-not-in-edition'; edition: number } | { rule: 'consolidate/level-conflict' },
  findings: Finding[],
): void {
  a.perUnit.forEach((amounts, i) => {
    const fen = Object.values(amounts).reduce((s, v) => s + v, 0);
    if (fen === 0) return;
    const u = units[i];
    if (!u) throw new RangeError(`consolidate: amounts for unit #${i}, but only ${units.length} units are included`);
    const yuan = formatThousands(fenToYuan(fen), 2);
    const place = { sheet: u.tables[id]?.sheet ?? table, code };
    findings.push(
      why.rule === 'consolidate/level-conflict'
        ? unitFinding(why.rule, 'error', u.file, { code, yuan }, place)
        : unitFinding(why.rule, 'error', u.file, { code, yuan, edition: why.edition }, place),
    );
  });
}

function sumSangong(units: readonly UnitBudget[]): Sangong {
  const s: Sangong = { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 };
  for (const u of units) for (const k of SANGONG_KEYS) s[k] += u.sangong?.amounts[k] ?? 0;
  return s;
}

function totalCell(sheet: SheetPlan | undefined): { sheet: string; cell: string } | null {
  const layout = sheet?.layout;
  const col = layout?.columns.total;
  if (!sheet || !layout || col === undefined) return null;
  return { sheet: sheet.name, cell: cellAddress(layout.lastDataRow, col) };
}

function detailRowsOf(
  edition: EditionDef,
  sheets: ReadonlyMap<string, SheetPlan>,
  aggs: ReadonlyMap<LineTableId, Map<string, CodeAgg>>,
  misplaced: ReadonlyMap<LineTableId, Set<string>>,
  included: readonly UnitBudget[],
  ordered: readonly UnitBudget[],
): DetailRow[] {
  const indexOf = new Map(included.map((u, i) => [u, i] as const));
  const order = ordered.flatMap((u) => indexOf.get(u) ?? []);
  const rows: DetailRow[] = [];
  for (const def of edition.tables) {
    if (def.kind !== 'classified') continue;
    const agg = aggs.get(def.id);
    const sheet = sheets.get(def.id);
    if (!agg || !sheet?.layout) continue;
    const layout = sheet.layout;
    const rowOf = new Map(layout.rows.flatMap((r) => (r.code ? [[r.code, r] as const] : [])));
    const label = tableLabel(def);
    const parts = def.columns.filter((c) => !c.sumOf);
    for (const [code, a] of [...agg].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      const keys = new Set<string>();
      a.perUnit.forEach((m) => {
        for (const k of Object.keys(m)) keys.add(k);
      });
      const columns = [
        ...parts.map((c) => ({ key: c.key, label: c.label })),
        ...[...keys].filter((k) => !parts.some((c) => c.key === k)).map((k) => ({ key: k, label: k })),
      ];
      const name = rowOf.get(code)?.label || firstName(a);
      for (const c of columns) {
        if (!keys.has(c.key)) continue;
        const row = rowOf.get(code)?.row;
        const col = layout.columns[c.key];
        const placed = !misplaced.get(def.id)?.has(code) && row !== undefined && col !== undefined;
        rows.push({
          table: label,
          code,
          name,
          column: c.label,
          unit: '元',
          fen: order.map((i) => a.perUnit[i]?.[c.key] ?? null),
          deptCell: placed ? { sheet: sheet.name, cell: cellAddress(row, col) } : null,
        });
      }
    }
  }
  const sangongDef = edition.tables.find((t) => t.kind === 'sangong');
  const sangongSheet = sheets.get('sangong');
  if (sangongDef && sangongSheet) {
    for (const k of SANGONG_KEYS) {
      const fen = ordered.map((u) => u.sangong?.amounts[k] ?? null);
      if (fen.every((v) => v === null)) continue;
      rows.push({
        table: tableLabel(sangongDef),
        code: '',
        name: SANGONG_LABELS[k],
        column: '预算数',
        unit: '万元',
        fen,
        deptCell: { sheet: sangongSheet.name, cell: cellAddress(SANGONG_ROW, SANGONG_COLUMNS[k]) },
      });
    }
  }
  return rows;
}
