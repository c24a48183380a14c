// The refusal of a file that is not a readable workbook, apart from the readers themselves: the fast
// reader's callers (batch-check workers) raise it without loading ExcelJS.

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

export const ZIP_MAGIC = [0x50, 0x4b];
export const DAMAGED = '文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试';
