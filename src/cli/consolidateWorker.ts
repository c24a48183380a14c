import { checkUnitWithRules } from '../domain/consolidate/checkUnitWithRules';
import { ConsolidationStopped } from '../domain/consolidate/consolidationStopped';
import type { UnitBudget } from '../domain/consolidate/unitBudget';
import { readUnitFile, type UnitTask } from './readUnitFile';
import { serveTasks } from './workerPool';

// One worker process of `budget consolidate`'s pool: reads the unit files it is sent, one at a time, and
// sends back each unit's leaf line items and counts. A fault is sent back as the original error's
// text; the main process stops the consolidation naming the unit.
serveTasks<UnitTask, UnitBudget>(
  (t) => readUnitFile(t.file, t.name, checkUnitWithRules),
  (e) => {
    const original = e instanceof ConsolidationStopped ? e.original : e;
    return original instanceof Error ? original.message : String(original);
  },
);
