import { UnreadableWorkbookError } from '../../domain/port/workbookPort';

// How a file that is not a readable workbook is recognised and worded, apart from the readers
// themselves: the fast reader's callers (batch-check workers) refuse a file without loading ExcelJS.

export { UnreadableWorkbookError };

export const ZIP_MAGIC = [0x50, 0x4b];
export const DAMAGED = '文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试';
