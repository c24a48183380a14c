import { parentCode } from '../catalog/codes';
import type { CheckMessageId } from '../findings/messages';
import type { ParsedClassifiedTable, ParsedRow } from '../read/parsedTables';
import { Relation, sumTerms, Term, term, withText } from './arithmetic';
import type { CheckScope, KeyedCheck } from './rule';
import { codesInOrder, rowsByCode } from './tables';

export interface Side {
  readonly table: ParsedClassifiedTable;
  readonly key: string;
}

function label(side: Side): string {
  return side.table.columns.find((c) => c.key === side.key)?.label ?? side.key;
}

/** Lists in code-unit order merged into one, each code once. */
function mergeInOrder(lists: ReadonlyArray<readonly string[]>): readonly string[] {
  let out: readonly string[] = [];
  for (const list of lists) {
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < out.length || j < list.length) {
      const a = out[i];
      const b = list[j];
      if (b === undefined || (a !== undefined && a < b)) {
        if (a !== undefined) merged.push(a);
        i++;
      } else if (a === undefined || b < a) {
        merged.push(b);
        j++;
      } else {
        merged.push(a);
        i++;
        j++;
      }
    }
    out = merged;
  }
  return out;
}

/**
 * Row-by-row comparison of the same code across tables (and of their 合计 rows): Σ left sides
 * (relation) Σ right sides. A code missing from a table counts as 0 there. Equalities are keyed by
 * code so that a 项 difference is not reported again at its 款, 类 and 合计.
 */
