import { SEVERITY_ZH } from '../findings/finding';
import type { Finding } from '../findings/finding';
import { groupFindings } from './groupFindings';

// The check result as text lines (zh-CN) and as JSON, for the CLI and the demo's 校验报告.

export interface FindingJson {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly code: string | null;
  readonly column: string | null;
  /** 元 */
  readonly expected: number | null;
  readonly actual: number | null;
  readonly difference: number | null;
  readonly message: string;
}

const yuan = (fen: number | undefined): number | null => (fen === undefined ? null : fen / 100);

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    code: f.code ?? null,
    column: f.column ?? null,
    expected: yuan(f.expected),
    actual: yuan(f.actual),
    difference: yuan(f.difference),
    message: f.message,
  };
}

/** `{ "findings": [...] }`, amounts in 元. */
export function reportJson(findings: readonly Finding[]): { findings: FindingJson[] } {
  return { findings: findings.map(findingJson) };
}

/** "错误 3 支出预算总表!F10 20801 基本支出 …" — 严重程度 sheet!cell code column message. */
export function findingLine(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '（工作簿）';
  return [SEVERITY_ZH[f.severity], where, f.code, f.column, f.message].filter((x) => x !== undefined && x !== '').join(' ');
}

/** "错误 2 项，警告 0 项，提示 18 项" */
export function countsLine(findings: readonly Finding[]): string {
  const { counts } = groupFindings(findings);
  return `错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`;
}

/** A plain-text report: title, counts, then one line per finding grouped by sheet. */
export function reportText(title: string, findings: readonly Finding[]): string {
  const lines = [title, countsLine(findings)];
  if (findings.length === 0) lines.push('未发现问题：各表表内、表间勾稽关系均平衡。');
  for (const g of groupFindings(findings).groups) {
    lines.push('', `【${g.sheet ?? '工作簿'}】错误 ${g.counts.error}，警告 ${g.counts.warning}，提示 ${g.counts.info}`);
    for (const sev of ['error', 'warning', 'info'] as const) for (const f of g.bySeverity[sev]) lines.push(findingLine(f));
  }
  return `${lines.join('\n')}\n`;
}
