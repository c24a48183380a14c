import type { Finding, Severity } from '../findings/finding';
import { MessageId, ParamsBesides, worded } from '../findings/messages';
import { formatThousands } from '../money';
import type { Project } from './project';

// Findings about projects: rendered from the catalog, located by sheet and cell when known.

export interface Where {
  readonly sheet?: string | null;
  readonly cell?: string | null;
}

export function projectFinding<K extends MessageId>(
  rule: K,
  severity: Severity,
  where: Where,
  params: ParamsBesides<K, 'sheet' | 'cell'>,
  figures: { expected?: number; actual?: number } = {},
): Finding {
  const sheet = where.sheet ?? undefined;
  const cell = where.cell ?? undefined;
  const difference = figures.expected !== undefined && figures.actual !== undefined ? figures.actual - figures.expected : undefined;
  return {
    rule,
    severity,
    ...(sheet ? { sheet } : {}),
    ...(cell ? { cell } : {}),
    ...(figures.expected !== undefined ? { expected: figures.expected } : {}),
    ...(figures.actual !== undefined ? { actual: figures.actual } : {}),
    ...(difference !== undefined ? { difference } : {}),
    ...worded(rule, { sheet: sheet ?? '', cell: cell ?? '' }, params, 'given'),
  };
}

/** 分 shown in the sheet's unit: "2,218.30" (万元, 4 decimals when finer) or "10,153,278" / "1,234.56" (元). */
export function showAmount(fen: number, unit: '元' | '万元'): string {
  if (unit === '万元') return formatThousands(fen / 1_000_000, fen % 10_000 === 0 ? 2 : 4);
  return formatThousands(fen / 100, fen % 100 === 0 ? 0 : 2);
}

export function budgetMismatchFinding(sheet: string, cell: string, p: Project, sum: number, budget: number, unit: '元' | '万元'): Finding {
  return projectFinding(
    'projects/build-budget-mismatch',
    'warning',
    { sheet, cell },
    {
      project: p.name,
      sum: showAmount(sum, unit),
      budget: showAmount(budget, unit),
      difference: showAmount(Math.abs(budget - sum), unit),
      unit,
    },
    { expected: sum, actual: budget },
  );
}
