import type { RollForwardResult } from '../domain/rollover/rollForward';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';

// Next year's workbook as a file. From a workbook the page holds (standalone), the officer's own
// sheets are kept after the new tables, as `budget rollover` does (writeRolledWorkbook in
// src/cli/commands/rollover.ts, not bundled: it imports node:fs). From Excel, the open workbook is
// not a file the page has, so the download holds the new tables and the 上年数 sheet.

export async function rolledWorkbookBytes(result: RollForwardResult, source: XlsxWorkbook | null): Promise<Uint8Array> {
  if (!result.plan) throw new RangeError('结转结果没有可写的工作表');
  const book = source ? await XlsxWorkbook.fromBuffer(await source.toBuffer()) : new XlsxWorkbook();
  book.workbook.creator = '部门预算助手';
  const wb = book.workbook;
  for (const name of result.replacedSheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const kept = wb.worksheets.map((ws) => ws.name);
  const { written } = await book.writePlan(result.plan, 'rename');
  // New tables first, in published order, then the officer's own sheets in their old order.
  [...written, ...kept].forEach((name, i) => {
    const ws = wb.getWorksheet(name);
    if (ws) (ws as unknown as { orderNo: number }).orderNo = i + 1;
  });
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return book.toBuffer();
}
