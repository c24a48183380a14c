import { cellAddress } from '../a1';
import { Catalog, CatalogEntry, CatalogSet, catalogsForYear, editionForYear } from '../catalog/catalog';
import { CATALOG_SHEET, type CatalogImport, catalogsForWorkbook } from '../catalog/catalogSheet';
import { CodeKind, parentCode } from '../catalog/codes';
import { buildCheckSheet } from '../check/buildCheckSheet';
import { checkContext } from '../check/checkContext';
import { CHANGE_SHEET } from '../compare/buildChangeSheet';
import { effectiveAmounts, leafRowsOf } from '../compare/effectiveAmounts';
import type { Finding } from '../findings/finding';
import { MessageId, ParamsBesides, renderMessage, worded } from '../findings/messages';
import type { BudgetData, LineItem } from '../model/budgetData';
import { NARRATIVE_SHEET } from '../narrative/buildNarrativeSheet';
import { buildPreviousYearSheet, PREVIOUS_SHEET } from '../narrative/buildPreviousYearSheet';
import { MATERIALS_SHEET } from '../narrative/materials';
import type { PreviousYearFigures } from '../narrative/previousYear';
import { buildBudgetWorkbook } from '../plan/buildBudgetWorkbook';
import type { SheetPlan, WorkbookPlan } from '../plan/sheetPlan';
import { PERFORMANCE_SHEET_NAME } from '../projects/buildPerformanceTargetSheet';
import { EXPLANATION_SHEET_NAME } from '../projects/buildProjectExplanationSheet';
import { classifiedTable, ParsedWorkbook, sangongTable } from '../read/parsedTables';
import { readBudgetTables } from '../read/readBudgetTables';
import { CHECK_SHEET_NAME } from '../read/tableTitles';
import { layoutEditionForYear } from '../templates/editions';
import type { ClassifiedTableDef, ClassifiedTableId } from '../templates/types';
import type { SheetSnapshot } from '../port/workbookPort';
import { mapCode } from './codeMapper';
import { planSnapshots } from './planSnapshots';
import { PreviousLine, PreviousSangong, previousYearFigures } from './previousYearFigures';

export type CodeChangeKind = 'moved' | 'merged' | 'renamed' | 'unmapped';

/** One entry of the "what changed" list of a roll-forward; a code in several tables is listed once. */
export interface CodeChange {
  readonly kind: CodeChangeKind;
  readonly codeKind: CodeKind;
  readonly from: string;
  readonly fromName: string;
  /** Equal to `from` for renamed and unmapped. */
  readonly to: string;
  readonly toName: string;
  readonly tables: readonly ClassifiedTableId[];
  readonly fromEdition: number;
  readonly toEdition: number;
  /** zh-CN: the catalog change it rests on (moved, unmapped), from the code map. */
  readonly basis?: string;
  /** zh-CN, from the message catalog. */
  readonly message: string;
}

export interface RollForwardOptions {
  /** Year to roll to; defaults to the workbook's year + 1 (a later year jumps, e.g. 2020 → 2024). */
  readonly targetYear?: number;
  /** The workbook's year when its titles carry none. */
  readonly sourceYear?: number;
  /** Catalogs the workbook was made with; default: its 科目表 sheet, else the built-in edition for its year. */
  readonly sourceCatalogs?: CatalogSet;
  /**
   * Catalogs for the new year; default: the workbook's 科目表 sheet when the built-in edition does
   * not change between the two years, else the built-in edition for the target year.
   */
  readonly targetCatalogs?: CatalogSet;
  /**
   * An officer's official catalog for a year kept outside the workbook (the CLI's `budget catalog
   * import`), as the check uses it: for the target year it is the new year's catalog, and for this
   * year it stands in for a 科目表 sheet the workbook does not have.
   */
  readonly storedCatalogs?: (year: number) => CatalogImport | undefined;
}

export interface RollForwardResult {
  /** The new year's tables (amount cells empty, formulas fresh) and the 上年数 sheet; null when nothing could be rolled. */
  readonly plan: WorkbookPlan | null;
  readonly changes: readonly CodeChange[];
  readonly findings: readonly Finding[];
  readonly sourceYear: number | null;
  readonly targetYear: number | null;
  /**
   * Sheets of the old workbook the plan takes the place of (the standard tables, last year's 上年数 and
   * 修改对照, a 科目表 of an outdated edition). Every other sheet is the user's and is kept as it is.
   */
  readonly replacedSheets: readonly string[];
  /** Last year's figures, as written to the 上年数 sheet (the narrative's layout). */
  readonly previousYear: PreviousYearFigures | null;
  /** The new year's line items (no amounts), as laid out in `plan`. */
  readonly data: BudgetData | null;
}

