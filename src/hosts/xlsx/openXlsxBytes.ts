import { XlsxWorkbook } from './xlsxWorkbook';

// No node:* here: the page (standalone and in Excel) bundles this; openXlsx.ts adds the disk part.

/** Bad input that is not the program's fault: the message names the file and is shown as is. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** What the file is when it is not an .xlsx package: empty, an old .xls, something else. */
export function refuseNonXlsx(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件是空的');
  const head = [...bytes.subarray(0, 4)];
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbookError(file, '这是旧版 .xls（Excel 97-2003）格式或加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  }
  if (!ZIP_MAGIC.every((b, i) => head[i] === b))
    throw new UnreadableWorkbookError(file, '不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）');
}

export const DAMAGED = '文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试';

/** Opens .xlsx bytes (a file read from disk, an upload), every failure one clear zh-CN message. */
export async function openXlsxBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
  refuseNonXlsx(bytes, file);
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    // ExcelJS's own error text (zip internals) means nothing to an officer; the cause is the file.
    throw new UnreadableWorkbookError(file, DAMAGED);
  }
}
