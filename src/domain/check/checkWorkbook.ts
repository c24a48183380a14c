import { parseCellAddress } from '../a1';
import type { Finding } from '../findings/finding';
import type { ParsedWorkbook } from '../read/parsedTables';
import type { CheckContext } from './checkContext';
import type { CheckRule } from './rule';
import { ALL_RULES } from './rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule (or the given ones) and returns the findings in sheet, row, column order. */
export function checkWorkbook(wb: ParsedWorkbook, ctx: CheckContext, rules: readonly CheckRule[] = ALL_RULES): Finding[] {
  const findings = rules.flatMap((r) => r.check(wb, ctx));
  return sortFindings(
    findings,
    wb.tables.map((t) => t.sheet),
  );
}

function position(cell: string | undefined): [number, number] {
  if (!cell) return [0, 0];
  try {
    const p = parseCellAddress(cell);
    return [p.row, p.col];
  } catch {
    return [0, 0];
  }
}

/** Workbook order: by sheet (in the order given), then row, column, severity. Stable otherwise. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = (s: string | undefined) => {
    if (s === undefined) return -1;
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return findings
    .map((f, i) => ({ f, i, s: sheetIndex(f.sheet), p: position(f.cell) }))
    .sort(
      (a, b) => a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i,
    )
    .map((x) => x.f);
}
