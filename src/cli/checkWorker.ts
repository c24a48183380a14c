import { parentPort } from 'node:worker_threads';
import { checkOneFile } from './checkFiles';

// One thread of `budget check`'s pool: checks the files it is sent, one at a time.
parentPort?.on('message', (m: { index: number; file: string }) => {
  checkOneFile(m.file).then(
    (outcome) => parentPort?.postMessage({ index: m.index, outcome }),
    (e: unknown) => parentPort?.postMessage({ index: m.index, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
