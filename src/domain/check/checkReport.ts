import { SEVERITY_ZH } from '../findings/finding';
import type { Finding } from '../findings/finding';
import { groupFindings } from './groupFindings';

// The check result as text lines (zh-CN) and as JSON, for the CLI and the demo's 校验报告.

export interface FindingJson {
  /** "F3": unique within the report. */
  readonly id: string | null;
  /** Id of the finding this one follows from; null for a headline. */
  readonly causedBy: string | null;
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
    id: f.id ?? null,
    causedBy: f.causedBy ?? null,
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

/** "错误 1 项（共 7 项），警告 0 项（共 1 项），提示 18 项": headlines, with every finding in brackets when some are folded. */
export function countsLine(findings: readonly Finding[]): string {
  const { counts, totals } = groupFindings(findings);
  return (['error', 'warning', 'info'] as const)
    .map((s) => `${SEVERITY_ZH[s]} ${counts[s]} 项${totals[s] !== counts[s] ? `（共 ${totals[s]} 项）` : ''}`)
    .join('，');
}

/** The lines of a folded list: each headline, then what follows from it, indented. */
export function foldedLines(findings: readonly Finding[], indent = '    ↳ '): string[] {
  const grouped = groupFindings(findings);
  const lines: string[] = [];
  for (const g of grouped.groups)
    for (const sev of ['error', 'warning', 'info'] as const)
      for (const f of g.bySeverity[sev]) {
        lines.push(findingLine(f));
        for (const c of (f.id !== undefined ? grouped.consequences.get(f.id) : undefined) ?? []) lines.push(`${indent}${findingLine(c)}`);
      }
  return lines;
}

/** A plain-text report: title, the lines `about` the check (the catalog used), counts, then each headline (grouped by sheet) with what follows from it. */
export function reportText(title: string, findings: readonly Finding[], about: readonly string[] = []): string {
  const grouped = groupFindings(findings);
  const lines = [title, ...about, countsLine(findings)];
  if (grouped.consequences.size > 0) lines.push('（括号内的“共”含折叠在根源问题下、改正根源后随之消除的问题）');
  if (findings.length === 0) lines.push('未发现问题：各表表内、表间勾稽关系均平衡。');
  for (const g of grouped.groups) {
    lines.push('', `【${g.sheet ?? '工作簿'}】错误 ${g.counts.error}，警告 ${g.counts.warning}，提示 ${g.counts.info}`);
    for (const sev of ['error', 'warning', 'info'] as const)
      for (const f of g.bySeverity[sev]) {
        lines.push(findingLine(f));
        for (const c of (f.id !== undefined ? grouped.consequences.get(f.id) : undefined) ?? []) lines.push(`    ↳ ${findingLine(c)}`);
      }
  }
  return `${lines.join('\n')}\n`;
}
