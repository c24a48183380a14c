import type { WorkbookFile, WorkbookFiles } from '../domain/port/workbookPort';

/** A workbook the officer picked or dropped, opened through the port's file service. */
export async function openPickedFile(files: WorkbookFiles, file: File): Promise<WorkbookFile> {
  return files.open(new Uint8Array(await file.arrayBuffer()), file.name);
}
