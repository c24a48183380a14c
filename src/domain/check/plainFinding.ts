import type { Finding, Severity } from '../findings/finding';
import { MessageId, ParamsBesides, worded } from '../findings/messages';

/** A finding from a non-arithmetic rule; the message comes from the catalog entry of `rule`. */
export function plainFinding<K extends MessageId>(
  rule: K,
  severity: Severity,
  at: { sheet: string; cell?: string; code?: string; column?: string },
  params: ParamsBesides<K, 'sheet' | 'cell'>,
  amounts: { expected?: number; actual?: number; difference?: number } = {},
): Finding {
  return {
    rule,
    severity,
    sheet: at.sheet,
    ...(at.cell ? { cell: at.cell } : {}),
    ...(at.code ? { code: at.code } : {}),
    ...(at.column ? { column: at.column } : {}),
    ...amounts,
    ...worded(rule, { sheet: at.sheet, cell: at.cell ?? '' }, params),
  };
}
