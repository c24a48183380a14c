import type { SheetSnapshot } from '../../domain/port/workbookPort';
import { DAMAGED, UnreadableWorkbookError, ZIP_MAGIC } from './unreadableWorkbook';
import { FastReadError, readSnapshotsFast, type FastReadOptions } from './readSnapshotsFast';

// No node:* here: the page bundles this; readXlsxSnapshots in openXlsx.ts adds the disk part.
// ExcelJS (and, through it, SheetJS) is loaded only for what the fast reader does not read: a
// batch-check worker checking .xlsx files never loads it, which saves about a second per worker.

/**
 * The sheets of workbook bytes for checking (budget check, batch check, consolidate): an .xlsx
 * package is read by the fast reader; anything else (empty, a legacy .xls, not a workbook) goes
 * through openXlsxBytes, which reads .xls and words every refusal. An unreadable file is one
 * UnreadableWorkbookError; anything else thrown is a bug and is not caught here.
 */
export async function snapshotsFromBytes(
  bytes: Uint8Array,
  file: string,
  names?: readonly string[],
  options?: FastReadOptions,
): Promise<SheetSnapshot[]> {
  if (bytes.length === 0 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const { openXlsxBytes } = await import('./openXlsxBytes');
    return (await openXlsxBytes(bytes, file)).readSheets(names);
  }
  try {
    return readSnapshotsFast(bytes, names, options);
  } catch (e) {
    if (e instanceof FastReadError) throw new UnreadableWorkbookError(file, DAMAGED);
    throw e;
  }
}
