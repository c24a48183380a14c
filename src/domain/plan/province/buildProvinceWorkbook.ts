import { ProvinceBudget, ProvinceBudgetSchema } from '../../model/provinceBudget';
import { provinceEdition } from '../../templates/provinceEditions';
import type { SheetPlan, WorkbookPlan } from '../sheetPlan';
import { buildCodeTableSheet } from './buildCodeTableSheet';
import { buildFormSheet } from './buildFormSheet';
import { buildOutlineSheet } from './buildOutlineSheet';
import { LazyCell, ProvincePlanContext, resolveCells } from './provincePlanContext';

/**
 * Lays out a province edition's tables in published order. 'template': every parent, total and
 * tie is a formula over the line items; 'published': every figure as printed (a transcribed document).
 */
export function buildProvinceWorkbook(input: ProvinceBudget, mode: 'template' | 'published' = 'template'): WorkbookPlan {
  const data = ProvinceBudgetSchema.parse(input);
  const edition = provinceEdition(data.edition);
  const ctx = new ProvincePlanContext(mode);
  const built: Array<{ sheet: SheetPlan; grid: LazyCell[][] }> = [];
  for (const def of edition.tables) {
    const title = def.title.replace('{year}', String(data.year));
    if (def.kind === 'form') built.push(buildFormSheet(def, data, title, ctx));
    else if (def.kind === 'codeTable')
      built.push(buildCodeTableSheet(def, data.codeTables[def.id] ?? { total: null, rows: [] }, title, data.department, ctx));
    else built.push(buildOutlineSheet(def, data.outlines[def.id] ?? { total: null, rows: [] }, title, data.department, ctx));
  }
  // Every sheet is laid out: cross-sheet formulas can now name their cells.
  return { sheets: built.map(({ sheet, grid }) => ({ ...sheet, cells: resolveCells(grid) })) };
}
