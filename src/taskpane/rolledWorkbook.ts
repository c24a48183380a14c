import type { RollForwardResult } from '../domain/rollover/rollForward';
import { writeRolledWorkbook } from '../hosts/xlsx/writeRolledWorkbook';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';

// Next year's workbook as a file. From a workbook the page holds (standalone), the officer's own
// sheets are kept after the new tables, as `budget rollover` does. From Excel, the open workbook is
// not a file the page has, so the download holds the new tables and the 上年数 sheet.

export async function rolledWorkbookBytes(result: RollForwardResult, source: XlsxWorkbook | null): Promise<Uint8Array> {
  if (!result.plan) throw new RangeError('结转结果没有可写的工作表');
  const book = source ? await XlsxWorkbook.fromBuffer(await source.toBuffer()) : new XlsxWorkbook();
  book.workbook.creator = '部门预算助手';
  await writeRolledWorkbook(book, result);
  return book.toBuffer();
}
