import type { Finding, Severity } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import type { CellRef } from './facts';

/** A finding of the narrative rules, worded from the catalog; `at` sends the officer to the cell. */
export function narrativeFinding(
  rule: string,
  severity: Severity,
  params: Readonly<Record<string, string | number>>,
  at?: CellRef,
  extra: Pick<Finding, 'expected' | 'actual' | 'difference' | 'code'> = {},
): Finding {
  const full = { sheet: at?.sheet ?? '', cell: at?.cell ?? '', ...params };
  return {
    rule,
    severity,
    ...(at ? { sheet: at.sheet, cell: at.cell } : {}),
    ...extra,
    params: full,
    message: renderMessage(rule, full),
  };
}

/** "工作表“说明素材”B12" or "" — for messages that point at an input. */
export function where(at: CellRef | undefined): string {
  return at ? `工作表“${at.sheet}”${at.cell}` : '';
}
