import type { PlanCell, SheetPlan, WorkbookPlan } from './sheetPlan';

// When a plan's sheet is written under another name (the user's sheet kept), every formula that
// points at it must follow.

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export function renameSheetsInPlan(plan: WorkbookPlan, renames: Readonly<Record<string, string>>): WorkbookPlan {
  const pairs = Object.entries(renames).filter(([from, to]) => from !== to);
  if (pairs.length === 0) return plan;
  const fix = (cell: PlanCell): PlanCell => {
    if (typeof cell !== 'string' || !cell.startsWith('=')) return cell;
    let f = cell;
    for (const [from, to] of pairs) f = f.split(quoted(from)).join(quoted(to));
    return f;
  };
  const sheets: SheetPlan[] = plan.sheets.map((s) => ({
    ...s,
    name: renames[s.name] ?? s.name,
    cells: s.cells.map((row) => row.map(fix)),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c, formula: String(fix(c.formula)) })),
  }));
  return { sheets };
}

/** Decides the written names for a plan given the sheets already in the workbook. */
export function resolveSheetNames(
  plan: WorkbookPlan,
  existing: ReadonlyArray<{ name: string; empty: boolean }>,
  policy: 'fail' | 'replace' | 'rename',
  freeName: (wanted: string, taken: ReadonlySet<string>) => string,
): { conflicts: string[]; renames: Record<string, string> } {
  const byLower = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const conflicts = plan.sheets.flatMap((s) => {
    const clash = byLower.get(s.name.toLowerCase());
    return clash && !clash.empty ? [clash.name] : [];
  });
  const renames: Record<string, string> = {};
  if (policy === 'rename') {
    const taken = new Set([...existing.map((s) => s.name), ...plan.sheets.map((s) => s.name)]);
    for (const name of conflicts) {
      const planName = plan.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.name ?? name;
      const free = freeName(planName, taken);
      taken.add(free);
      renames[planName] = free;
    }
  }
  return { conflicts, renames };
}
