import type { Finding } from '../findings/finding';
import type { ParsedWorkbook } from '../read/parsedTables';
import { readBudgetTables } from '../read/readBudgetTables';
import type { SheetSnapshot } from '../port/workbookPort';
import type { ProjectRecord } from './projectRecord';
import { readProjectSheets, type ReadProjectsResult } from './readProjectSheets';
import { PROJECT_RULES } from './rules/projectRules';
import type { ProjectCheckContext, ProjectRule } from './rules/projectRule';

/** Runs the project rules over records already read. */
export function runProjectRules(
  records: readonly ProjectRecord[],
  ctx: ProjectCheckContext,
  rules: readonly ProjectRule[] = PROJECT_RULES,
): Finding[] {
  return rules.flatMap((rule) => rule.check(records, ctx));
}

/** The budget year: the standard tables' year, else the most common project-sheet year. */
export function budgetYear(budget: ParsedWorkbook | null, records: readonly ProjectRecord[]): number | null {
  if (budget?.year != null) return budget.year;
  const counts = new Map<number, number>();
  for (const r of records) if (r.year !== null) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Reads the project sheets of a workbook and checks them, against its 支出预算总表 when present.
 * Reader findings come first (bad cells), then the rules'.
 */
export function checkProjects(
  sheets: readonly SheetSnapshot[],
  rules: readonly ProjectRule[] = PROJECT_RULES,
  /** The standard tables of these sheets when the caller has read them already (the whole-workbook check). */
  tables?: ParsedWorkbook,
  /** readProjectSheets(sheets) when the caller has it already (the whole-workbook check reads them once). */
  read: ReadProjectsResult = readProjectSheets(sheets),
): { records: ProjectRecord[]; findings: Finding[] } {
  const workbook = tables ?? readBudgetTables(sheets).workbook;
  const budget = workbook.tables.length > 0 ? workbook : null;
  const ctx: ProjectCheckContext = { year: budgetYear(budget, read.records), budget };
  return { records: read.records, findings: [...read.findings, ...runProjectRules(read.records, ctx, rules)] };
}
