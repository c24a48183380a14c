import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { XlsxWorkbook } from './xlsxWorkbook';

/** Bad input that is not the program's fault: the message is shown to the officer as is. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`无法打开“${basename(file)}”：${reason}`);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens an .xlsx from disk, turning every way it can fail into one clear zh-CN message. */
export async function openXlsx(file: string): Promise<XlsxWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableWorkbookError(file, code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `读取失败（${code ?? String(e)}）`);
  }
  return openXlsxBytes(bytes, file);
}

export async function openXlsxBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件为空');
  const head = [...bytes.subarray(0, 4)];
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbookError(file, '这是旧版 .xls（或加密的）工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  }
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw new UnreadableWorkbookError(file, '不是 .xlsx 工作簿');
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    throw new UnreadableWorkbookError(file, `文件已损坏或不完整（${e instanceof Error ? e.message : String(e)}）`);
  }
}
