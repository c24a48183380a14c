import { consolidateUnits, type ConsolidationResult } from '../domain/consolidate/consolidateUnits';
import { readUnit, unreadableUnit, type CheckUnit, type UnitBudget } from '../domain/consolidate/unitBudget';
import type { WorkbookFiles } from '../domain/port/workbookPort';
import { countBySeverity } from './findingGroups';
import { messageOf } from './messageOf';
import { UnreadableWorkbookError } from './openWorkbookBytes';
import { checkAll } from './runChecks';

// 汇总 in the page: each unit file read in turn (only its line items are kept), the department
// workbook laid out and returned as bytes. A file that cannot be opened is listed, not fatal.

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
    try {
      const book = await host.open(new Uint8Array(await f.arrayBuffer()), f.name);
      units.push(readUnit(f.name, await book.readSheets(), checkUnit));
    } catch (e) {
      const reason = e instanceof UnreadableWorkbookError ? e.reason : `读取时出错：${messageOf(e)}`;
      units.push(unreadableUnit(f.name, reason));
    }
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
