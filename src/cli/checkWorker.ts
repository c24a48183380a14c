import { checkOneFile, storedCatalogsOnce, type CheckOutcome, type CheckTask } from './checkFiles';
import { serveTasks } from './workerPool';

// One worker process of `budget check`'s pool: checks the files it is sent, one at a time. The stored
// catalogs are read once for the batch (a worker lives for one batch).
const storedCatalogs = storedCatalogsOnce();

serveTasks<CheckTask, CheckOutcome>((t) => checkOneFile(t.file, t.only, { findings: t.findings, storedCatalogs }));
