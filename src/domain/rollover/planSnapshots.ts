import type { WorkbookPlan } from '../plan/sheetPlan';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';

/** A plan as the reader would see it once written: formulas with no saved result yet. */
export function planSnapshots(plan: WorkbookPlan): SheetSnapshot[] {
  return plan.sheets.map((s) => ({
    name: s.name,
    visibility: 'visible',
    values: s.cells.map((row) => row.map((v): CellValue => (typeof v === 'string' && v.startsWith('=') ? null : v))),
    formulas: s.cells.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : null))),
    merges: s.merges,
  }));
}