const CLASSIFIED_IDS: readonly ClassifiedTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];

function note<K extends MessageId>(
  rule: K,
  severity: Finding['severity'],
  params: ParamsBesides<K, never>,
  extra: Partial<Finding> = {},
): Finding {
  return { rule, severity, ...extra, ...worded(rule, {}, params) };
}

/** The "what changed" wording of each kind of code change. */
const CHANGE_MESSAGE = {
  moved: 'rollover/moved',
  merged: 'rollover/merged',
  renamed: 'rollover/renamed',
  unmapped: 'rollover/unmapped',
} as const satisfies Record<CodeChangeKind, MessageId>;

/**
 * Next year's workbook from this year's: titles advance, every line keeps its place (codes mapped
 * to the new catalog where it moved them), this year's figures become the 上年数, and the amount
 * cells are left empty for entry under fresh parent and 合计 formulas.
 */
export function rollForward(sheets: readonly SheetSnapshot[], options: RollForwardOptions = {}): RollForwardResult {
  const read = readBudgetTables(sheets);
  const parsed = read.workbook;
  // "No tables" is said once, in roll-forward terms.
  const findings: Finding[] = read.findings.filter((f) => !(parsed.tables.length === 0 && f.rule === 'read/no-tables'));
  const sourceYear = parsed.year ?? options.sourceYear ?? (options.targetYear !== undefined ? options.targetYear - 1 : null);
  const targetYear = options.targetYear ?? (sourceYear !== null ? sourceYear + 1 : null);
  const empty = (f: Finding): RollForwardResult => ({
    plan: null,
    changes: [],
    findings: [...findings, f],
    sourceYear,
    targetYear,
    replacedSheets: [],
    previousYear: null,
    data: null,
  });
  if (parsed.tables.length === 0) return empty(note('rollover/no-tables', 'error', {}));
  if (sourceYear === null || targetYear === null) return empty(note('rollover/no-year', 'error', {}));
  if (targetYear <= sourceYear) return empty(note('rollover/target-not-later', 'error', { source: sourceYear, target: targetYear }));

  const hasCatalogSheet = sheets.some((s) => s.name === CATALOG_SHEET);
  const stored = options.storedCatalogs;
  const source =
    options.sourceCatalogs ??
    (!hasCatalogSheet ? stored?.(sourceYear)?.catalogs : undefined) ??
    catalogsForWorkbook(sheets, sourceYear).catalogs;
  // An imported 科目表 still serves next year when the built-in edition does not change.
  const keepCatalogSheet = hasCatalogSheet && editionForYear(sourceYear) === editionForYear(targetYear);
  const target =
    options.targetCatalogs ??
    stored?.(targetYear)?.catalogs ??
    (keepCatalogSheet ? catalogsForWorkbook(sheets, targetYear).catalogs : catalogsForYear(targetYear));
  const layout = layoutEditionForYear(targetYear);

  const hadCheckSheet = sheets.some((s) => s.name === CHECK_SHEET_NAME);
  const dropCatalogSheet = hasCatalogSheet && !keepCatalogSheet && !options.targetCatalogs;
  const replaced = replacedSheets(sheets, parsed, sourceYear, dropCatalogSheet ? target.functional.edition : null, findings);
  findings.push(...referencesToRebuilt(sheets, replaced));
  // Sheets of this year's texts and projects stay (they are a good start), but say so.
  for (const name of [MATERIALS_SHEET, NARRATIVE_SHEET, EXPLANATION_SHEET_NAME, PERFORMANCE_SHEET_NAME]) {
    if (sheets.some((s) => s.name === name))
      findings.push(note('rollover/stale-sheet', 'info', { sheet: name, source: sourceYear, target: targetYear }, { sheet: name }));
  }

  const department = parsed.department ?? '';
  if (!department) findings.push(note('rollover/no-department', 'warning', {}));

  const changes = new ChangeRecorder();
  const newLines: Record<ClassifiedTableId, LineItem[]> = {
    income: [],
    expenditure: [],
    generalPublic: [],
    govFund: [],
    stateCapital: [],
    economic: [],
  };
  const previous: Partial<Record<ClassifiedTableId, PreviousLine[]>> = {};
  const layoutIds = new Set(layout.tables.map((t) => t.id));
  for (const id of CLASSIFIED_IDS) {
    const table = classifiedTable(parsed, id);
    if (!table) continue;
    const codeKind: CodeKind = id === 'economic' ? 'economic' : 'functional';
    const carried = carryTable(table, id, source[codeKind], target[codeKind], codeKind, changes);
    previous[id] = carried.previous;
    const def = layout.tables.find((t): t is ClassifiedTableDef => t.id === id && t.kind === 'classified');
    if (layoutIds.has(id) && def) newLines[id] = carried.lines;
    else if (carried.leafCount > 0)
      findings.push(
        note(
          'rollover/table-dropped',
          'warning',
          { toEdition: layout.edition, table: table.title, count: carried.leafCount },
          { sheet: table.sheet },
        ),
      );
  }

  const sheetNameOf = (id: ClassifiedTableId) =>
    layout.tables.find((t) => t.id === id)?.sheetName ?? classifiedTable(parsed, id)?.sheet ?? id;
  const changeList = listChanges(changes, sheetNameOf, findings);

  const data: BudgetData = {
    year: targetYear,
    department,
    lines: newLines,
    sangong: { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 },
  };
  const unmapped = new Set(changeList.filter((c) => c.kind === 'unmapped').map((c) => c.from));
  // Codes kept for the officer to re-code are laid out under last year's names, their parents too.
  const built = buildBudgetWorkbook(data, { catalogs: withKeptCodes(target, source, unmapped) });
  findings.push(...built.findings.filter((f) => !(f.rule === 'build/unknown-code' && f.code !== undefined && unmapped.has(f.code))));

  const className = (code: string) =>
    target.functional.name(code) ?? classifiedTable(parsed, 'expenditure')?.rows.find((r) => r.code === code)?.name ?? '';
  const previousYear = previousYearFigures(sourceYear, previous, previousSangong(parsed), className);
  // This year's 类 are listed even where last year had no 财政拨款 under them.
  const classes = built.plan.sheets
    .filter((s) => s.layout && ['generalPublic', 'govFund', 'stateCapital'].includes(s.layout.tableId))
    .flatMap((s) => s.layout?.rows ?? [])
    .flatMap((r) => (r.role === 'class' && r.code ? [{ code: r.code, name: r.label ?? '' }] : []));
  const checkSheet = hadCheckSheet ? [rebuiltCheckSheet(built.plan, target)] : [];
  const plan: WorkbookPlan = {
    sheets: [...built.plan.sheets, ...checkSheet, buildPreviousYearSheet({ year: sourceYear, figures: previousYear, classes })],
  };
  return { plan, changes: changeList, findings, sourceYear, targetYear, replacedSheets: [...replaced], previousYear, data };
}

