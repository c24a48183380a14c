import { CATALOG_SHEET, type CatalogImport, catalogsForWorkbook } from '../catalog/catalogSheet';
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import type { ParsedWorkbook } from '../read/parsedTables';
import { readBudgetTables } from '../read/readBudgetTables';
import type { SheetSnapshot } from '../port/workbookPort';
import { editionFindings } from './catalogEdition';
import { CheckContext, checkContext } from './checkContext';
import { checkWorkbook, sortFindings } from './checkWorkbook';
import { ARITHMETIC_RULES } from './rules';

/**
 * Reads the standard tables from sheet snapshots and checks them. Without a context the year's
 * catalogs are used — the workbook's own 科目表 sheet when it has one.
 */
export function checkSnapshots(
  snapshots: readonly SheetSnapshot[],
  ctx?: Partial<CheckContext>,
  /** An officer's official catalog for a year kept outside the workbook (the CLI's `budget catalog import`). */
  storedCatalogs?: (year: number) => CatalogImport | undefined,
  /** readBudgetTables(snapshots) when the caller has it already (consolidation reads each unit once). */
  read: { readonly workbook: ParsedWorkbook; readonly findings: readonly Finding[] } = readBudgetTables(snapshots),
  /**
   * keepChecks: the caller builds the 校验 sheet next (budget check --sheet), so all the arithmetic
   * checks are made once and kept for it; otherwise only those with a difference are made.
   */
  options: { readonly keepChecks?: boolean } = {},
): { findings: Finding[]; parsed: ParsedWorkbook; context: CheckContext } {
  const { workbook: parsed, findings: readFindings } = read;
  const extra: Finding[] = [];
  let catalogs = ctx?.catalogs;
  if (!catalogs && parsed.year !== null) {
    const own = snapshots.some((s) => s.name === CATALOG_SHEET);
    const imported = (!own ? storedCatalogs?.(parsed.year) : undefined) ?? catalogsForWorkbook(snapshots, parsed.year);
    catalogs = imported.catalogs;
    for (const p of imported.problems) {
      extra.push({
        rule: 'read/catalog-row',
        severity: 'warning',
        sheet: CATALOG_SHEET,
        ...(p.cell ? { cell: p.cell } : {}),
        params: { problem: p.message },
        message: renderMessage('read/catalog-row', { problem: p.message }),
      });
    }
  }
  const context = checkContext(parsed, { ...ctx, ...(catalogs ? { catalogs } : {}) });
  if (options.keepChecks) for (const rule of ARITHMETIC_RULES) rule.checks(parsed, context);
  const findings = sortFindings(
    [...readFindings, ...extra, ...editionFindings(context), ...checkWorkbook(parsed, context)],
    snapshots.map((s) => s.name),
  );
  return { findings, parsed, context };
}
