import { term } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { arithmeticRule, KeyedCheck } from '../rule';
import { sangong } from '../tables';

const PARTS: ReadonlyArray<{ sum: string; label: string; parts: readonly string[]; partsLabel: string }> = [
  {
    sum: 'total',
    label: '“三公”经费合计',
    parts: ['abroad', 'reception', 'vehicle'],
    partsLabel: '因公出国(境)费+公务接待费+公务用车购置及运行费',
  },
  { sum: 'vehicle', label: '公务用车购置及运行费', parts: ['vehiclePurchase', 'vehicleOperation'], partsLabel: '购置费+运行费' },
];

/** 三公合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费; 公务用车 = 购置费 + 运行费. */
export const sangongIdentity = arithmeticRule({
  id: 'sangong-identity',
  severity: 'error',
  description: '“三公”经费表内：合计等于因公出国(境)费、公务接待费、公务用车购置及运行费之和；公务用车购置及运行费等于购置费与运行费之和',
  checks(wb, ctx) {
    const t = sangong(wb);
    if (!t) return [];
    const out: KeyedCheck[] = [];
    for (const p of PARTS) {
      const left = t.amounts[p.sum];
      const parts = p.parts.flatMap((k) => t.amounts[k] ?? []);
      if (!left || parts.length < p.parts.length) continue;
      const subject = `“${t.sheet}”${p.label}`;
      out.push({
        rule: 'sangong-identity',
        relation: 'eq',
        left: [term(t.sheet, left, t.unit)],
        right: parts.map((a) => term(t.sheet, a, t.unit)),
        tolerance: roundingTolerance(ctx, t.unit, parts.length),
        children: parts.length,
        description: `${subject} = ${p.partsLabel}`,
        at: { sheet: t.sheet, cell: left.cell, column: p.label },
        params: { subject, rightLabel: p.partsLabel },
      });
    }
    return out;
  },
});
