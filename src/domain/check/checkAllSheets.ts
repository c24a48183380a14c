import type { CatalogImport } from '../catalog/catalogSheet';
import type { Finding } from '../findings/finding';
import { NARRATIVE_SHEET, readNarrativeSheet } from '../narrative/buildNarrativeSheet';
import { PREVIOUS_SHEET } from '../narrative/buildPreviousYearSheet';
import { checkNarrativeText } from '../narrative/checkNarrativeText';
import { MATERIALS_SHEET } from '../narrative/materials';
import { narrativeFromSheets } from '../narrative/narrativeFromSheets';
import { checkProjects } from '../projects/checkProjects';
import type { ProjectRecord } from '../projects/projectRecord';
import { readProjectSheets, type ReadProjectsResult } from '../projects/readProjectSheets';
import { readBudgetTables } from '../read/readBudgetTables';
import type { ParsedWorkbook } from '../read/parsedTables';
import type { SheetSnapshot } from '../port/workbookPort';
import type { CheckContext } from './checkContext';
import { checkSnapshots } from './checkSnapshots';
import { sortFindings } from './checkWorkbook';
import { foldRootCauses } from './rootCause';

// One check for the whole workbook: the nine tables, the project sheets (项目经费情况说明,
// 绩效目标表), the 上年数 / 说明素材 sheets and, when present, the 编制说明 sheet against the
// tables. The findings come back folded: each root cause first, what follows from it under it.

export const CHECK_AREAS = ['tables', 'projects', 'text'] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];

export const CHECK_AREA_ZH: Readonly<Record<CheckArea, string>> = {
  tables: '九张预算表',
  projects: '项目经费情况说明、项目支出绩效目标表',
  text: '上年数、说明素材和编制说明',
};

export interface CheckAllOptions {
  /** Areas to check; all by default. */
  readonly only?: readonly CheckArea[];
  readonly context?: Partial<CheckContext>;
  /** An officer's official catalog for a year kept outside the workbook (see checkSnapshots). */
  readonly storedCatalogs?: (year: number) => CatalogImport | undefined;
}

export interface CheckAllResult {
  /** Folded: ids on all, `causedBy` on the findings that follow from a headline. */
  readonly findings: Finding[];
  /** The findings as the rules made them (no root-cause headlines), in workbook order. */
  readonly unfolded: Finding[];
  /** The nine tables' findings alone (what the sure fixes are proposed from). */
  readonly tableFindings: Finding[];
  readonly parsed: ParsedWorkbook;
  readonly context: CheckContext;
  readonly areas: readonly CheckArea[];
}

/** Generated-text sheets the narrative reads; the text check runs when one of them is there. */
const TEXT_SHEETS: readonly string[] = [PREVIOUS_SHEET, MATERIALS_SHEET, NARRATIVE_SHEET];

export function parseCheckAreas(values: readonly string[]): CheckArea[] {
  const out: CheckArea[] = [];
  for (const v of values
    .flatMap((x) => x.split(/[,，]/))
    .map((x) => x.trim())
    .filter(Boolean)) {
    const area = CHECK_AREAS.find((a) => a === v);
    if (!area) throw new RangeError(`--only 只能是 ${CHECK_AREAS.join('、')}，不能是“${v}”`);
    if (!out.includes(area)) out.push(area);
  }
  return out;
}

export type CheckStep = CheckArea | 'fold';

export const CHECK_STEP_ZH: Readonly<Record<CheckStep, string>> = {
  tables: '核对九张预算表',
  projects: '核对项目经费情况说明和绩效目标表',
  text: '核对上年数、说明素材和编制说明',
  fold: '查找问题根源',
};

/**
 * The check one step at a time: yields the name of each step before it runs, so a caller can show
 * progress and stop between steps; returns the result.
 */
export function* checkAllSheetsStepwise(
  snapshots: readonly SheetSnapshot[],
  options: CheckAllOptions = {},
): Generator<CheckStep, CheckAllResult, void> {
  const areas = options.only && options.only.length > 0 ? options.only : CHECK_AREAS;
  yield 'tables';
  // Each reader runs once: the tables and the project sheets are read here and shared by the steps.
  const read = readBudgetTables(snapshots);
  const tables = checkSnapshots(snapshots, options.context, options.storedCatalogs, read);
  let projects: ReadProjectsResult | undefined;
  const projectsRead = () => (projects ??= readProjectSheets(snapshots));
  const found: Finding[] = [];
  if (areas.includes('tables')) found.push(...tables.findings);
  if (areas.includes('projects')) {
    yield 'projects';
    found.push(...checkProjects(snapshots, undefined, tables.parsed, projectsRead()).findings);
  }
  if (areas.includes('text') && snapshots.some((s) => TEXT_SHEETS.includes(s.name))) {
    yield 'text';
    found.push(...textFindings(snapshots, read, projectsRead().records));
  }
  const unfolded = sortFindings(
    found,
    snapshots.map((s) => s.name),
  );
  yield 'fold';
  const findings = foldRootCauses({ snapshots, parsed: tables.parsed, context: tables.context, findings: unfolded });
  return { findings, unfolded, tableFindings: tables.findings, parsed: tables.parsed, context: tables.context, areas };
}

export function checkAllSheets(snapshots: readonly SheetSnapshot[], options: CheckAllOptions = {}): CheckAllResult {
  const steps = checkAllSheetsStepwise(snapshots, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** What the narrative finds in the 上年数 / 说明素材 inputs, and the 编制说明 sheet checked against the tables. */
function textFindings(
  snapshots: readonly SheetSnapshot[],
  tables: ReturnType<typeof readBudgetTables>,
  projectRecords: readonly ProjectRecord[],
): Finding[] {
  const result = narrativeFromSheets({ sheets: snapshots }, { projects: true, tables, projectRecords });
  // The tables' own reader findings are already in the tables' part.
  const out = result.findings.filter((f) => !f.rule.startsWith('read/'));
  const sheet = snapshots.find((s) => s.name === NARRATIVE_SHEET);
  if (sheet && result.facts) out.push(...checkNarrativeText(readNarrativeSheet(sheet), result.facts));
  return out;
}
