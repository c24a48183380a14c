import { openXlsxBytes } from '../hosts/xlsx/openXlsxBytes';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';

export { UnreadableWorkbookError } from '../hosts/xlsx/openXlsxBytes';

/** Opens an .xlsx the officer picked or dropped, in the page, with the CLI's checks and wording. */
export async function openWorkbookFile(file: File): Promise<XlsxWorkbook> {
  return openXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
