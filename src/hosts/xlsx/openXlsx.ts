import { readFile, stat } from 'node:fs/promises';
import { XlsxWorkbook } from './xlsxWorkbook';

/** Bad input that is not the program's fault: the message names the file and is shown as is. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens an .xlsx from disk, turning every way it can fail into one clear zh-CN message. */
export async function openXlsx(file: string): Promise<XlsxWorkbook> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UnreadableWorkbookError(file, '文件不存在');
  }
  if (!info.isFile()) throw new UnreadableWorkbookError(file, '不是文件');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UnreadableWorkbookError(file, `读取失败（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
  }
  return openXlsxBytes(bytes, file);
}

/** The same checks on bytes already in memory (an upload, a file read elsewhere). */
export async function openXlsxBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件是空的');
  const head = [...bytes.subarray(0, 4)];
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbookError(file, '这是旧版 .xls（Excel 97-2003）格式或加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  }
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw new UnreadableWorkbookError(file, '不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）');
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    // ExcelJS's own error text (zip internals) means nothing to an officer; the cause is the file.
    throw new UnreadableWorkbookError(file, '文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试');
  }
}