export function perCodeChecks(opts: {
  rule: CheckMessageId;
  relation: Relation;
  left: readonly Side[];
  right: readonly Side[];
  /** 'nonZero': only the codes (and 合计) whose two sides differ, and for ≥ / ≤ only those that fail. */
  scope: CheckScope;
}): KeyedCheck[] {
  const sides = [...opts.left, ...opts.right].filter((s) => s.table.columns.some((c) => c.key === s.key));
  const left = opts.left.filter((s) => sides.includes(s));
  const right = opts.right.filter((s) => sides.includes(s));
  if (left.length === 0 || right.length === 0) return [];
  const all = [...left, ...right];
  // Per side, in the order of `all` (left sides first): its rows by code and its column label, looked up once.
  const sideMaps = all.map((s) => rowsByCode(s.table));
  const labels = all.map(label);
  const codes = mergeInOrder(all.map((s) => codesInOrder(s.table)));
  // Which codes each code's difference is made of (and the top ones: 合计's), only for the checks
  // made: with scope 'nonZero' nearly none are.
  let tree: { children: Map<string, string[]>; tops: string[] } | undefined;
  const partsOf = () => {
    if (tree) return tree;
    const codeSet = new Set(codes);
    const children = new Map<string, string[]>();
    const tops: string[] = [];
    for (const c of codes) {
      // The nearest ancestor present: a 项 whose 款 row is missing counts under its 类.
      let p = parentCode(c);
      while (p !== null && !codeSet.has(p)) p = parentCode(p);
      if (p !== null) {
        const list = children.get(p);
        if (list) list.push(c);
        else children.set(p, [c]);
      } else tops.push(c);
    }
    return (tree = { children, tops });
  };
  const cascade = opts.relation === 'eq';
  const terms = (list: readonly Side[], row: (s: Side) => ParsedRow | null | undefined): Term[] => {
    const out: Term[] = [];
    for (const s of list) {
      const a = row(s)?.amounts[s.key];
      if (a) out.push(term(s.table.sheet, a, s.table.unit));
    }
    return out;
  };
  /** The code's amounts on sides [from, to) of `all`; no closure per code (a table has hundreds). */
  const termsOf = (code: string, from: number, to: number): Term[] => {
    const out: Term[] = [];
    for (let i = from; i < to; i++) {
      const s = all[i];
      const a = s && sideMaps[i]?.get(code)?.amounts[s.key];
      if (s && a) out.push(term(s.table.sheet, a, s.table.unit));
    }
    return out;
  };
  /** Σ left − Σ right for the code, in 分, without making its terms. */
  const differenceOf = (code: string): number => {
    let d = 0;
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      const fen = s ? sideMaps[i]?.get(code)?.amounts[s.key]?.fen : undefined;
      if (fen) d += i < left.length ? fen : -fen;
    }
    return d;
  };
  const nonZero = opts.scope === 'nonZero';
  // With scope 'nonZero' a check is left out when its difference is 0, or when it passes and has no
  // key (a ≥ / ≤ check, tolerance 0 here: it explains no other). Asked only then: scope 'all' makes
  // every check and needs no difference here.
  const leftOut = (d: number) => d === 0 || (!cascade && (opts.relation === 'ge' ? d > 0 : d < 0));
  const rel = opts.relation === 'eq' ? '=' : opts.relation === 'ge' ? '≥' : '≤';
  const sideText = (list: readonly Side[], what: string) => list.map((s) => `“${s.table.sheet}”${what}【${label(s)}】`).join('+');
  const out: KeyedCheck[] = [];

  for (const code of codes) {
    if (nonZero && leftOut(differenceOf(code))) continue;
    // The first side that has the code's row (and so its amount) anchors the check.
    let anchor = -1;
    let anchorRow: ParsedRow | undefined;
    let amount: ParsedRow['amounts'][string] | undefined;
    for (let i = 0; i < all.length && anchor < 0; i++) {
      const side = all[i];
      const row = sideMaps[i]?.get(code);
      const a = side && row?.amounts[side.key];
      if (side && row && a) {
        anchor = i;
        anchorRow = row;
        amount = a;
      }
    }
    const anchorSide = all[anchor];
    if (!anchorSide || !anchorRow || !amount) continue;
    const anchorName = anchorRow.name;
    out.push(
      withText(
        {
          rule: opts.rule,
          relation: opts.relation,
          left: termsOf(code, 0, left.length),
          right: termsOf(code, left.length, all.length),
          tolerance: 0,
          children: right.length,
          at: { sheet: anchorSide.table.sheet, cell: amount.cell, code, column: labels[anchor] ?? label(anchorSide) },
          key: cascade ? code : undefined,
          partKeys: cascade ? (partsOf().children.get(code) ?? []) : undefined,
        },
        () => {
          const missing = all.filter((_, i) => !sideMaps[i]?.get(code)).map((s) => s.table.sheet);
          const subject = sideText(left, `${code} ${anchorName}`.trim());
          const rightLabel = sideText(right, code);
          return {
            description: `${subject} ${rel} ${rightLabel}`,
            params: {
              subject,
              rightLabel,
              missing: missing.length > 0 ? `（${missing.map((m) => `“${m}”`).join('、')}没有该科目行）` : '',
            },
          };
        },
      ),
    );
  }
  const withTotal = [...left, ...right].filter((s) => s.table.total);
  const anchor = withTotal.find((s) => left.includes(s)) ?? withTotal[0];
  const anchorTotal = anchor?.table.total?.amounts[anchor.key];
  const totalDifference = () => sumTerms(terms(left, (s) => s.table.total)) - sumTerms(terms(right, (s) => s.table.total));
  if (anchor && anchorTotal && !(nonZero && leftOut(totalDifference()))) {
    const subject = sideText(left, '合计');
    const rightLabel = sideText(right, '合计');
    out.push({
      rule: opts.rule,
      relation: opts.relation,
      left: terms(left, (s) => s.table.total),
      right: terms(right, (s) => s.table.total),
      tolerance: 0,
      children: right.length,
      description: `${subject} ${rel} ${rightLabel}`,
      at: { sheet: anchor.table.sheet, cell: anchorTotal.cell, column: label(anchor) },
      params: { subject, rightLabel, missing: '' },
      ...(cascade ? { key: 'total', partKeys: partsOf().tops } : {}),
    });
  }
  return out;
}