/** The recorded changes in reading order, each with its message; an unmapped code is also a warning. */
function listChanges(changes: ChangeRecorder, sheetNameOf: (id: ClassifiedTableId) => string, findings: Finding[]): CodeChange[] {
  const changeList: CodeChange[] = changes
    .list()
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.from.localeCompare(b.from))
    .map((c) => {
      const tables = CLASSIFIED_IDS.filter((t) => c.tables.includes(t));
      const message = renderMessage(CHANGE_MESSAGE[c.kind], {
        from: c.from,
        fromName: c.fromName,
        to: c.to,
        toName: c.toName,
        fromEdition: c.fromEdition,
        toEdition: c.toEdition,
        tables: tables.map(sheetNameOf).join('、'),
        basis: c.basis ?? '',
      });
      return { ...c, tables, message };
    });
  for (const c of changeList.filter((x) => x.kind === 'unmapped')) {
    findings.push(
      note(
        'rollover/unmapped',
        'warning',
        {
          from: c.from,
          fromName: c.fromName,
          toEdition: c.toEdition,
          tables: c.tables.map(sheetNameOf).join('、'),
          basis: c.basis ?? '',
        },
        { code: c.from },
      ),
    );
  }
  return changeList;
}

type ClassifiedTable = NonNullable<ReturnType<typeof classifiedTable>>;
type RecordedChange = Omit<CodeChange, 'message' | 'tables'>;

/** The "what changed" list as it is gathered: one entry per code change, with the tables it touched. */
class ChangeRecorder {
  private readonly changes = new Map<string, RecordedChange & { tables: ClassifiedTableId[] }>();

