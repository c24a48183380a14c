import { LegacyXlsError, openLegacyXls } from './openLegacyXls';
import { XlsxWorkbook } from './xlsxWorkbook';
import { DAMAGED, UnreadableWorkbookError, ZIP_MAGIC } from './unreadableWorkbook';

export { DAMAGED, UnreadableWorkbookError, ZIP_MAGIC };

// No node:* here: the page (standalone and in Excel) bundles this; openXlsx.ts adds the disk part.

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens .xlsx or legacy .xls bytes (a file read from disk, an upload), every failure one clear zh-CN message. */
export async function openXlsxBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件是空的');
  const head = [...bytes.subarray(0, 4)];
  // An OLE compound file: a legacy .xls (BIFF8), or an encrypted .xlsx, which the legacy reader names.
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    try {
      return await openLegacyXls(bytes);
    } catch (e) {
      if (e instanceof LegacyXlsError) throw new UnreadableWorkbookError(file, e.reason);
      throw e;
    }
  }
  if (!ZIP_MAGIC.every((b, i) => head[i] === b))
    throw new UnreadableWorkbookError(file, '不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）');
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    // ExcelJS's own error text (zip internals) means nothing to an officer; the cause is the file.
    throw new UnreadableWorkbookError(file, DAMAGED);
  }
}
