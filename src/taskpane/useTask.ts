import { useCallback, useRef, useState } from 'react';
import { messageOf } from './messageOf';

// Long operations: which one is running (its button shows a Spinner and is disabled), the step it
// is on (a progress bar appears once it has run for about half a second), and the last failure,
// titled with what was being done. One task at a time per panel; a running task can be cancelled
// between its steps.

export interface TaskError {
  readonly title: string;
  readonly message: string;
}

/** Thrown by `step` once the officer has pressed 取消: the task stops there, without an error. */
export class TaskCancelled extends Error {
  constructor() {
    super('已取消');
    this.name = 'TaskCancelled';
  }
}

export interface TaskProgress {
  /** The step now running, zh-CN ("核对九张预算表"). */
  readonly step: string;
  /** Share done (0…1), or null when not known. */
  readonly fraction: number | null;
}

export interface TaskControl {
  readonly signal: AbortSignal;
  /**
   * Names the step about to run and lets the page paint before it (steps are synchronous work);
   * throws TaskCancelled when the task was cancelled.
   */
  step(name: string, done?: number, total?: number): Promise<void>;
}

/** How long a task runs before its progress bar shows: quick tasks only show their button's spinner. */
export const PROGRESS_DELAY_MS = 500;

export interface Task {
  /** Key of the running operation, or null. */
  readonly running: string | null;
  readonly error: TaskError | null;
  /** The running task's step, once it has run for PROGRESS_DELAY_MS; null otherwise. */
  readonly progress: TaskProgress | null;
  /** The last task was cancelled (cleared when the next one starts). */
  readonly cancelled: boolean;
  readonly clearError: () => void;
  /** Asks the running task to stop at its next step. */
  readonly cancel: () => void;
  /** Runs `fn` as operation `key`; a failure is kept as `error` under `title`. Resolves to undefined on failure or cancel. */
  readonly run: <T>(key: string, title: string, fn: (control: TaskControl) => Promise<T>) => Promise<T | undefined>;
}

const paint = () => new Promise((r) => setTimeout(r, 0));

export function useTask(): Task {
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<TaskError | null>(null);
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const busy = useRef(false);
  const abort = useRef<AbortController | null>(null);
  const run = useCallback(async <T>(key: string, title: string, fn: (control: TaskControl) => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(key);
    setError(null);
    setCancelled(false);
    let current: TaskProgress = { step: '', fraction: null };
    let shown = false;
    const timer = setTimeout(() => {
      shown = true;
      setProgress(current);
    }, PROGRESS_DELAY_MS);
    const control: TaskControl = {
      signal: controller.signal,
      async step(name, done, total) {
        if (controller.signal.aborted) throw new TaskCancelled();
        current = { step: name, fraction: done !== undefined && total ? Math.min(1, done / total) : null };
        if (shown) setProgress(current);
        await paint();
        if (controller.signal.aborted) throw new TaskCancelled();
      },
    };
    try {
      // Let React paint the Spinner before a long synchronous step (parsing, checking) starts.
      await paint();
      return await fn(control);
    } catch (e) {
      if (e instanceof TaskCancelled) setCancelled(true);
      else setError({ title, message: messageOf(e) });
      return undefined;
    } finally {
      clearTimeout(timer);
      busy.current = false;
      abort.current = null;
      setRunning(null);
      setProgress(null);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { running, error, progress, cancelled, clearError, cancel, run };
}
