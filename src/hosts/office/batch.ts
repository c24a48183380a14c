import { TimeoutError, translateError, WriteBlockedError } from './errors';
import type { SupportsFn } from './requirements';

// Sync discipline: every port call is ONE Excel.run, started here and nowhere else.
//
// - delayForCellEdit: a batch sent while the officer is typing in a cell waits for the edit to end
//   instead of failing (RunOptions, documented for every set).
// - mergeUndoGroup (ExcelApi 1.20): since 1.20 add-in writes go on Excel's own undo stack, one record
//   per sync; a write is merged into ONE undo step so Ctrl+Z takes back a whole fix, not a part of it.
// - a timeout: a sync can hang on Excel on the web. The pane is told after `timeoutMs`, but the run
//   cannot be cancelled and may still finish, so every further WRITE is refused until it settles
//   (reads are harmless and still allowed).
// - payload: Excel on the web rejects a request or a response over 5 MB. PayloadBudget counts what a
//   batch has queued and sends it (one more sync) before it would pass ~4 MB.

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Queued request or expected response size above which a batch is split (Excel on the web: 5 MB). */
export const DEFAULT_MAX_BLOCK_BYTES = 4_000_000;

/**
 * Rejects with `messageZh` when `promise` has not settled after `ms`. The underlying Excel.run cannot
 * be cancelled: it may still finish later.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, messageZh: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(messageZh)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passed on as it came
        reject(e);
      },
    );
  });
}

export type BatchKind = 'read' | 'write';

export class Batches {
  /** Runs that timed out and have not settled yet: writes wait for none of them, they are refused. */
  private readonly unsettled = new Set<Promise<unknown>>();

  constructor(
    private readonly timeoutMs: number,
    private readonly supports: SupportsFn,
  ) {}

  /** True while a timed-out run may still be changing the workbook. */
  get blocked(): boolean {
    return this.unsettled.size > 0;
  }

  run<T>(what: string, kind: BatchKind, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (kind === 'write' && this.blocked) {
      return Promise.reject(
        new WriteBlockedError(
          `${what}未执行：上一次操作超时后可能仍在 Excel 中进行。为免两次写入交错，在它结束前不再写入；请稍候片刻，查看工作表后重试。`,
        ),
      );
    }
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (kind === 'write' && this.supports('ExcelApi', '1.20')) options.mergeUndoGroup = true;
    const running = Excel.run(options, batch);
    const seconds = Math.round(this.timeoutMs / 1000);
    const timed = withTimeout(
      running,
      this.timeoutMs,
      `${what}超时：Excel 在 ${seconds} 秒内没有响应。请检查网络或关闭其他正在编辑此工作簿的窗口后重试（操作可能仍在后台完成，请先查看工作表再重试）。`,
    );
    return timed.catch((e: unknown) => {
      if (e instanceof TimeoutError) {
        const settled = running.then(
          () => undefined,
          () => undefined,
        );
        this.unsettled.add(settled);
        void settled.then(() => this.unsettled.delete(settled));
        throw e;
      }
      throw translateError(e, what);
    });
  }
}

/**
 * Counts the bytes a batch has queued; when the next piece would take the request past `maxBytes`
 * the batch is sent first (a sync). A departmental budget is ~100 KB, so in practice there is no
 * extra sync; a huge workbook costs one more sync per ~4 MB instead of failing.
 */
export class PayloadBudget {
  private queued = 0;
  /** Syncs made because the budget was reached. */
  flushes = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly maxBytes: number,
  ) {}

  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.maxBytes) {
      await this.ctx.sync();
      this.flushes++;
      this.queued = 0;
    }
    this.queued += bytes;
  }

  /** After a sync made by the caller: nothing is queued any more. */
  reset(): void {
    this.queued = 0;
  }
}

/** Splits grid rows into [start, count] blocks whose JSON stays within maxBytes (at least one row each). */
export function rowBlocks(grid: readonly unknown[][], maxBytes: number): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  grid.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (i > start && size + bytes > maxBytes) {
      blocks.push([start, i - start]);
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (grid.length > start) blocks.push([start, grid.length - start]);
  return blocks;
}

/** UTF-8 size of the JSON text (CJK is 3 bytes a character on the wire). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}
