import { parentPort } from 'node:worker_threads';
import { checkOneFile, storedCatalogsOnce, type CheckTask } from './checkFiles';

// One thread of `budget check`'s pool: checks the files it is sent, one at a time. The stored
// catalogs are read once for the batch (a worker lives for one batch).
const storedCatalogs = storedCatalogsOnce();

parentPort?.on('message', (m: CheckTask) => {
  checkOneFile(m.file, m.only, { findings: m.findings, storedCatalogs }).then(
    (outcome) => parentPort?.postMessage({ index: m.index, outcome }),
    (e: unknown) => parentPort?.postMessage({ index: m.index, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
