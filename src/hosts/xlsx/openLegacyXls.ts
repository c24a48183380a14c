import ExcelJS from 'exceljs';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { XlsxWorkbook } from './xlsxWorkbook';

// Legacy .xls (BIFF8, Excel 97-2003) as older 财政 systems export them. SheetJS community edition
// reads the file; its cells, formulas (with their cached results), merges and sheet visibility are
// copied into an ExcelJS workbook, so every command and the page read it through the same host and
// get the same SheetSnapshot as from an .xlsx. No node:* here: the page bundles this file.

/** Why a legacy file cannot be read, in words for an officer; the caller names the file. */
export class LegacyXlsError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'LegacyXlsError';
  }
}

export const LEGACY_REASONS = {
  encrypted: '工作簿设有打开密码（已加密），请在 Excel 或 WPS 中输入密码打开、取消密码后另存，再试',
  notWorkbook: '这是 Office 97-2003 格式的文件，但其中没有工作簿（可能是 Word 或其他文档），请选择 Excel 工作簿',
  damaged: '旧版 .xls 文件已损坏或不完整（可能下载或复制时被截断），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
} as const;

/** The 8-byte header of every OLE compound file (.xls, .doc, encrypted .xlsx). */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads .xls bytes (an OLE compound file) into the ExcelJS host. Throws LegacyXlsError for bad files. */
export async function openLegacyXls(bytes: Uint8Array): Promise<XlsxWorkbook> {
  // SheetJS reads anything it cannot place as CSV text, so a damaged header must be caught here.
  if (!CFB_SIGNATURE.every((b, i) => bytes[i] === b)) throw new LegacyXlsError(LEGACY_REASONS.damaged);
  // Loaded on demand: the pane only pays for the reader when an .xls is opened.
  const XLSX = await import('@e965/xlsx');
  let book: WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false, cellStyles: false });
  } catch (e) {
    throw new LegacyXlsError(reasonOf(e));
  }
  if (book.SheetNames.length === 0) throw new LegacyXlsError(LEGACY_REASONS.damaged);
  const out = new ExcelJS.Workbook();
  book.SheetNames.forEach((name, i) => {
    const sheet = book.Sheets[name];
    const hidden = book.Workbook?.Sheets?.[i]?.Hidden;
    const ws = out.addWorksheet(name, { state: hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible' });
    if (sheet) copySheet((a) => XLSX.utils.decode_cell(a), sheet, ws);
  });
  return new XlsxWorkbook(out);
}

/** SheetJS reports bad files with its own English (or internal) errors; only the kind matters here. */
function reasonOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(text)) return LEGACY_REASONS.encrypted;
  if (/Workbook stream|Book stream|Unsupported/i.test(text)) return LEGACY_REASONS.notWorkbook;
  return LEGACY_REASONS.damaged;
}

type DecodeCell = (address: string) => { r: number; c: number };

function copySheet(decode: DecodeCell, sheet: WorkSheet, ws: ExcelJS.Worksheet): void {
  for (const [address, raw] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const cell = raw as CellObject;
    const value = plainValue(cell);
    const formula = typeof cell.f === 'string' && cell.f !== '' ? cell.f : null;
    if (value === null && formula === null) continue;
    const { r, c } = decode(address);
    const target = ws.getCell(r + 1, c + 1);
    target.value = formula !== null ? { formula, ...(value !== null ? { result: value } : {}) } : value;
    if (typeof cell.z === 'string' && cell.z !== 'General') target.numFmt = cell.z;
  }
  // A one-cell "merge" is no merge; a merge overlapping an earlier one (a damaged file) is left out,
  // as Excel itself would repair it, instead of ExcelJS refusing the whole file.
  const covered = new Set<string>();
  for (const m of sheet['!merges'] ?? []) {
    if (m.s.r === m.e.r && m.s.c === m.e.c) continue;
    const cells: string[] = [];
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) cells.push(`${r},${c}`);
    if (cells.some((k) => covered.has(k))) continue;
    cells.forEach((k) => covered.add(k));
    ws.mergeCells(m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1);
  }
}

/** The cell's constant or cached formula result as ExcelJS stores it. */
function plainValue(cell: CellObject): number | string | boolean | Date | ExcelJS.CellErrorValue | null {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'e':
      return { error: (cell.w ?? '#N/A') as ExcelJS.CellErrorValue['error'] };
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null;
  }
}
