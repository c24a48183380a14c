import { readFile, stat } from 'node:fs/promises';
import { openXlsxBytes, UnreadableWorkbookError } from './openXlsxBytes';
import type { XlsxWorkbook } from './xlsxWorkbook';

export { openXlsxBytes, UnreadableWorkbookError };

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
