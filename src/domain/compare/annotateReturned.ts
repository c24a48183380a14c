import type { OverlayUndo, SheetSnapshot, WorkbookPort } from '../port/workbookPort';
import type { Comparison } from './change';
import { changeOverlay } from './changeOverlay';
import { buildChangeSheet, CHANGE_SHEET, CHANGE_SHEET_TITLE, ChangeSheetOptions, UNDO_SECTION_TITLE } from './buildChangeSheet';

// Host-neutral: the CLI (ExcelJS) and the pane (Office.js) annotate a returned workbook the same way.

/** Reads back the fills recorded in a 修改对照 sheet; null when the sheet carries no record. */
export function undoFromChangeSheet(snap: SheetSnapshot): OverlayUndo | null {
  const start = snap.values.findIndex((row) => row[0] === UNDO_SECTION_TITLE);
  if (start < 0) return null;
  const fills: Array<{ sheet: string; range: string; color: string | null; original?: unknown }> = [];
  // start + 1 is the 工作表/单元格/原底色 header.
  for (let r = start + 2; r < snap.values.length; r++) {
    const [, sheet, range, color, original] = snap.values[r] ?? [];
    if (typeof sheet !== 'string' || typeof range !== 'string' || sheet === '' || range === '') break;
    const fill = { sheet, range, color: typeof color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(color) ? color : null };
    fills.push(typeof original === 'string' ? { ...fill, original: parseRecord(original) } : fill);
  }
  return { fills, conditionalFormats: [] };
}

/** A damaged record falls back to the plain colour rather than failing the removal. */
function parseRecord(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isOurChangeSheet(snap: SheetSnapshot | undefined): snap is SheetSnapshot {
  return snap?.values[0]?.[0] === CHANGE_SHEET_TITLE;
}

/**
 * Highlights the changes in the returned workbook and writes 修改对照 (with the record of the fills
 * it replaced). A 修改对照 left by an earlier run is taken off first so its record is not lost.
 */
export async function annotateReturned(
  port: WorkbookPort,
  comparison: Comparison,
  options: Omit<ChangeSheetOptions, 'undo' | 'sheetName'> = {},
): Promise<{ undo: OverlayUndo; sheet: string }> {
  const existing = (await port.listSheets()).find((s) => s.name === CHANGE_SHEET);
  let policy: 'replace' | 'rename' = 'rename';
  if (existing) {
    const [snap] = await port.readSheets([CHANGE_SHEET]);
    if (isOurChangeSheet(snap)) {
      const old = undoFromChangeSheet(snap);
      if (old) await port.removeOverlay(old);
      policy = 'replace';
    }
  }
  const undo = await port.applyOverlay(changeOverlay(comparison));
  const plan = buildChangeSheet(comparison, { ...options, undo });
  const written = await port.writePlan({ sheets: [plan] }, policy);
  return { undo, sheet: written.written[0] ?? CHANGE_SHEET };
}

/** The one-click removal: restores every fill the highlight replaced. Returns how many cells. */
export async function clearChangeHighlights(port: WorkbookPort, sheet = CHANGE_SHEET): Promise<number> {
  const [snap] = await port.readSheets([sheet]);
  if (!snap || !isOurChangeSheet(snap)) return 0;
  const undo = undoFromChangeSheet(snap);
  if (!undo) return 0;
  await port.removeOverlay(undo);
  return undo.fills.length;
}
