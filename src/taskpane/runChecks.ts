import type { CheckContext } from '../domain/check/checkContext';
import { checkSnapshots } from '../domain/check/checkSnapshots';
import { sortFindings } from '../domain/check/checkWorkbook';
import { proposeFixes, type Fix } from '../domain/check/fixes';
import type { Finding } from '../domain/findings/finding';
import { checkProjects } from '../domain/projects/checkProjects';
import type { ParsedWorkbook } from '../domain/read/parsedTables';
import type { SheetSnapshot, WorkbookPort } from '../domain/port/workbookPort';

// The checks the 校验 tab runs: the reconciliation rules over the nine tables and the project rules
// over 项目经费情况说明 / 项目支出绩效目标表, in one list in workbook order.

export interface CheckRun {
  readonly findings: readonly Finding[];
  readonly parsed: ParsedWorkbook;
  readonly context: CheckContext;
  /** What the checks ran on: the cell preview shows these values. */
  readonly snapshots: readonly SheetSnapshot[];
  /** The fixes the checker is sure about (restore a SUM formula, insert a missing parent row). */
  readonly fixes: readonly Fix[];
}

export function checkAll(snapshots: readonly SheetSnapshot[]): CheckRun {
  const tables = checkSnapshots(snapshots);
  const projects = checkProjects(snapshots);
  const findings = sortFindings(
    [...tables.findings, ...projects.findings],
    snapshots.map((s) => s.name),
  );
  const fixes = proposeFixes(snapshots, tables.parsed, tables.findings, tables.context);
  return { findings, parsed: tables.parsed, context: tables.context, snapshots, fixes };
}

export async function runChecks(port: WorkbookPort): Promise<CheckRun> {
  return checkAll(await port.readSheets());
}
