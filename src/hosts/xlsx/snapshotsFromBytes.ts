import type { SheetSnapshot } from '../../domain/port/workbookPort';
import { DAMAGED, refuseNonXlsx, UnreadableWorkbookError } from './openXlsxBytes';
import { FastReadError, readSnapshotsFast } from './readSnapshotsFast';

// No node:* here: the page bundles this; readXlsxSnapshots in openXlsx.ts adds the disk part.

/**
 * The sheets of .xlsx bytes for checking (budget check, batch check, consolidate, the page's check),
 * read by the fast reader; a file that is not a readable workbook is one UnreadableWorkbookError with
 * the same zh-CN wording as openXlsxBytes. Anything else thrown is a bug and is not caught here.
 */
export function snapshotsFromBytes(bytes: Uint8Array, file: string, names?: readonly string[]): SheetSnapshot[] {
  refuseNonXlsx(bytes, file);
  try {
    return readSnapshotsFast(bytes, names);
  } catch (e) {
    if (e instanceof FastReadError) throw new UnreadableWorkbookError(file, DAMAGED);
    throw e;
  }
}
