import type { RollForwardResult } from '../../domain/rollover/rollForward';
import type { XlsxWorkbook } from './xlsxWorkbook';

/**
 * Puts a roll-forward into the old workbook: its standard sheets (and last year's 上年数/修改对照)
 * give way to the new ones, which come first; every other sheet of the user stays as it was.
 * Used by `budget rollover` and by the page's download.
 */
export async function writeRolledWorkbook(book: XlsxWorkbook, result: RollForwardResult): Promise<{ written: string[]; kept: string[] }> {
  if (!result.plan) throw new RangeError('writeRolledWorkbook: 结转结果没有可写的工作表（plan 为 null）');
  const wb = book.workbook;
  for (const name of result.replacedSheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const kept = wb.worksheets.map((ws) => ws.name);
  const { written } = await book.writePlan(result.plan, 'rename');
  // New tables first, in published order, then the user's own sheets in their old order.
  [...written, ...kept].forEach((name, i) => {
    const ws = wb.getWorksheet(name);
    if (ws) (ws as unknown as { orderNo: number }).orderNo = i + 1;
  });
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return { written: [...written], kept };
}
