import { useCallback, useRef, useState } from 'react';
import { messageOf } from './messageOf';

// Long operations: which one is running (its button shows a Spinner and is disabled) and the last
// failure, titled with what was being done. One task at a time per panel.

export interface TaskError {
  readonly title: string;
  readonly message: string;
}

export interface Task {
  /** Key of the running operation, or null. */
  readonly running: string | null;
  readonly error: TaskError | null;
  clearError(): void;
  /** Runs `fn` as operation `key`; a failure is kept as `error` under `title`. Resolves to undefined on failure. */
  run<T>(key: string, title: string, fn: () => Promise<T>): Promise<T | undefined>;
}

export function useTask(): Task {
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<TaskError | null>(null);
  const busy = useRef(false);
  const run = useCallback(async <T>(key: string, title: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setRunning(key);
    setError(null);
    try {
      // Let React paint the Spinner before a long synchronous step (parsing, checking) starts.
      await new Promise((r) => setTimeout(r, 0));
      return await fn();
    } catch (e) {
      setError({ title, message: messageOf(e) });
      return undefined;
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { running, error, clearError, run };
}
