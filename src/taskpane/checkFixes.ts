import type { Finding } from '../domain/findings/finding';
import type { Fix } from '../domain/check/fixes';

// Which finding the checker's sure fixes (proposeFixes) resolve: a fix lists the findings it
// resolves by rule, sheet and cell; several findings at one cell share one fix.

const key = (rule: string, sheet: string | undefined, cell: string | undefined) => `${rule}\u0001${sheet ?? ''}\u0001${cell ?? ''}`;

export function fixesByFinding(fixes: readonly Fix[]): Map<string, Fix> {
  const map = new Map<string, Fix>();
  for (const fix of fixes) for (const r of fix.resolves) map.set(key(r.rule, r.sheet, r.cell), fix);
  return map;
}

export function fixFor(fixes: ReadonlyMap<string, Fix>, f: Finding): Fix | undefined {
  return fixes.get(key(f.rule, f.sheet, f.cell));
}

/** Button text by kind; the fix's own description goes in the tooltip and the notice. */
export function fixLabel(fix: Fix): string {
  return fix.kind === 'insert-parent' ? '修复：插入上级科目行' : '修复：恢复公式';
}
