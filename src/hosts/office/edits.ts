import { cellContent, holds, splitExpectations } from '../../domain/port/editExpectations';
import { CellValue, EditConflictError, type WorkbookEdit } from '../../domain/port/workbookPort';
import { needsTextPrefix } from './sheetWriter';

// The checker's fixes and their undo. 1 sync; 2 when the edits begin with `expect` steps (the pane's
// undo): those cells are read first and, if one no longer holds what the fix wrote, nothing is
// written at all.

export async function applyWorkbookEdits(ctx: Excel.RequestContext, all: readonly WorkbookEdit[]): Promise<void> {
  const { expects, changes } = splitExpectations(all);
  if (expects.length > 0) {
    const cells = expects.map((x) => ({ x, range: ctx.workbook.worksheets.getItem(x.sheet).getRange(x.cell).load('formulas,values') }));
    await ctx.sync();
    for (const { x, range } of cells) {
      const found = cellContent(range.formulas[0]?.[0], plain(range.values[0]?.[0]));
      if (!holds(x.value, found)) throw new EditConflictError(x.sheet, x.cell, x.value, found);
    }
  }
  for (const e of changes) {
    const ws = ctx.workbook.worksheets.getItem(e.sheet);
    if (e.kind === 'set') {
      ws.getRange(e.cell).formulas = [[typed(e.value)]];
    } else {
      const rows = ws.getRange(`${e.row}:${e.row + e.count - 1}`);
      if (e.kind === 'insertRows') rows.insert(Excel.InsertShiftDirection.down);
      else rows.delete(Excel.DeleteShiftDirection.up);
    }
  }
  await ctx.sync();
}

/** Assigning is typing: a code "208" or "'=x" text gets the apostrophe so it stays text. */
function typed(v: string | number | boolean | null): unknown {
  if (v === null) return '';
  if (typeof v === 'string' && !v.startsWith('=') && needsTextPrefix(v)) return `'${v}`;
  return v;
}

function plain(v: unknown): CellValue {
  if (v === undefined || v === '') return null;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v); // rich values (entities, errors as objects) kept readable
}
