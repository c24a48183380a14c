import { parseCellAddress } from '../../a1';
import { parentCode } from '../../catalog/codes';
import type { Finding } from '../../findings/finding';
import type { ParsedAmount, ParsedClassifiedTable, ParsedRow } from '../../read/parsedTables';
import { Term, term, withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { arithmeticRule, CheckRule, KeyedCheck } from '../rule';
import { childrenByParent, classifiedTables, LEVEL_ZH, rowSubject } from '../tables';

/** Each 类 equals the sum of its 款 and each 款 the sum of its 项, in every amount column. */
const sums = arithmeticRule({
  id: 'tree-sum',
  severity: 'error',
  description: '表内：每个类等于其下各款之和、每个款等于其下各项之和（各金额列）',
  checks(wb, ctx, scope) {
    const out: KeyedCheck[] = [];
    const nonZero = scope === 'nonZero';
    for (const table of classifiedTables(wb)) {
      const kids = childrenByParent(table);
      for (const parent of table.rows) {
        const code = parent.code;
        const children = code ? kids.get(code) : undefined;
        const childCode = children?.[0]?.code;
        if (!code || !children || childCode === undefined) continue;
        const level = LEVEL_ZH[childCode.length] ?? '科目';
        const tolerance = roundingTolerance(ctx, table.unit, children.length);
        for (const col of table.columns) {
          const amount = parent.amounts[col.key];
          if (!amount) continue;
          if (nonZero && differenceOf(amount, children, col.key) === 0) continue;
          const right: Term[] = [];
          for (const c of children) {
            const a = c.amounts[col.key];
            if (a !== undefined) right.push(term(table.sheet, a, table.unit));
          }
          out.push(
            withText(
              {
                rule: 'tree-sum',
                relation: 'eq',
                left: [term(table.sheet, amount, table.unit)],
                right,
                tolerance,
                children: children.length,
                at: { sheet: table.sheet, cell: amount.cell, code, column: col.label },
              },
              () => {
                const subject = rowSubject(table, parent, col.label);
                return { description: `${subject} = 下级各${level}之和`, params: { subject, rightLabel: `下级各${level}之和`, level } };
              },
            ),
          );
        }
      }
    }
    return out;
  },
});

/** The parent's figure less its children's, in 分, without making the terms. */
function differenceOf(amount: ParsedAmount, children: readonly ParsedRow[], key: string): number {
  let d = amount.fen ?? 0;
  for (const c of children) d -= c.amounts[key]?.fen ?? 0;
  return d;
}

/**
 * One mistyped 款 shows twice: the 款 differs from its 项 by d, and its 类 (still equal to the sum
 * of the 项) differs from its 款 by −d. Only the 款 is reported: the 类 is right.
 */
function withoutCompensated(findings: readonly Finding[], tables: readonly ParsedClassifiedTable[]): Finding[] {
  // By table, not by sheet: a sheet may hold several tables one under another, each with its 212.
  const tableOf = (f: Finding) => {
    const row = f.cell ? parseCellAddress(f.cell).row : 0;
    return tables.findIndex((t) => t.sheet === f.sheet && row >= t.firstDataRow && row <= t.lastDataRow);
  };
  const key = (f: Finding) => `${f.sheet}\u0000${tableOf(f)}\u0000${f.column ?? ''}\u0000${f.code ?? ''}`;
  const childDiff = new Map<string, number>();
  for (const f of findings) {
    const p = f.code ? parentCode(f.code) : null;
    if (p === null || f.difference === undefined) continue;
    const k = key({ ...f, code: p });
    childDiff.set(k, (childDiff.get(k) ?? 0) + f.difference);
  }
  return findings.filter((f) => {
    const d = childDiff.get(key(f));
    return !(d !== undefined && d !== 0 && f.difference !== undefined && d === -f.difference);
  });
}

export const treeSum: CheckRule & Pick<typeof sums, 'checks' | 'allPassed'> = {
  ...sums,
  check(wb, ctx) {
    return withoutCompensated(sums.check(wb, ctx), classifiedTables(wb));
  },
};
