import type { Finding, Severity } from '../findings/finding';
import { MessageId, ParamsBesides, worded } from '../findings/messages';
import type { CellRef } from './facts';

/** A finding of the narrative rules, worded from the catalog; `at` sends the officer to the cell. */
export function narrativeFinding<K extends MessageId>(
  rule: K,
  severity: Severity,
  params: ParamsBesides<K, 'sheet' | 'cell'>,
  at?: CellRef,
  extra: Pick<Finding, 'expected' | 'actual' | 'difference' | 'code'> = {},
): Finding {
  return filledNarrativeFinding(rule, severity, {}, params, at, extra);
}

/** A narrative finding some of whose parameters (`filled`, e.g. `where`) its helper supplies. */
export function filledNarrativeFinding<K extends MessageId, F extends Readonly<Record<string, string | number>>>(
  rule: K,
  severity: Severity,
  filled: F,
  params: ParamsBesides<K, keyof F | 'sheet' | 'cell'>,
  at?: CellRef,
  extra: Pick<Finding, 'expected' | 'actual' | 'difference' | 'code'> = {},
): Finding {
  return {
    rule,
    severity,
    ...(at ? { sheet: at.sheet, cell: at.cell } : {}),
    ...extra,
    ...worded(rule, { ...filled, sheet: at?.sheet ?? '', cell: at?.cell ?? '' }, params),
  };
}

/** "工作表“说明素材”B12" or "" — for messages that point at an input. */
export function where(at: CellRef | undefined): string {
  return at ? `工作表“${at.sheet}”${at.cell}` : '';
}
