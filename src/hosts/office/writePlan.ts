import { renameSheetsInPlan, resolveSheetNames } from '../../domain/plan/renameSheets';
import type { WorkbookPlan } from '../../domain/plan/sheetPlan';
import {
  type ExistingSheetPolicy,
  freeSheetName,
  SheetConflictError,
  WriteIncompleteError,
  type WriteResult,
} from '../../domain/port/workbookPort';
import { PayloadBudget } from './batch';
import type { OfficeFeatures } from './requirements';
import { pageSetupNotice, queueSheet } from './sheetWriter';

// Writing a plan into the open workbook. Office.js gives no "all or nothing": operations before a
// failing one in a batch stay applied. So each sheet is its own sync, and a failure is reported as
// exactly what exists: the sheets written completely, the one being written, and the user's replaced
// sheets, which are moved aside (renamed "~旧表") first and deleted only after every new sheet is in.
// A moved-aside sheet is never deleted after a failure: the officer decides.
//
// Syncs: 1 (sheet list) + 1 if sheets of the plan's names exist (do they hold data?) + 1 (move aside,
// add the new sheets) + 1 per sheet (its content; page setup read back in the same batch) + 1 when
// replaced sheets are deleted; + 1 per ~4 MB of payload on a huge plan.

export async function writeWorkbookPlan(
  ctx: Excel.RequestContext,
  plan: WorkbookPlan,
  policy: ExistingSheetPolicy,
  features: OfficeFeatures,
  maxBytes: number,
): Promise<WriteResult> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();

  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const colliding = sheets.items.filter((ws) => planNames.has(ws.name.toLowerCase()));
  const used = colliding.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  if (colliding.length > 0) await ctx.sync();
  const emptyByName = new Map(colliding.map((ws, i) => [ws.name.toLowerCase(), used[i]?.isNullObject ?? true]));
  const existing = sheets.items.map((ws) => ({ name: ws.name, empty: emptyByName.get(ws.name.toLowerCase()) ?? true }));

  const { conflicts, renames } = resolveSheetNames(plan, existing, policy, freeSheetName);
  // Nothing has been queued yet: refusing here leaves the workbook untouched.
  if (policy === 'fail' && conflicts.length > 0) throw new SheetConflictError(conflicts);
  const finalPlan = renameSheetsInPlan(plan, renames);

  // Sheets being replaced are renamed out of the way and deleted after the new ones exist (deleting
  // first fails when they are the workbook's only visible sheets). All new sheets are added before any
  // formula is written so that cross-sheet references resolve.
  const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const taken = new Set([...sheets.items.map((ws) => ws.name), ...finalPlan.sheets.map((s) => s.name)]);
  const aside: { ws: Excel.Worksheet; name: string; veryHidden: boolean }[] = [];
  for (const sheet of finalPlan.sheets) {
    const old = byName.get(sheet.name.toLowerCase());
    if (!old) continue;
    const parked = freeSheetName('~旧表', taken);
    taken.add(parked);
    old.name = parked;
    aside.push({ ws: old, name: parked, veryHidden: old.visibility === 'VeryHidden' });
  }
  const targets = finalPlan.sheets.map((s) => sheets.add(s.name));
  const keptAside = aside.map((a) => a.name);
  try {
    await ctx.sync();
  } catch (e) {
    throw new WriteIncompleteError([], finalPlan.sheets[0]?.name ?? null, await stillPresent(ctx, keptAside), e);
  }

  const written: string[] = [];
  const notices: string[] = [];
  const payload = new PayloadBudget(ctx, maxBytes);
  for (const [i, s] of finalPlan.sheets.entries()) {
    const target = targets[i];
    if (!target) continue;
    try {
      const pageLayout = await queueSheet(target, s, features, payload);
      await ctx.sync();
      payload.reset();
      if (pageLayout && s.print) {
        const n = pageSetupNotice(s.name, s.print, pageLayout);
        if (n) notices.push(n);
      }
    } catch (e) {
      throw new WriteIncompleteError(written, s.name, keptAside, e);
    }
    written.push(s.name);
  }

  if (aside.length > 0) {
    // Worksheet.delete fails on a very hidden sheet: made hidden first.
    for (const a of aside) {
      if (a.veryHidden) a.ws.visibility = 'Hidden';
      a.ws.delete();
    }
    try {
      await ctx.sync();
    } catch (e) {
      throw new WriteIncompleteError(written, null, await stillPresent(ctx, keptAside), e);
    }
  }
  return { written, renamed: renames, ...(notices.length > 0 ? { notices } : {}) };
}

/** After a failed sync: which of `names` exist now (a batch that failed part way applied some of it). */
async function stillPresent(ctx: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const now = new Set(sheets.items.map((ws) => ws.name));
  return names.filter((n) => now.has(n));
}
