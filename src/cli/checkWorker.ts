import { parentPort } from 'node:worker_threads';
import type { CheckArea } from '../domain/check/checkAllSheets';
import { checkOneFile } from './checkFiles';

// One thread of `budget check`'s pool: checks the files it is sent, one at a time.
parentPort?.on('message', (m: { index: number; file: string; only?: CheckArea[] }) => {
  checkOneFile(m.file, m.only).then(
    (outcome) => parentPort?.postMessage({ index: m.index, outcome }),
    (e: unknown) => parentPort?.postMessage({ index: m.index, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
