import type { Finding } from '../../../findings/finding';
import { excelRound, type Fen } from '../../../money';
import { narrativeFinding } from '../../narrativeFinding';
import type { ResolvedComparison } from '../claims';
import { judgeFigure, statedFen, wanText } from '../judgeFigure';
import { cellText, paragraphFinding, wan, type CheckedFigure, type TextCheckContext, type TextRule } from '../textRule';

// "比2023年预算增加2,372万元", "与上年持平", "比2023年预算执行数减少57.14%": the direction and the
// amount (or rate) against last year's figure. Without 上年数 nothing can be verified: one 提示
// for the whole text, not one per sentence. A rate against an 执行数 the text states itself is
// still worked through, so its arithmetic is checked.

const RULE = 'narrative-check/comparisons';

interface Basis {
  readonly current: Fen;
  readonly previous: Fen;
  /** The previous figure is the text's own, not a table's. */
  readonly fromText: boolean;
}

function basisOf(c: ResolvedComparison): Basis | null {
  const claim = c.subject?.claim;
  if (!claim || claim.fen === null) return null;
  if (c.mention.basis === 'executed') {
    if (claim.previousExecuted !== undefined) return { current: claim.fen, previous: claim.previousExecuted, fromText: false };
    const own = c.statedExecuted;
    if (own) return { current: claim.fen, previous: statedFen(own.mention.number), fromText: true };
    return null;
  }
  return claim.previous !== undefined ? { current: claim.fen, previous: claim.previous, fromText: false } : null;
}

export const comparisons: TextRule = {
  id: RULE,
  severity: 'error',
  description: '与上年比较的增减方向和金额（或增减率）与本年数、上年数一致；没有上年数时全文只提示一次',
  check(ctx) {
    const figures: CheckedFigure[] = [];
    const findings: Finding[] = [];
    const unverifiable: ResolvedComparison[] = [];
    for (const c of ctx.resolved.comparisons) {
      const p = c.paragraph;
      const m = c.mention;
      const claim = c.subject?.claim;
      const entry = {
        rule: RULE,
        paragraph: p.number,
        text: m.text,
        figure: m.amount?.value ?? 0,
        cell: cellText(claim?.source),
        claim: claim?.name ?? '',
      };
      if (!claim) {
        figures.push({ ...entry, table: null, verdict: 'info' });
        const stated = m.amount ? `${m.amount.raw}${m.unit ?? ''}` : m.text;
        findings.push(paragraphFinding(ctx, p, 'narrative-check/unrecognised', 'info', { context: m.text, stated }));
        continue;
      }
      const basis = basisOf(c);
      if (!basis) {
        figures.push({ ...entry, table: null, verdict: 'info' });
        unverifiable.push(c);
        continue;
      }
      const r = m.unit === '%' ? checkRate(ctx, c, basis) : checkAmount(ctx, c, basis);
      figures.push({ ...entry, table: r.table, verdict: r.finding ? (r.finding.severity === 'error' ? 'error' : 'info') : 'ok' });
      if (r.finding) findings.push(r.finding);
    }
    const executedUnknown = ctx.resolved.figures.filter((f) => f.claim?.group === 'executed' && f.claim.fen === null).length;
    if (unverifiable.length + executedUnknown > 0) findings.push(noPrevious(ctx, unverifiable, executedUnknown));
    return { figures, findings };
  },
};

function hasAnyPrevious(ctx: TextCheckContext): boolean {
  const f = ctx.facts;
  return (
    Object.values(f.amounts).some((a) => a?.previous !== undefined) ||
    f.lines.some((l) => l.previous !== undefined || l.previousExecuted !== undefined)
  );
}

function noPrevious(ctx: TextCheckContext, list: readonly ResolvedComparison[], executed: number): Finding {
  const first = list[0]?.paragraph ?? ctx.resolved.figures.find((f) => f.claim?.group === 'executed')?.paragraph;
  const count = list.length + executed;
  const params = {
    count,
    items: [...new Set(list.map((c) => c.subject?.claim?.name ?? ''))].filter((n) => n !== '').join('、'),
  };
  // Without any 上年数 the 提示 is about the whole text, so it points at no paragraph.
  if (!hasAnyPrevious(ctx) || !first) return narrativeFinding('narrative-check/no-previous-text', 'info', params);
  return paragraphFinding(ctx, first, 'narrative-check/no-previous', 'info', params);
}

