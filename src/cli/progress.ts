import { SingleBar } from 'cli-progress';

// Progress on long CLI work (batch check, consolidate, the 1,000-file benchmarks): counts and an
// estimate of time left, on stderr and only when stderr is a terminal — piped or redirected
// output stays clean.

export interface Progress {
  /** `done` of `total` finished. */
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export interface ProgressOptions {
  /** What is counted: "个文件", "个单位". */
  readonly unit: string;
  /** The task: "校验", "汇总". */
  readonly label: string;
  /** Defaults to process.stderr; progress shows only when it is a TTY. */
  readonly stream?: NodeJS.WriteStream;
}

export function startProgress(total: number, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY || total < 2) return SILENT;
  const bar = new SingleBar({
    stream,
    format: `${options.label} [{bar}] {value}/{total} ${options.unit} | 已用 {duration_formatted} | 剩余约 {eta_formatted}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  });
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
