import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';

// Opens an .xlsx the officer picked or dropped, in the page, with the same zh-CN reasons as the
// CLI's openXlsxBytes (src/hosts/xlsx/openXlsx.ts — not bundled: that module imports node:fs).

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export class UnreadableFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'UnreadableFileError';
  }
}

export async function openWorkbookBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
  if (bytes.length === 0) throw new UnreadableFileError(file, '文件是空的');
  const head = [...bytes.subarray(0, 4)];
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    throw new UnreadableFileError(file, '这是旧版 .xls（Excel 97-2003）格式或加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  }
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw new UnreadableFileError(file, '不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）');
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    // ExcelJS's own error text (zip internals) means nothing to an officer; the cause is the file.
    throw new UnreadableFileError(file, '文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试');
  }
}

export async function openWorkbookFile(file: File): Promise<XlsxWorkbook> {
  return openWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
