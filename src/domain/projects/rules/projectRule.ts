import type { Finding, Severity } from '../../findings/finding';
import type { ParsedWorkbook } from '../../read/parsedTables';
import type { Where } from '../projectFinding';
import type { ProjectCellField, ProjectRecord } from '../projectRecord';

// Project rules have the shape of the team's reconciliation rules, over projects instead of tables.

export interface ProjectCheckContext {
  /** The budget year: from the budget tables when present, else from the project sheets. */
  readonly year: number | null;
  /** The standard tables of the same workbook (readBudgetTables), when it has them. */
  readonly budget: ParsedWorkbook | null;
}

export interface ProjectRule {
  readonly id: string;
  readonly severity: Severity;
  /** zh-CN, one line: what the rule checks. */
  readonly description: string;
  check(projects: readonly ProjectRecord[], ctx: ProjectCheckContext): Finding[];
}

/** Where a field of a record lives (sheet and cell), for findings. */
export function fieldWhere(record: ProjectRecord, field: ProjectCellField): Where {
  return { sheet: record.sheet, cell: record.cells?.fields[field] ?? null };
}

/** The year a project's dates should fall in: its sheet's year, else the budget year. */
export function projectYear(record: ProjectRecord, ctx: ProjectCheckContext): number | null {
  return record.year ?? ctx.year;
}
