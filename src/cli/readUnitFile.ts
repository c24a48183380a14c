import { ConsolidationStopped } from '../domain/consolidate/consolidationStopped';
import { readUnit, unreadableUnit, type CheckUnit, type UnitBudget } from '../domain/consolidate/unitBudget';
import { readXlsxSnapshots, UnreadableWorkbookError } from '../hosts/xlsx/openXlsx';
import { FOR_CHECKING } from './forChecking';

// Reading one unit file for budget consolidate, in the main thread or in a worker of its pool: no
// ExcelJS here (only the department workbook is written with it, by the main thread).

/**
 * One unit file. A file that cannot be read as a workbook is listed as such and the others go on;
 * anything else is a fault in the program, and consolidation stops naming the unit it was reading.
 */
export async function readUnitFile(file: string, name: string, checkUnit: CheckUnit | undefined): Promise<UnitBudget> {
  let sheets;
  try {
    sheets = await readXlsxSnapshots(file, undefined, FOR_CHECKING);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return unreadableUnit(name, e.reason);
    throw new ConsolidationStopped(name, e);
  }
  try {
    return readUnit(name, sheets, checkUnit);
  } catch (e) {
    throw new ConsolidationStopped(name, e);
  }
}

/** What a consolidation worker is sent: one unit file and how it is named. */
export interface UnitTask {
  readonly file: string;
  readonly name: string;
}