  record(c: RecordedChange, table: ClassifiedTableId): void {
    const key = `${c.codeKind}|${c.from}|${c.to}|${c.kind === 'renamed' ? 'r' : 'm'}`;
    const existing = this.changes.get(key);
    if (!existing) this.changes.set(key, { ...c, tables: [table] });
    else {
      if (!existing.tables.includes(table)) existing.tables.push(table);
      if (c.kind === 'merged') this.changes.set(key, { ...existing, kind: 'merged' });
    }
  }

  list(): Array<RecordedChange & { tables: ClassifiedTableId[] }> {
    return [...this.changes.values()];
  }
}

/**
 * The sheets the new workbook takes the place of: the standard tables, and last year's 上年数, 校验
 * and 修改对照 (each said in a note), plus an imported 科目表 of the old edition when `newEdition` is given.
 */
function replacedSheets(
  sheets: readonly SheetSnapshot[],
  parsed: ParsedWorkbook,
  sourceYear: number,
  newEdition: number | null,
  findings: Finding[],
): Set<string> {
  const replaced = new Set(parsed.tables.map((t) => t.sheet));
  for (const [name, what, action] of [
    [PREVIOUS_SHEET, `是 ${sourceYear - 1} 年的数`, `换成 ${sourceYear} 年预算数`],
    [CHECK_SHEET_NAME, '的校验公式指向旧表的行次', '按新表重建'],
    [CHANGE_SHEET, '是上一轮审核的修改记录', '移除'],
  ] as const) {
    if (sheets.some((s) => s.name === name)) {
      replaced.add(name);
      findings.push(note('rollover/replaced-sheet', 'info', { sheet: name, what, action }, { sheet: name }));
    }
  }
  if (newEdition !== null) {
    replaced.add(CATALOG_SHEET);
    findings.push(
      note(
        'rollover/replaced-sheet',
        'info',
        {
          sheet: CATALOG_SHEET,
          what: `是按 ${editionForYear(sourceYear)} 年版导入的科目表`,
          action: `移除，改用 ${newEdition} 年版科目表`,
        },
        { sheet: CATALOG_SHEET },
      ),
    );
  }
  return replaced;
}

/**
 * One classified table carried to the new catalog: its leaf lines under their new codes (amounts
 * empty), this year's figures as 上年数 by new code, and every move, merge and rename recorded.
 */
function carryTable(
  table: ClassifiedTable,
  id: ClassifiedTableId,
  from: Catalog,
  to: Catalog,
  codeKind: CodeKind,
  changes: ChangeRecorder,
): { lines: LineItem[]; previous: PreviousLine[]; leafCount: number } {
  const record = (c: RecordedChange) => changes.record(c, id);
  const value = effectiveAmounts(table);
  const partKeys = table.columns.map((c) => c.key).filter((k) => k !== 'total');
  const byTarget = new Map<
    string,
    { line: LineItem; prev: { amounts: Record<string, number>; total: number }; sources: Array<{ code: string; name: string }> }
  >();
  const leaves = leafRowsOf(table);
  for (const row of leaves) {
    const code = row.code;
    if (code === undefined) continue;
    const m = mapCode(code, from, to);
    const amounts: Record<string, number> = {};
    for (const k of partKeys) amounts[k] = value(row, k) ?? 0;
    const total = partKeys.length > 0 ? Object.values(amounts).reduce((t, v) => t + v, 0) : (value(row, 'total') ?? 0);
    const slot = byTarget.get(m.to);
    if (slot) {
      for (const [k, v] of Object.entries(amounts)) slot.prev.amounts[k] = (slot.prev.amounts[k] ?? 0) + v;
      slot.prev.total += total;
      slot.sources.push({ code, name: row.name });
    } else {
      byTarget.set(m.to, {
        line: { code: m.to, name: m.toName ?? row.name, amounts: {} },
        prev: { amounts, total },
        sources: [{ code, name: row.name }],
      });
    }
    const base = {
      codeKind,
      from: code,
      fromName: row.name,
      to: m.to,
      toName: m.toName ?? row.name,
      fromEdition: from.edition,
      toEdition: to.edition,
      ...(m.basis !== undefined ? { basis: m.basis } : {}),
    };
    if (m.kind === 'moved') record({ ...base, kind: 'moved' });
    if (m.kind === 'unmapped') record({ ...base, kind: 'unmapped' });
  }
  // Several old codes landing on one new code: their 上年数 were added together.
  for (const slot of byTarget.values()) {
    if (slot.sources.length < 2) continue;
    for (const src of slot.sources) {
      if (src.code === slot.line.code) continue;
      record({
        kind: 'merged',
        codeKind,
        from: src.code,
        fromName: src.name,
        to: slot.line.code,
        toName: slot.line.name ?? '',
        fromEdition: from.edition,
        toEdition: to.edition,
      });
    }
  }
  // Names the new catalog spells differently, on every row still in the structure.
  const present = new Set<string>();
  for (const c of byTarget.keys()) for (let p: string | null = c; p !== null; p = parentCode(p)) present.add(p);
  for (const row of table.rows) {
    const code = row.code;
    const toName = code === undefined ? undefined : to.name(code);
    if (code === undefined || toName === undefined || !present.has(code) || row.name.trim() === '' || to.nameMatches(code, row.name))
      continue;
    record({
      kind: 'renamed',
      codeKind,
      from: code,
      fromName: row.name,
      to: code,
      toName,
      fromEdition: from.edition,
      toEdition: to.edition,
    });
  }
  return {
    lines: [...byTarget.values()].map((s) => s.line),
    previous: [...byTarget.values()].map((s) => ({ code: s.line.code, amounts: s.prev.amounts, total: s.prev.total })),
    leafCount: leaves.length,
  };
}

