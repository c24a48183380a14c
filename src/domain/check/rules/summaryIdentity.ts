import type { ParsedSummaryLine, ParsedSummaryTable } from '../../read/parsedTables';
import { term } from '../arithmetic';
import { CheckContext, roundingTolerance } from '../checkContext';
import { arithmeticRule, KeyedCheck } from '../rule';
import { blankBreakdowns, incomeGroups } from '../summaryMatch';
import { summary } from '../tables';

function lineSubject(t: ParsedSummaryTable, line: ParsedSummaryLine, column?: string): string {
  return `“${t.sheet}”${line.label}${column ? `【${column}】` : ''}`;
}

function sumCheck(
  ctx: CheckContext,
  t: ParsedSummaryTable,
  line: ParsedSummaryLine,
  key: string,
  column: string | undefined,
  parts: readonly ParsedSummaryLine[],
  rightLabel: string,
): KeyedCheck | null {
  const amount = line.amounts[key];
  if (!amount) return null;
  const subject = lineSubject(t, line, column);
  return {
    rule: 'summary-identity',
    relation: 'eq',
    left: [term(t.sheet, amount, t.unit)],
    right: parts
      .map((p) => p.amounts[key])
      .filter((a) => a !== undefined)
      .map((a) => term(t.sheet, a, t.unit)),
    tolerance: roundingTolerance(ctx, t.unit, parts.length),
    children: parts.length,
    description: `${subject} = ${rightLabel}`,
    at: { sheet: t.sheet, cell: amount.cell, ...(column ? { column } : {}) },
    params: { subject, rightLabel },
  };
}

/**
 * Within the two summary tables: 收入总计 = Σ income lines (一、二、…), 财政拨款收入 = Σ its sub-lines
 * (1、2、3、), 支出总计 = Σ expenditure lines per column, and in 财政拨款收支总表 each line's
 * 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; in the 单位 财务收支预算总表 each line's
 * 合计 = 人员经费 + 公用经费 (or 基本支出) + 项目支出.
 */
export const summaryIdentity = arithmeticRule({
  id: 'summary-identity',
  severity: 'error',
  description:
    '总表内：收入总计等于各收入项之和、财政拨款收入等于其下各项之和、支出总计等于各支出项之和、财政拨款支出合计等于各资金来源之和',
  checks(wb, ctx) {
    const out: KeyedCheck[] = [];
    for (const id of ['financeSummary', 'fiscalSummary'] as const) {
      const t = summary(wb, id);
      if (!t) continue;
      const top = t.income.filter((l) => l.level === 1);
      if (t.incomeTotal && top.length > 0) {
        const c = sumCheck(ctx, t, t.incomeTotal, 'income', undefined, top, `各收入项（${top.map((l) => l.name).join('、')}）之和`);
        if (c) out.push(c);
      }
      const blank = blankBreakdowns(t);
      for (const { parent, subs } of incomeGroups(t)) {
        // Sub-lines all left blank under a filled parent: a breakdown not given, reported by summary-breakdown-blank.
        if (subs.length === 0 || blank.some((g) => g.parent === parent)) continue;
        const c = sumCheck(ctx, t, parent, 'income', undefined, subs, `其下各项（${subs.map((l) => l.name).join('、')}）之和`);
        if (c) out.push(c);
      }
      if (t.expenditureTotal && t.expenditure.length > 0) {
        for (const col of t.expenditureColumns) {
          const c = sumCheck(ctx, t, t.expenditureTotal, col.key, col.label, t.expenditure, '各支出项之和');
          if (c) out.push(c);
        }
      }
      const totalCol = t.expenditureColumns.find((c) => c.key === 'total');
      const sources = t.expenditureColumns.filter((c) => c.key !== 'total');
      if (id === 'fiscalSummary' && totalCol && sources.length > 0) {
        for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
          const amount = line.amounts.total;
          if (!amount) continue;
          const subject = lineSubject(t, line, totalCol.label);
          const rightLabel = sources.map((s) => s.label).join('+');
          out.push({
            rule: 'summary-identity',
            relation: 'eq',
            left: [term(t.sheet, amount, t.unit)],
            right: sources
              .map((s) => line.amounts[s.key])
              .filter((a) => a !== undefined)
              .map((a) => term(t.sheet, a, t.unit)),
            tolerance: roundingTolerance(ctx, t.unit, sources.length),
            children: sources.length,
            description: `${subject} = ${rightLabel}`,
            at: { sheet: t.sheet, cell: amount.cell, column: totalCol.label },
            params: { subject, rightLabel },
          });
        }
      }
      const spending = t.expenditureColumns.find((c) => c.key === 'expenditure');
      const byUse = t.expenditureColumns.filter((c) => ['basic', 'personnel', 'public', 'project'].includes(c.key));
      if (id === 'financeSummary' && spending && byUse.length > 0) {
        for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
          const amount = line.amounts.expenditure;
          if (!amount) continue;
          const subject = lineSubject(t, line, spending.label);
          const rightLabel = byUse.map((c) => c.label).join('+');
          out.push({
            rule: 'summary-identity',
            relation: 'eq',
            left: [term(t.sheet, amount, t.unit)],
            right: byUse
              .map((c) => line.amounts[c.key])
              .filter((a) => a !== undefined)
              .map((a) => term(t.sheet, a, t.unit)),
            tolerance: roundingTolerance(ctx, t.unit, byUse.length),
            children: byUse.length,
            description: `${subject} = ${rightLabel}`,
            at: { sheet: t.sheet, cell: amount.cell, column: spending.label },
            params: { subject, rightLabel },
          });
        }
      }
    }
    return out;
  },
});
