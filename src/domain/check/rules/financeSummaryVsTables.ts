import type { ParsedAmount, ParsedClassifiedTable, ParsedSummaryLine } from '../../read/parsedTables';
import { sumTerms, term, withText } from '../arithmetic';
import { crossTableTolerance } from '../printedRounding';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classRowFor, columnLabel, inBlankBreakdown, summaryEquality, unlistedClasses } from '../summaryMatch';
import { classified, summary } from '../tables';

/** Income line key → where its figure comes from: [table, column of the 合计 row]. */
const INCOME_SOURCES: Readonly<Record<string, readonly [string, string]>> = {
  fiscal: ['income', 'fiscal'],
  generalPublic: ['generalPublic', 'total'],
  govFund: ['govFund', 'total'],
  stateCapital: ['stateCapital', 'total'],
  business: ['income', 'business'],
  operating: ['income', 'operating'],
  other: ['income', 'other'],
};

/**
 * 财务收支预算总表 against the detail tables: each income line equals the 合计 of its source
 * (财政拨款收入 → 收入预算总表, 一般公共预算资金 → 一般公共预算支出表 …), 收入总计 the 收入预算总表
 * 合计, each 类 line and 支出总计 the 支出预算总表.
 */
export const financeSummaryVsTables = arithmeticRule({
  id: 'finance-summary-vs-tables',
  severity: 'error',
  description: '表间：财务收支预算总表的各收入项、各类支出及总计等于收入预算总表、支出预算总表和各财政拨款支出表的对应数',
  checks(wb, ctx, scope) {
    const s = summary(wb, 'financeSummary');
    if (!s) return [];
    const out: KeyedCheck[] = [];
    const push = (
      line: ParsedSummaryLine,
      key: string,
      column: string | undefined,
      amount: ParsedAmount | undefined,
      source: ParsedClassifiedTable,
      sourceAmount: ParsedAmount | undefined,
      rightLabel: string | (() => string),
    ) => {
      const check = summaryEquality('finance-summary-vs-tables', s, line, amount, source, sourceAmount, rightLabel, ctx, {
        key,
        ...(column ? { column } : {}),
        scope,
      });
      if (check) out.push(check);
    };
    for (const line of s.income) {
      if (inBlankBreakdown(s, line)) continue;
      const key = line.key;
      const src = key ? INCOME_SOURCES[key] : undefined;
      const table = src ? classified(wb, src[0] as 'income') : undefined;
      if (!key || !src || !table?.total) continue;
      push(
        line,
        key,
        undefined,
        line.amounts.income,
        table,
        table.total.amounts[src[1]],
        () => `“${table.sheet}”合计【${columnLabel(table, src[1])}】`,
      );
    }
    const income = classified(wb, 'income');
    if (s.incomeTotal && income?.total) {
      push(
        s.incomeTotal,
        'incomeTotal',
        undefined,
        s.incomeTotal.amounts.income,
        income,
        income.total.amounts.total,
        `“${income.sheet}”合计【合计】`,
      );
    }
    const exp = classified(wb, 'expenditure');
    const col = s.expenditureColumns[0];
    if (exp && col) {
      for (const line of s.expenditure) {
        const row = classRowFor(exp, line, ctx);
        push(line, 'class', col.label, line.amounts[col.key], exp, row?.amounts.total, () =>
          row ? `“${exp.sheet}”${row.code} ${row.name}【合计】` : `“${exp.sheet}”中同名的类（未找到）`,
        );
      }
      for (const row of unlistedClasses(s, exp, ctx)) {
        const a = row.amounts.total;
        if (!a) continue;
        const subject = `“${s.sheet}”（未列出）${row.name}`;
        out.push({
          rule: 'finance-summary-vs-tables',
          relation: 'eq',
          left: [],
          right: [term(exp.sheet, a, exp.unit)],
          tolerance: 0,
          children: 1,
          description: `${subject} = “${exp.sheet}”${row.code} ${row.name}【合计】`,
          at: { sheet: exp.sheet, cell: a.cell, ...(row.code ? { code: row.code } : {}), column: columnLabel(exp, 'total') },
          params: { subject, rightLabel: `“${exp.sheet}”${row.code} ${row.name}【合计】`, key: 'unlisted' },
        });
      }
      // 单位 layout: 基本支出 (人员经费 + 公用经费) and 项目支出 of each 类 line against 支出预算总表.
      const basicCols = s.expenditureColumns.filter((c) => c.key === 'basic' || c.key === 'personnel' || c.key === 'public');
      const projectCol = s.expenditureColumns.find((c) => c.key === 'project');
      const byUse = (
        line: ParsedSummaryLine,
        row: { code?: string; name: string; amounts: Record<string, ParsedAmount | undefined> } | undefined,
        what: string,
      ) => {
        const first = basicCols[0];
        const at = first ? line.amounts[first.key] : undefined;
        if (first && at && exp.columns.some((c) => c.key === 'basic')) {
          const left = basicCols.flatMap((c) => {
            const a = line.amounts[c.key];
            return a ? [term(s.sheet, a, s.unit)] : [];
          });
          const right = row?.amounts.basic ? [term(exp.sheet, row.amounts.basic, exp.unit)] : [];
          if (!(scope === 'nonZero' && sumTerms(left) === sumTerms(right))) {
            out.push(
              withText(
                {
                  rule: 'finance-summary-vs-tables',
                  relation: 'eq',
                  left,
                  right,
                  // 人员经费 + 公用经费 printed rounded need not add up to the rounded 基本支出 exactly.
                  tolerance: crossTableTolerance(ctx, { table: s, figures: left.length }, { table: exp, figures: 1 }),
                  children: Math.max(1, left.length),
                  at: { sheet: s.sheet, cell: at.cell, ...(row?.code ? { code: row.code } : {}), column: first.label },
                },
                () => {
                  const subject = `“${s.sheet}”${line.label}【${basicCols.map((c) => c.label).join('+')}】`;
                  const rightLabel = `“${exp.sheet}”${what}【基本支出】`;
                  return { description: `${subject} = ${rightLabel}`, params: { subject, rightLabel, key: 'basic' } };
                },
              ),
            );
          }
        }
        const pa = projectCol ? line.amounts[projectCol.key] : undefined;
        if (projectCol && pa && exp.columns.some((c) => c.key === 'project'))
          push(line, 'project', projectCol.label, pa, exp, row?.amounts.project, () => `“${exp.sheet}”${what}【项目支出】`);
      };
      if (basicCols.length > 0 || projectCol) {
        for (const line of s.expenditure) {
          const row = classRowFor(exp, line, ctx);
          byUse(line, row, row ? `${row.code} ${row.name}` : '中同名的类（未找到）');
        }
        if (s.expenditureTotal && exp.total) byUse(s.expenditureTotal, exp.total, '合计');
      }
      if (s.expenditureTotal && exp.total) {
        push(
          s.expenditureTotal,
          'expenditureTotal',
          col.label,
          s.expenditureTotal.amounts[col.key],
          exp,
          exp.total.amounts.total,
          `“${exp.sheet}”合计【合计】`,
        );
      }
    }
    return out;
  },
});
