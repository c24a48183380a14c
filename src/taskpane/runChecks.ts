import { CHECK_STEP_ZH, checkAllSheets, checkAllSheetsStepwise, type CheckAllResult } from '../domain/check/checkAllSheets';
import type { CheckContext } from '../domain/check/checkContext';
import { proposeFixes, type Fix } from '../domain/check/fixes';
import type { Finding } from '../domain/findings/finding';
import type { ParsedWorkbook } from '../domain/read/parsedTables';
import type { SheetSnapshot, WorkbookPort } from '../domain/port/workbookPort';
import { timedAsync } from './stageTiming';
import type { TaskControl } from './useTask';

// The checks the 校验 tab runs — the same as `budget check`: the nine tables, the project sheets,
// the 上年数 / 说明素材 / 编制说明 sheets, folded by root cause (each headline with what follows
// from it). Run step by step so the pane can show progress and stop between steps.

export interface CheckRun {
  /** Folded: ids on all, `causedBy` on what follows from a headline. */
  readonly findings: readonly Finding[];
  readonly parsed: ParsedWorkbook;
  readonly context: CheckContext;
  /** What the checks ran on: the cell preview and the charts use these values. */
  readonly snapshots: readonly SheetSnapshot[];
  /** The fixes the checker is sure about (restore a SUM formula, insert a missing parent row). */
  readonly fixes: readonly Fix[];
}

function toRun(snapshots: readonly SheetSnapshot[], r: CheckAllResult): CheckRun {
  const fixes = proposeFixes(snapshots, r.parsed, r.tableFindings, r.context);
  return { findings: r.findings, parsed: r.parsed, context: r.context, snapshots, fixes };
}

export function checkAll(snapshots: readonly SheetSnapshot[]): CheckRun {
  return toRun(snapshots, checkAllSheets(snapshots));
}

export async function runChecks(port: WorkbookPort, control?: TaskControl): Promise<CheckRun> {
  return timedAsync('check', () => stepwise(port, control));
}

async function stepwise(port: WorkbookPort, control?: TaskControl): Promise<CheckRun> {
  await control?.step('读取工作表');
  const snapshots = await port.readSheets();
  const steps = checkAllSheetsStepwise(snapshots);
  const total = 5;
  let done = 1;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      await control?.step('整理结果', total, total);
      return toRun(snapshots, next.value);
    }
    await control?.step(CHECK_STEP_ZH[next.value], done++, total);
  }
}
