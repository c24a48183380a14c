import type { ParsedAmount, ParsedClassifiedTable, ParsedRow, ParsedSummaryLine } from '../../read/parsedTables';
import type { ClassifiedTableId } from '../../templates/types';
import { term } from '../arithmetic';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classRowFor, columnLabel, inBlankBreakdown, summaryEquality, unlistedClasses } from '../summaryMatch';
import { classified, summary } from '../tables';

/** Summary column / income line key → [table, column of that table]. 合计 is 收入预算总表's 财政拨款收入. */
const SOURCES: Readonly<Record<string, readonly [ClassifiedTableId, string]>> = {
  total: ['income', 'fiscal'],
  generalPublic: ['generalPublic', 'total'],
  govFund: ['govFund', 'total'],
  stateCapital: ['stateCapital', 'total'],
};

/**
 * 财政拨款收支预算总表 against the detail tables: its income lines equal the 合计 of the 一般公共预算 /
 * 政府性基金 / 国有资本经营 tables; each 类 line, column by column, equals that table's 类 row (the
 * 合计 column: 收入预算总表's 财政拨款收入); 收入总计 and 支出总计 equal the corresponding 合计.
 */
export const fiscalSummaryVsTables = arithmeticRule({
  id: 'fiscal-summary-vs-tables',
  severity: 'error',
  description: '表间：财政拨款收支预算总表等于收入预算总表的财政拨款收入列和一般公共预算、政府性基金预算、国有资本经营预算支出表',
  checks(wb, ctx, scope) {
    const s = summary(wb, 'fiscalSummary');
    if (!s) return [];
    const out: KeyedCheck[] = [];
    const push = (
      line: ParsedSummaryLine,
      column: string | undefined,
      amount: ParsedAmount | undefined,
      source: ParsedClassifiedTable,
      sourceAmount: ParsedAmount | undefined,
      rightLabel: () => string,
      code?: string,
    ) => {
      const check = summaryEquality('fiscal-summary-vs-tables', s, line, amount, source, sourceAmount, rightLabel, ctx, {
        ...(column ? { column } : {}),
        ...(code ? { code } : {}),
        scope,
      });
      if (check) out.push(check);
    };
    for (const line of s.income) {
      if (inBlankBreakdown(s, line)) continue;
      const src = line.key ? SOURCES[line.key] : undefined;
      const table = src ? classified(wb, src[0]) : undefined;
      if (!src || !table?.total) continue;
      push(
        line,
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
        undefined,
        s.incomeTotal.amounts.income,
        income,
        income.total.amounts.fiscal,
        () => `“${income.sheet}”合计【${columnLabel(income, 'fiscal')}】`,
      );
    }
    for (const col of s.expenditureColumns) {
      const src = SOURCES[col.key];
      const table = src ? classified(wb, src[0]) : undefined;
      if (!src || !table) continue;
      const rowLabel = (row: ParsedRow | undefined) =>
        row
          ? `“${table.sheet}”${row.code} ${row.name}【${columnLabel(table, src[1])}】`
          : `“${table.sheet}”中同名的类（该表没有此类，应为 0）`;
      for (const line of s.expenditure) {
        const row = classRowFor(table, line, ctx);
        push(line, col.label, line.amounts[col.key], table, row?.amounts[src[1]], () => rowLabel(row), row?.code);
      }
      for (const row of unlistedClasses(s, table, ctx)) {
        const a = row.amounts[src[1]];
        if (!a) continue;
        const subject = `“${s.sheet}”（未列出）${row.name}【${col.label}】`;
        out.push({
          rule: 'fiscal-summary-vs-tables',
          relation: 'eq',
          left: [],
          right: [term(table.sheet, a, table.unit)],
          tolerance: 0,
          children: 1,
          description: `${subject} = ${rowLabel(row)}`,
          at: { sheet: table.sheet, cell: a.cell, ...(row.code ? { code: row.code } : {}), column: columnLabel(table, src[1]) },
          params: { subject, rightLabel: rowLabel(row) },
        });
      }
      if (s.expenditureTotal && table.total) {
        push(
          s.expenditureTotal,
          col.label,
          s.expenditureTotal.amounts[col.key],
          table,
          table.total.amounts[src[1]],
          () => `“${table.sheet}”合计【${columnLabel(table, src[1])}】`,
        );
      }
    }
    return out;
  },
});
