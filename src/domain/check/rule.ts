import type { Finding, Severity } from '../findings/finding';
import type { ParsedWorkbook } from '../read/parsedTables';
import { ArithmeticCheck, findingOf, sumTerms } from './arithmetic';
import type { CheckContext } from './checkContext';
import { memoOn } from './memoOn';

/** One reconciliation rule: data (id, severity, zh description) plus a check function. */
export interface CheckRule {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule checks, zh-CN (shown in the pane's rule list and the CLI help). */
  readonly description: string;
  check(wb: ParsedWorkbook, ctx: CheckContext): Finding[];
}

/** A rule whose checks are sums of cells: the 校验 sheet writes the same checks as formulas. */
export interface ArithmeticRule extends CheckRule {
  checks(wb: ParsedWorkbook, ctx: CheckContext): ArithmeticCheck[];
  /**
   * True when check() has run on this workbook and context and none of the checks failed: a caller
   * that only looks at failing checks (the root-cause fold) need not make them again.
   */
  allPassed(wb: ParsedWorkbook, ctx: CheckContext): boolean;
}

/**
 * Which checks a rule's builder makes. 'all': every check, for the 校验 sheet and the root-cause
 * fold. 'nonZero': the builder may leave out any check whose difference is 0 (such a check passes
 * whatever its relation and tolerance, and explains no other), and any check without a key that
 * passes (no other check names it as a part), and need not: check() asks for these, so that the
 * checks of a clean table, nearly all of them, are never made.
 */
export type CheckScope = 'all' | 'nonZero';

export interface KeyedCheck extends ArithmeticCheck {
  /** Identifies the check among its rule's checks ("208", "total"). */
  readonly key?: string;
  /** Checks whose differences add up to this one's (a 类 compared across tables: its 款). */
  readonly partKeys?: readonly string[];
}

/**
 * Builds an arithmetic rule. A failing check whose difference is fully explained by failing part
 * checks (the same 款 difference seen again at its 类 and at 合计) is not reported twice.
 */
export function arithmeticRule(def: {
  id: string;
  severity: Severity;
  description: string;
  checks: (wb: ParsedWorkbook, ctx: CheckContext, scope: CheckScope) => KeyedCheck[];
}): ArithmeticRule {
  // The checks are readonly data, made in full only when asked for (the 校验 sheet, the root-cause
  // fold) and then kept for the same workbook and context. check() makes only those whose difference
  // is not 0 (see CheckScope), unless the full list is kept already; that they all passed, as nearly
  // always, is kept so that the fold need not make them.
  // Kept on the workbook: for each context, the full list and whether they all passed.
  const of = memoOn<ParsedWorkbook, { made: WeakMap<CheckContext, KeyedCheck[]>; passed: WeakSet<CheckContext> }>(() => ({
    made: new WeakMap(),
    passed: new WeakSet(),
  }));
  const kept = (wb: ParsedWorkbook, ctx: CheckContext) => of(wb).made.get(ctx);
  const keep = (wb: ParsedWorkbook, ctx: CheckContext, list: KeyedCheck[]) => of(wb).made.set(ctx, list);
  const checks = (wb: ParsedWorkbook, ctx: CheckContext): KeyedCheck[] => {
    let list = kept(wb, ctx);
    if (!list) keep(wb, ctx, (list = def.checks(wb, ctx, 'all')));
    return list;
  };
  return {
    id: def.id,
    severity: def.severity,
    description: def.description,
    checks,
    allPassed: (wb, ctx) => of(wb).passed.has(ctx),
    check(wb, ctx) {
      const list = kept(wb, ctx) ?? def.checks(wb, ctx, 'nonZero');
      // One pass for the differences; nearly every check passes and costs no more than that.
      const difference = new Float64Array(list.length);
      const open: number[] = [];
      list.forEach((c, i) => {
        const d = sumTerms(c.left) - sumTerms(c.right);
        difference[i] = d;
        const pass = c.relation === 'ge' ? d >= -c.tolerance : c.relation === 'le' ? d <= c.tolerance : d === 0;
        if (!pass) open.push(i);
      });
      if (open.length === 0) {
        of(wb).passed.add(ctx);
        return [];
      }
      // A part left out of the list had a difference of 0.
      const diffs = new Map<string, number>();
      list.forEach((c, i) => {
        if (c.key !== undefined) diffs.set(c.key, difference[i] ?? 0);
      });
      const out: Finding[] = [];
      for (const i of open) {
        const c = list[i];
        if (!c) continue;
        const f = findingOf(c, def.severity);
        if (!f) continue;
        if (f.severity !== 'info' && c.partKeys && c.partKeys.length > 0) {
          const parts = c.partKeys.map((k) => diffs.get(k) ?? 0);
          const explained = parts.some((d) => d !== 0) && parts.reduce((a, b) => a + b, 0) === f.difference;
          if (explained) continue;
        }
        out.push(f);
      }
      return out;
    },
  };
}