/** The target catalogs plus the source entries of kept codes (and their parents) it lacks. */
function withKeptCodes(target: CatalogSet, source: CatalogSet, kept: ReadonlySet<string>): CatalogSet {
  const extend = (t: Catalog, s: Catalog): Catalog => {
    const extra = new Map<string, CatalogEntry>();
    for (const code of kept)
      for (let c: string | null = code; c !== null; c = parentCode(c)) {
        const e = s.get(c);
        if (!t.has(c) && e) extra.set(c, e);
      }
    return extra.size === 0 ? t : new Catalog(t.kind, t.edition, [...t.entries(), ...extra.values()], t.source);
  };
  return { functional: extend(target.functional, source.functional), economic: extend(target.economic, source.economic) };
}

/** The 校验 sheet's formulas point at rows of the tables, so it is laid out again over the new ones. */
function rebuiltCheckSheet(tables: WorkbookPlan, catalogs: CatalogSet): SheetPlan {
  const parsed = readBudgetTables(planSnapshots(tables)).workbook;
  return buildCheckSheet(parsed, checkContext(parsed, { catalogs }));
}

/** The officer's own sheets keep their formulas; those pointing into a rebuilt table deserve a look. */
function referencesToRebuilt(sheets: readonly SheetSnapshot[], replaced: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const names = [...replaced];
  const refersTo = (formula: string) =>
    names.some((n) => formula.includes(`'${n.replace(/'/g, "''")}'!`) || (/^[^\s'!]+$/.test(n) && formula.includes(`${n}!`)));
  for (const snap of sheets) {
    if (replaced.has(snap.name)) continue;
    const hits: Array<{ cell: string; formula: string }> = [];
    snap.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null && refersTo(f)) hits.push({ cell: cellAddress(r + 1, c + 1), formula: f });
      }),
    );
    const first = hits[0];
    if (first) {
      out.push(
        note(
          'rollover/extra-sheet-reference',
          'warning',
          { sheet: snap.name, count: hits.length, cell: first.cell, formula: first.formula },
          { sheet: snap.name, cell: first.cell },
        ),
      );
    }
  }
  return out;
}

function kindOrder(kind: CodeChangeKind): number {
  return { moved: 0, merged: 1, renamed: 2, unmapped: 3 }[kind];
}

function previousSangong(parsed: ParsedWorkbook): PreviousSangong {
  const t = sangongTable(parsed);
  const fen = (k: string) => t?.amounts[k]?.fen ?? 0;
  // A table with only the 小计 filled keeps the car figure under 运行费.
  const purchase = fen('vehiclePurchase');
  const operation = fen('vehicleOperation');
  const subtotal = fen('vehicle');
  return {
    abroad: fen('abroad'),
    reception: fen('reception'),
    vehiclePurchase: purchase,
    vehicleOperation: purchase === 0 && operation === 0 ? subtotal : operation,
    officeOperation: fen('officeOperation'),
  };
}
