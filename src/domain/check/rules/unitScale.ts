import type { Finding } from '../../findings/finding';
import type { ParsedRow } from '../../read/parsedTables';
import { formatFen } from '../arithmetic';
import { plainFinding } from '../plainFinding';
import type { CheckRule } from '../rule';
import { childrenByParent, classified, classifiedTables, rowsByCode, sangong } from '../tables';

const WAN = 10_000;

/** a ≈ 10,000 × b, within 2 % (figures typed in the wrong unit are otherwise exact). */
function tenThousandTimes(a: number, b: number): boolean {
  if (b === 0 || a === 0) return false;
  const ratio = Math.abs(a / b);
  return ratio > WAN * 0.98 && ratio < WAN * 1.02;
}

/**
 * The two smallest and two largest of the siblings' non-zero magnitudes (as the ends of their sorted
 * list, duplicates kept), found in one pass: no sorted copy per parent and column.
 */
interface Ends {
  count: number;
  first: number;
  second: number;
  beforeLast: number;
  last: number;
}

function noEnds(e: Ends): Ends {
  e.count = 0;
  e.first = Infinity;
  e.second = Infinity;
  e.beforeLast = -Infinity;
  e.last = -Infinity;
  return e;
}

/** Takes one sibling's figure into the ends (zero and blank are not magnitudes). */
function addEnd(e: Ends, value: number): void {
  const x = Math.abs(value);
  if (!(x > 0)) return;
  e.count++;
  if (x < e.first) {
    e.second = e.first;
    e.first = x;
  } else if (x < e.second) e.second = x;
  if (x > e.last) {
    e.beforeLast = e.last;
    e.last = x;
  } else if (x > e.beforeLast) e.beforeLast = x;
}

/**
 * 元/万元 confusion: a figure 10,000 times off.
 * - a parent that is ≈10,000× (or 1/10,000 of) the sum of its children;
 * - a line item that is 1/10,000 of what its siblings are (typed in 万元 into an 元 table): its
 *   ×10,000 lies within the siblings' range while it is below a thousandth of the smallest — a
 *   提示 only, since genuinely small items exist;
 * - the 三公 table (万元) holding 元 figures: its 合计 exceeds the department's whole budget, or
 *   an item is ≈10,000× its 经济分类 counterpart. The first case is certain and reported as 错误.
 */
export const unitScale: CheckRule = {
  id: 'unit-scale',
  severity: 'warning',
  description: '金额：元与万元混用（某数约为应有数的 1 万倍或万分之一）',
  check(wb) {
    const out: Finding[] = [];
    // One accumulator for every parent and column: the sum and the ends are taken in the same pass.
    const ends = noEnds({ count: 0, first: 0, second: 0, beforeLast: 0, last: 0 });
    for (const table of classifiedTables(wb)) {
      const kids = childrenByParent(table);
      for (const parent of table.rows) {
        const parentCode = parent.code;
        const children = parentCode ? (kids.get(parentCode) ?? []) : [];
        if (!parentCode || children.length === 0) continue;
        for (const col of table.columns) {
          const parentAmount = parent.amounts[col.key];
          const p = parentAmount?.fen ?? 0;
          noEnds(ends);
          let sum = 0;
          for (const c of children) {
            const fen = c.amounts[col.key]?.fen ?? 0;
            addEnd(ends, fen);
            sum += fen;
          }
          if (parentAmount && (tenThousandTimes(p, sum) || tenThousandTimes(sum, p))) {
            out.push(
              plainFinding(
                'unit-scale',
                'warning',
                { sheet: table.sheet, cell: parentAmount.cell, code: parentCode, column: col.label },
                {
                  what: `${parent.code} ${parent.name}【${col.label}】`,
                  amount: formatFen(p, table.unit),
                  detail: `约为下级科目之和 ${formatFen(sum, table.unit)} 的${Math.abs(p) > Math.abs(sum) ? ' 1 万倍' : '万分之一'}`,
                },
                { actual: p, expected: sum, difference: p - sum },
              ),
            );
            continue;
          }
          if (children.length < 3) continue;
          // The two smallest and two largest non-zero magnitudes give each child's siblings' range.
          if (ends.count < 3) continue;
          // Only the smallest can be below a thousandth of the others' smallest (any other child is at
          // least that smallest): nearly always it is not, and the children are not looked at again.
          if (!(ends.first * 1000 < ends.second)) continue;
          for (const child of children) {
            const a = child.amounts[col.key];
            const value = a?.fen ?? 0;
            const v = Math.abs(value);
            if (!a || !child.code || v === 0) continue;
            // The range of the other siblings' magnitudes.
            const min = v === ends.first ? ends.second : ends.first;
            const max = v === ends.last ? ends.beforeLast : ends.last;
            // Weaker evidence than a parent that is 10,000× off (a small item can be genuine): a 提示.
            if (v * WAN >= min && v * WAN <= max && v * 1000 < min) {
              out.push(
                plainFinding(
                  'unit-scale',
                  'info',
                  { sheet: table.sheet, cell: a.cell, code: child.code, column: col.label },
                  {
                    what: `${child.code} ${child.name}【${col.label}】`,
                    amount: formatFen(value, table.unit),
                    detail: `仅为同级其他科目（${formatFen(min, table.unit)} 至 ${formatFen(max, table.unit)}）的约万分之一`,
                  },
                  { actual: value },
                ),
              );
            }
          }
        }
      }
    }
    const s = sangong(wb);
    if (s && s.unit === '万元') {
      const budget = classified(wb, 'expenditure')?.total?.amounts.total?.fen ?? classified(wb, 'income')?.total?.amounts.total?.fen ?? 0;
      const total = s.amounts.total;
      if (total && budget > 0 && (total.fen ?? 0) > budget) {
        out.push(
          plainFinding(
            'unit-scale',
            'error',
            { sheet: s.sheet, cell: total.cell, column: '“三公”经费合计' },
            {
              what: '“三公”经费合计',
              amount: formatFen(total.fen ?? 0, '万元'),
              detail: `超过了部门支出总计 ${formatFen(budget, '元')}，该表应以万元为单位`,
            },
            { actual: total.fen ?? 0 },
          ),
        );
      } else {
        const eco = classified(wb, 'economic');
        const rows = eco ? rowsByCode(eco) : new Map<string, ParsedRow>();
        for (const [key, code, label] of [
          ['abroad', '30212', '因公出国(境)费'],
          ['reception', '30217', '公务接待费'],
          ['vehicleOperation', '30231', '公务用车运行费'],
        ] as const) {
          const item = s.amounts[key];
          const ecoFen = rows.get(code)?.amounts.total?.fen ?? 0;
          if (item && tenThousandTimes(item.fen ?? 0, ecoFen)) {
            out.push(
              plainFinding(
                'unit-scale',
                'warning',
                { sheet: s.sheet, cell: item.cell, code, column: label },
                {
                  what: label,
                  amount: formatFen(item.fen ?? 0, '万元'),
                  detail: `约为经济分类 ${code} 的 ${formatFen(ecoFen, '元')} 的 1 万倍，该表应以万元为单位`,
                },
                { actual: item.fen ?? 0, expected: ecoFen },
              ),
            );
          }
        }
      }
    }
    return out;
  },
};
