import type ExcelJS from 'exceljs';
import { parseRangeAddress, rangeAddress } from '../../src/domain/a1';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// What a reviewer does to a returned workbook, done with ExcelJS the way Excel would: rows
// inserted and deleted move the merged areas below them and every formula reference to them
// (ExcelJS alone moves neither).

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {};
  return Object.values(merges).map((m) => m.range);
}

const REF = /((?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?/g;

/** A formula with its references to rows ≥ start on `target` moved by the insert/delete, as Excel does. */
export function shiftFormula(formula: string, home: string, target: string, start: number, count: number, inserted: number): string {
  const shift = inserted - count;
  const move = (row: number, end: boolean): number => {
    if (row < start) return row;
    if (count > 0 && row < start + count) return end ? start - 1 : start; // a range end inside the deleted rows
    return row + shift;
  };
  return formula.replace(REF, (all, prefix: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
    const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : home;
    if (sheet !== target) return all;
    if (c2 === undefined || r2 === undefined) {
      const r = Number(r1);
      if (count > 0 && r >= start && r < start + count) return '#REF!';
      return `${prefix ?? ''}${c1}${move(r, false)}`;
    }
    const a = move(Number(r1), false);
    const b = move(Number(r2), true);
    if (b < a) return '#REF!';
    return `${prefix ?? ''}${c1}${a}:${c2}${b}`;
  });
}

/** Inserts (count 0) or deletes rows at `start`, moving merges and formula references like Excel. */
export function spliceRows(book: XlsxWorkbook, sheetName: string, start: number, count: number, inserts: unknown[][] = []): void {
  const ws = sheet(book, sheetName);
  const shift = inserts.length - count;
  const moved = mergesOf(ws).filter((m) => parseRangeAddress(m).r2 >= start);
  for (const m of moved) ws.unMergeCells(m);
  ws.spliceRows(start, count, ...inserts);
  for (const m of moved) {
    const { r1, c1, r2, c2 } = parseRangeAddress(m);
    if (count > 0 && r1 >= start && r2 < start + count) continue; // inside the deleted rows
    ws.mergeCells(rangeAddress(r1 >= start ? r1 + shift : r1, c1, r2 + shift, c2));
  }
  const insertedRows = new Set(inserts.map((_, i) => start + i));
  book.workbook.eachSheet((other) => {
    other.eachRow((row, r) => {
      if (other === ws && insertedRows.has(r)) return; // the new rows carry their own formulas
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') {
          cell.value = { formula: shiftFormula(v.formula, other.name, sheetName, start, count, inserts.length) };
        }
      });
    });
  });
}

/** Swaps the contents of two rows (a re-sort), each row's formulas following it. */
export function swapRows(book: XlsxWorkbook, sheetName: string, a: number, b: number): void {
  const ws = sheet(book, sheetName);
  const ra = ws.getRow(a);
  const rb = ws.getRow(b);
  const fix = (values: ExcelJS.CellValue[], from: number, to: number): ExcelJS.CellValue[] =>
    values.map((v) =>
      v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string'
        ? { formula: v.formula.replace(new RegExp(`([A-Z])${from}\\b`, 'g'), `$1${to}`) }
        : v,
    );
  const va = fix(ra.values as ExcelJS.CellValue[], a, b);
  const vb = fix(rb.values as ExcelJS.CellValue[], b, a);
  ra.values = vb;
  rb.values = va;
}

export async function copyOf(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

export function sheet(book: XlsxWorkbook, name: string): ExcelJS.Worksheet {
  const ws = book.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
