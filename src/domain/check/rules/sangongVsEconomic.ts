import { term } from '../arithmetic';
import { printedRounding } from '../printedRounding';
import { arithmeticRule, KeyedCheck } from '../rule';
import { classified, rowsByCode, sangong } from '../tables';

/** 三公 item → the 经济分类 款 that books its basic-expenditure part. */
const PAIRS: ReadonlyArray<{ key: string; label: string; code: string }> = [
  { key: 'abroad', label: '因公出国(境)费', code: '30212' },
  { key: 'reception', label: '公务接待费', code: '30217' },
  { key: 'vehicleOperation', label: '公务用车运行费', code: '30231' },
  { key: 'vehiclePurchase', label: '公务用车购置费', code: '31013' },
];

/**
 * The 三公 table covers basic and project spending; the economic table shows only 一般公共预算
 * basic spending. So a 三公 item can exceed its 经济分类 amount (the rest is in projects), but it
 * cannot be smaller than the basic-expenditure part booked under 30212 / 30217 / 30231 / 31013.
 * Only that direction is flagged, as a 警告: the figures may come from differently scoped tables.
 * A 三公 figure printed rounded (万元 to 2 decimals) may fall short by that rounding.
 */
export const sangongVsEconomic = arithmeticRule({
  id: 'sangong-vs-economic',
  severity: 'warning',
  description:
    '表间：“三公”经费各项不小于基本支出经济分类表中的对应科目（30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置）',
  checks(wb) {
    const s = sangong(wb);
    const eco = classified(wb, 'economic');
    if (!s || !eco) return [];
    const rows = rowsByCode(eco);
    const out: KeyedCheck[] = [];
    for (const p of PAIRS) {
      const item = s.amounts[p.key];
      const row = rows.get(p.code);
      const ecoAmount = row?.amounts.total;
      if (!item || !row || !ecoAmount) continue;
      const subject = `“${s.sheet}”${p.label}`;
      const rightLabel = `“${eco.sheet}”${p.code} ${row.name}【合计】`;
      out.push({
        rule: 'sangong-vs-economic',
        relation: 'ge',
        left: [term(s.sheet, item, s.unit)],
        right: [term(eco.sheet, ecoAmount, eco.unit)],
        tolerance: s.unit === eco.unit ? 0 : printedRounding(s.unit),
        children: 1,
        description: `${subject} ≥ ${rightLabel}`,
        at: { sheet: s.sheet, cell: item.cell, code: p.code, column: p.label },
        params: { subject, rightLabel, item: p.label, code: p.code },
      });
    }
    return out;
  },
});
