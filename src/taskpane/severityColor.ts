import type { Severity } from '../domain/findings/finding';

/** Fluent Badge colours by severity. */
export const SEVERITY_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