function checkAmount(ctx: TextCheckContext, c: ResolvedComparison, b: Basis): { table: number; finding?: Finding } {
  const m = c.mention;
  const decimals = m.amount?.decimals ?? c.subject?.mention.number.decimals ?? 0;
  const shownDecimals = c.subject?.mention.number.decimals ?? decimals;
  const exact = b.current - b.previous;
  // Either the exact change rounded, or the difference of the two figures as printed.
  const rounded = (fen: Fen, d: number) => excelRound(fen / 10 ** (6 - Math.min(d, 6)), 0) * 10 ** (6 - Math.min(d, 6));
  const printed = rounded(b.current, shownDecimals) - rounded(b.previous, shownDecimals);
  const sign = m.direction === '增加' ? 1 : m.direction === '减少' ? -1 : 0;
  const style = c.subject?.style ?? decimals;
  const ok = [exact, printed].some((d) => {
    if (m.direction === '持平') return rounded(d, shownDecimals) === 0;
    return Math.sign(d) === sign && m.amount !== undefined && judgeFigure(m.amount, Math.abs(d), style).verdict !== 'error';
  });
  if (ok) return { table: wan(printed) };
  const d = printed;
  const expected =
    rounded(d, shownDecimals) === 0
      ? `与${m.against}预算持平`
      : `比${m.against}预算${d > 0 ? '增加' : '减少'}${wanText(Math.abs(d), decimals, m.amount?.separators ?? true)}`;
  const claimName = c.subject?.claim?.name ?? '';
  return {
    table: wan(d),
    finding: paragraphFinding(
      ctx,
      c.paragraph,
      'narrative-check/comparison-mismatch',
      'error',
      { item: `“${claimName}”`, stated: m.text, expected },
      { expected: d, actual: sign * (m.amount ? statedFen(m.amount) : 0) },
    ),
  };
}

function checkRate(ctx: TextCheckContext, c: ResolvedComparison, b: Basis): { table: number; finding?: Finding } {
  const m = c.mention;
  const d = c.subject?.mention.number.decimals ?? 2;
  const step = 10 ** (6 - Math.min(d, 6));
  const now = excelRound(b.current / step, 0) * step;
  const before = excelRound(b.previous / step, 0) * step;
  const rateDecimals = m.amount?.decimals ?? 2;
  const claimName = c.subject?.claim?.name ?? '';
  if (before === 0) {
    if (now === 0 ? m.direction === '持平' : m.direction === '增加') {
      // "增加100.00%" from nothing is how offices write a new line; there is no rate to check.
      const finding =
        now !== 0 && m.amount !== undefined
          ? paragraphFinding(ctx, c.paragraph, 'narrative-check/rate-from-zero', 'info', { item: `“${claimName}”`, stated: m.text })
          : undefined;
      return { table: 0, ...(finding ? { finding } : {}) };
    }
  }
  const rate = before === 0 ? 0 : excelRound((Math.abs(now - before) / before) * 100, rateDecimals);
  const direction = now > before ? '增加' : now < before ? '减少' : '持平';
  const ok =
    m.direction === direction &&
    (direction === '持平' || (m.amount !== undefined && Math.abs(m.amount.value - rate) < 10 ** -(rateDecimals + 3)));
  if (ok) return { table: rate };
  const expected =
    direction === '持平' ? `比${m.against}预算执行数持平` : `比${m.against}预算执行数${direction}${rate.toFixed(rateDecimals)}%`;
  return {
    table: rate,
    finding: paragraphFinding(
      ctx,
      c.paragraph,
      b.fromText ? 'narrative-check/rate-arithmetic' : 'narrative-check/comparison-mismatch',
      'error',
      {
        item: `“${claimName}”`,
        stated: m.text,
        expected,
      },
    ),
  };
}
