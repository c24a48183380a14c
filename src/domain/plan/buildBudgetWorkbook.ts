import { catalogsForYear, CatalogSet, builtInCatalogs } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import type { BudgetData } from '../model/budgetData';
import { editionDef, layoutEditionForYear } from '../templates/editions';
import type { ClassifiedTableId } from '../templates/types';
import { buildClassifiedSheet } from './buildClassifiedSheet';
import { buildSangongSheet } from './buildSangongSheet';
import { buildSummarySheet, ClassifiedRef } from './buildSummarySheet';
import type { SheetPlan, WorkbookPlan } from './sheetPlan';

export interface BuildOptions {
  /** Overrides the built-in catalogs (e.g. an officer-imported official catalog). */
  readonly catalogs?: CatalogSet;
}

/** Lays out the whole table set, in published order, from line items. */
export function buildBudgetWorkbook(data: BudgetData, options: BuildOptions = {}): { plan: WorkbookPlan; findings: Finding[] } {
  const edition = data.edition !== undefined ? editionDef(data.edition) : layoutEditionForYear(data.year);
  const catalogs = options.catalogs ?? (data.edition !== undefined ? builtInCatalogs(data.edition) : catalogsForYear(data.year));
  const findings: Finding[] = [];
  const byId = new Map<string, SheetPlan>();
  const refs = new Map<ClassifiedTableId, ClassifiedRef>();

  for (const def of edition.tables) {
    if (def.kind !== 'classified') continue;
    const catalog = def.codeKind === 'functional' ? catalogs.functional : catalogs.economic;
    const built = buildClassifiedSheet({ def, year: data.year, department: data.department, lines: data.lines[def.id], catalog });
    findings.push(...built.findings);
    byId.set(def.id, built.sheet);
    const layout = built.sheet.layout;
    if (!layout) throw new Error(`buildBudgetWorkbook: ${def.id} was laid out without a layout`);
    refs.set(def.id, {
      sheet: def.sheetName,
      totalRow: layout.lastDataRow,
      columns: layout.columns,
      classes: new Map(
        layout.rows.flatMap((r) => (r.role === 'class' && r.code ? [[r.code, { row: r.row, name: r.label ?? '' }] as const] : [])),
      ),
    });
  }
  for (const def of edition.tables) {
    if (def.kind === 'summary') byId.set(def.id, buildSummarySheet({ def, year: data.year, department: data.department, tables: refs }));
    if (def.kind === 'sangong') byId.set(def.id, buildSangongSheet(def, data.year, data.department, data.sangong));
  }
  const sheets = edition.tables.map((t) => byId.get(t.id)).filter((s): s is SheetPlan => s !== undefined);
  return { plan: { sheets }, findings };
}
