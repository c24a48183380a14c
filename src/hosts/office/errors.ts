// Office errors the officer can act on, in zh-CN. Everything else passes through unchanged: a bug
// must stay visible as itself, not turn into a friendly sentence.

export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** A write refused because an earlier Excel.run timed out and may still be changing the workbook. */
export class WriteBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteBlockedError';
  }
}

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return undefined;
}

/** `what` is the action in zh-CN ("写入预算表样"); the message says what happened and what to do. */
export function translateError(e: unknown, what: string): unknown {
  const code = errorCode(e);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new Error(
      `${what}失败：一次传给 Excel 的数据超过了网页版 Excel 的 5 MB 上限。请在桌面版 Excel 中操作，或减少工作表行数后重试。`,
      { cause: e },
    );
  }
  if (code === 'InvalidOperationInCellEditMode') {
    return new Error(`${what}失败：Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。`, { cause: e });
  }
  if (code === 'InvalidOperation') {
    return new Error(
      `${what}失败：Excel 拒绝了这一操作（可能正在编辑单元格、工作表或工作簿受保护、或另一窗口正在编辑同一工作簿）。请结束编辑或取消保护后重试。`,
      { cause: e },
    );
  }
  return e;
}
