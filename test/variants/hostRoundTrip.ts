import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { openXlsxBytes } from '../../src/hosts/xlsx/openXlsxBytes';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { pick } from '../support/prng';

// Some variants go through a real file: an .xlsx written by ExcelJS with the number formats
// offices use, or a legacy .xls (BIFF8) written by SheetJS, and read back through the host.

const NUMBER_FORMATS = [
  '#,##0.00',
  '#,##0',
  '0.00',
  'General',
  '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  '#,##0.00_);[Red](#,##0.00)',
  '0.0000',
];

export async function throughXlsx(sheets: readonly SheetSnapshot[], rand: () => number): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility });
    const format = pick(rand, NUMBER_FORMATS);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (v === null && f === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = f !== null ? { formula: f.slice(1), ...(v !== null ? { result: v } : {}) } : v;
        if (typeof v === 'number' || f !== null) cell.numFmt = format;
        // Codes kept as text are often formatted as text too.
        else if (typeof v === 'string' && /^\d+$/.test(v)) cell.numFmt = '@';
      }),
    );
    for (const m of s.merges) ws.mergeCells(m);
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
}

/** Values only (the BIFF8 writer of SheetJS CE writes no formulas): for workbooks without formulas. */
export async function throughXls(sheets: readonly SheetSnapshot[]): Promise<SheetSnapshot[]> {
  const book = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.values.map((r) => [...r]));
    ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, ws, s.name);
  }
  const bytes = new Uint8Array(XLSX.write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
  return (await openXlsxBytes(bytes, 'variant.xls')).readSheets();
}
