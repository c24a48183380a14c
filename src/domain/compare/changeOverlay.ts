import type { SheetOverlay } from '../port/workbookPort';
import type { Change, Comparison } from './change';

// Reviewer changes laid over the returned workbook as solid fills. The host records the fills it
// replaces, so the highlight comes off again with the user's own fills restored.

export type HighlightKind = 'changed' | 'added' | 'formula' | 'renamed';

export const CHANGE_COLORS: Readonly<Record<HighlightKind, string>> = {
  changed: '#FFEB9C',
  added: '#C6EFCE',
  formula: '#F8CBAD',
  renamed: '#BDD7EE',
};

/** The legend shown at the top of 修改对照 (and by the pane). */
export const CHANGE_LEGEND: ReadonlyArray<{ readonly kind: HighlightKind; readonly color: string; readonly label: string }> = [
  { kind: 'changed', color: CHANGE_COLORS.changed, label: '金额被修改' },
  { kind: 'added', color: CHANGE_COLORS.added, label: '新增的行' },
  { kind: 'formula', color: CHANGE_COLORS.formula, label: '公式被改为手填数（或手填数改为公式）' },
  { kind: 'renamed', color: CHANGE_COLORS.renamed, label: '科目名称被修改' },
];

/** Deleted rows are not in the returned workbook: they are listed in 修改对照 only. */
export const REMOVED_LEGEND = '被删除的行不在返回稿中，只在本表列出';

export function highlightKind(c: Change): HighlightKind | null {
  if (c.kind === 'removed') return null;
  if (c.kind === 'added') return 'added';
  if (c.kind === 'renamed') return 'renamed';
  return c.formulaChange ? 'formula' : 'changed';
}

/** Where a change is highlighted in the returned workbook, or null for a deleted row. */
export function highlightRange(c: Change): string | null {
  if (c.kind === 'added') return c.range ?? c.cell;
  return c.cell;
}

export function changeOverlay(comparison: Comparison): SheetOverlay[] {
  const bySheet = new Map<string, Array<{ range: string; color: string }>>();
  for (const c of comparison.changes) {
    const kind = highlightKind(c);
    const range = highlightRange(c);
    if (kind === null || range === null) continue;
    const fills = bySheet.get(c.sheet) ?? [];
    fills.push({ range, color: CHANGE_COLORS[kind] });
    bySheet.set(c.sheet, fills);
  }
  return [...bySheet].map(([sheet, fills]) => ({ sheet, fills }));
}
