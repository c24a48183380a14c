// Findings are plain readonly data: what the checker (and the builders) found, and where.
// Wording lives in the message catalog (messages.ts), keyed by rule id.

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ZH: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet?: string;
  readonly cell?: string;
  readonly code?: string;
  readonly column?: string;
  readonly expected?: number;
  readonly actual?: number;
  readonly difference?: number;
  /** Values substituted into the catalog message. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** zh-CN text, rendered from the catalog when the finding is made. */
  readonly message: string;
  /** Unique within one check's findings ("F3"); set when the findings of a check are folded. */
  readonly id?: string;
  /** Id of the finding this one follows from (its root cause); absent for a headline. */
  readonly causedBy?: string;
}
