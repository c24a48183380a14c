// User Timing marks for the stages of opening and checking a workbook ("budget:open", …): they show
// in the browser's performance panel, and bench/pageBench.ts reads them to split a drop's time.

const PREFIX = 'budget:';

function measure(stage: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  performance.measure(PREFIX + stage, { start, end: performance.now() });
}

/** Runs `fn`, recording how long it took as stage `stage`. */
export function timed<T>(stage: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measure(stage, start);
  }
}

/** Awaits `fn()`, recording the time until it settles as stage `stage`. */
export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    measure(stage, start);
  }
}
