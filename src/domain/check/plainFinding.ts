import type { Finding, Severity } from '../findings/finding';
import { renderMessage } from '../findings/messages';

/** A finding from a non-arithmetic rule; the message comes from the catalog entry of `rule`. */
export function plainFinding(
  rule: string,
  severity: Severity,
  at: { sheet: string; cell?: string; code?: string; column?: string },
  params: Record<string, string | number>,
  amounts: { expected?: number; actual?: number; difference?: number } = {},
): Finding {
  const all = { sheet: at.sheet, cell: at.cell ?? '', ...params };
  return {
    rule,
    severity,
    sheet: at.sheet,
    ...(at.cell ? { cell: at.cell } : {}),
    ...(at.code ? { code: at.code } : {}),
    ...(at.column ? { column: at.column } : {}),
    ...amounts,
    params: all,
    message: renderMessage(rule, all),
  };
}
