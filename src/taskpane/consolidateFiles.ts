import { consolidateUnits, type ConsolidationResult } from '../domain/consolidate/consolidateUnits';
import { ConsolidationStopped } from '../domain/consolidate/consolidationStopped';
import { readUnit, unreadableUnit, type CheckUnit, type UnitBudget } from '../domain/consolidate/unitBudget';
import type { WorkbookFiles } from '../domain/port/workbookPort';
import { countBySeverity } from './findingGroups';
import { UnreadableWorkbookError } from '../domain/port/workbookPort';
import { checkAll } from './runChecks';
import { openPickedFile } from './openPickedFile';

// 汇总 in the page: each unit file read in turn (only its line items are kept), the department
// workbook laid out and returned as bytes. A file that cannot be opened is listed, not fatal; a
// fault while reading a unit stops the run with a message naming the unit.

export interface ConsolidatedFiles {
  readonly result: ConsolidationResult;
  /** The department workbook; null when nothing could be consolidated. */
  readonly bytes: Uint8Array | null;
}

/** The unit's own checks, counted, for the 单位列表. */
const checkUnit: CheckUnit = (sheets) => {
  const c = countBySeverity(checkAll(sheets).findings);
  return { errors: c.error, warnings: c.warning };
};

/** A file that is not a readable workbook is listed; any other exception stops, naming the unit. */
async function readUnitFile(host: WorkbookFiles, f: File): Promise<UnitBudget> {
  let sheets;
  try {
    sheets = await (await openPickedFile(host, f)).readSheets();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return unreadableUnit(f.name, e.reason);
    throw new ConsolidationStopped(f.name, e);
  }
  try {
    return readUnit(f.name, sheets, checkUnit);
  } catch (e) {
    throw new ConsolidationStopped(f.name, e);
  }
}

export async function consolidateFiles(
  host: WorkbookFiles,
  files: readonly File[],
  options: { department?: string; year?: number },
  progress: (done: number, total: number) => void,
): Promise<ConsolidatedFiles> {
  const units: UnitBudget[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    progress(i, files.length);
    units.push(await readUnitFile(host, f));
    // Yield so the progress text paints between files.
    await new Promise((r) => setTimeout(r, 0));
  }
  progress(files.length, files.length);
  const result = consolidateUnits(units, {
    ...(options.department ? { department: options.department } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (!result.plan) return { result, bytes: null };
  const book = host.create();
  await book.writePlan(result.plan, 'fail');
  return { result, bytes: await book.toBytes() };
}
