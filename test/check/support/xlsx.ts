import type { FixStep } from '../../../src/domain/check/fixes';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../../src/domain/port/workbookPort';

/** An .xlsx holding the snapshots' values and formulas (formulas without saved results). */
export function workbookOf(snaps: readonly SheetSnapshot[]): XlsxWorkbook {
  const book = new XlsxWorkbook();
  for (const s of snaps) {
    const ws = book.workbook.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (f) ws.getCell(r + 1, c + 1).value = { formula: f.replace(/^=/, '') };
        else if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return book;
}

/**
 * Applies fix steps the way the pane will through the host. Rows are inserted/deleted with
 * ExcelJS's spliceRows, which (unlike Excel) does not rewrite formulas that point below — the
 * tests apply row steps to tables of typed numbers only.
 */
export function applySteps(book: XlsxWorkbook, steps: readonly FixStep[]): void {
  for (const s of steps) {
    const ws = book.workbook.getWorksheet(s.sheet);
    if (!ws) throw new Error(`applySteps: 没有工作表 ${s.sheet}`);
    if (s.kind === 'expect') continue; // a precondition of the pane's undo, not a change
    if (s.kind === 'set') {
      const cell = ws.getCell(s.cell);
      cell.value = typeof s.value === 'string' && s.value.startsWith('=') ? { formula: s.value.slice(1) } : s.value;
    } else if (s.kind === 'insertRows') {
      ws.spliceRows(s.row, 0, ...Array.from({ length: s.count }, () => []));
    } else {
      ws.spliceRows(s.row, s.count);
    }
  }
}
