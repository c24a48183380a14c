import type { Finding } from '../findings/finding';
import { projectParagraphs } from '../projects/projectParagraphs';
import type { ProjectRecord } from '../projects/projectRecord';
import { readProjectSheets } from '../projects/readProjectSheets';
import { readBudgetTables } from '../read/readBudgetTables';
import type { ParsedWorkbook } from '../read/parsedTables';
import type { SheetSnapshot } from '../port/workbookPort';
import { buildNarrative, type NarrativeOptions } from './buildNarrative';
import { PREVIOUS_SHEET } from './buildPreviousYearSheet';
import type { NarrativeFacts } from './facts';
import { MATERIALS_SHEET, type Materials } from './materials';
import { buildNarrativeFacts } from './narrativeFacts';
import { narrativeFinding } from './narrativeFinding';
import type { NarrativeParagraph } from './paragraphs';
import { mergePrevious, NO_PREVIOUS, previousFromWorkbook, type PreviousYearFigures } from './previousYear';
import { readMaterialsSheet } from './readMaterialsSheet';
import { readPreviousYearSheet } from './readPreviousYearSheet';

export interface NarrativeSources {
  /** This year's workbook: the nine tables, and the 上年数 / 说明素材 sheets when present. */
  readonly sheets: readonly SheetSnapshot[];
  /** Last year's workbook, when opened; its figures win over the 上年数 sheet. */
  readonly previousSheets?: readonly SheetSnapshot[];
}

export interface NarrativeFromSheets {
  readonly paragraphs: NarrativeParagraph[];
  readonly findings: Finding[];
  /** null when the workbook has no recognisable year. */
  readonly facts: NarrativeFacts | null;
  readonly workbook: ParsedWorkbook;
  readonly previous: PreviousYearFigures;
  readonly materials: Materials | null;
}

/** Everything from the sheets to the paragraphs: tables, last year, 说明素材, wording. */
export interface NarrativeFromSheetsOptions extends NarrativeOptions {
  /** Append section 七, 项目经费情况说明, from the workbook's project sheets (the whole document). */
  readonly projects?: boolean;
  /** readBudgetTables(sources.sheets) when the caller has it already (the whole-workbook check reads once). */
  readonly tables?: { readonly workbook: ParsedWorkbook; readonly findings: readonly Finding[] };
  /** The project sheets' records of sources.sheets, when the caller has read them already. */
  readonly projectRecords?: readonly ProjectRecord[];
}

export function narrativeFromSheets(sources: NarrativeSources, options: NarrativeFromSheetsOptions = {}): NarrativeFromSheets {
  const findings: Finding[] = [];
  // The reader passes over the product's own sheets (上年数, 说明素材, 编制说明) by itself.
  const read = options.tables ?? readBudgetTables(sources.sheets);
  findings.push(...read.findings);

  let materials: Materials | null = null;
  const mSheet = sources.sheets.find((s) => s.name === MATERIALS_SHEET);
  if (mSheet) {
    const r = readMaterialsSheet(mSheet);
    materials = r.materials;
    findings.push(...r.findings);
  } else findings.push(narrativeFinding('narrative/no-materials', 'warning', { sheet: MATERIALS_SHEET }));

  let previous = NO_PREVIOUS;
  const pSheet = sources.sheets.find((s) => s.name === PREVIOUS_SHEET);
  if (pSheet) {
    const r = readPreviousYearSheet(pSheet);
    previous = r.previous;
    findings.push(...r.findings);
  }
  if (sources.previousSheets) {
    const r = readBudgetTables(sources.previousSheets);
    findings.push(...r.findings);
    previous = mergePrevious(previousFromWorkbook(r.workbook), previous);
  }
  if (Object.keys(previous.amounts).length === 0 && Object.keys(previous.classes).length === 0) {
    findings.push(narrativeFinding('narrative/no-previous', 'info', {}));
  }

  const built = buildNarrativeFacts({ workbook: read.workbook, previous, ...(materials ? { materials } : {}) });
  findings.push(...built.findings);
  if (!built.facts) return { paragraphs: [], findings, facts: null, workbook: read.workbook, previous, materials };
  const narrative = buildNarrative(built.facts, options);
  findings.push(...narrative.findings);
  // Section 七, 项目经费情况说明, when the workbook has project sheets: 年度预算安排 from their sub-items.
  const projects = options.projects
    ? projectParagraphs(options.projectRecords ?? readProjectSheets(sources.sheets).records, built.facts.year)
    : [];
  return { paragraphs: [...narrative.paragraphs, ...projects], findings, facts: built.facts, workbook: read.workbook, previous, materials };
}
