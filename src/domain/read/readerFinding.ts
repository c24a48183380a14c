import type { Finding } from '../findings/finding';
import { type MessageId, type ParamsBesides, worded } from '../findings/messages';

/** A reader's finding about a cell (or a sheet, without one), worded from the message catalog. */
export function readerFinding<K extends MessageId>(
  rule: K,
  severity: Finding['severity'],
  sheet: string,
  cell: string | undefined,
  params: ParamsBesides<K, 'sheet' | 'cell'>,
): Finding {
  return { rule, severity, sheet, ...(cell ? { cell } : {}), ...worded(rule, { sheet, cell: cell ?? '' }, params, 'given') };
}
