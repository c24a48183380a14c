import type { Finding } from '../../../findings/finding';
import { VEHICLE_CATEGORIES, type CountKey } from '../../facts';
import { materialLabel } from '../../materials';
import { paragraphFinding, type TextRule } from '../textRule';
import { matchesOf } from '../matchesOf';

// Counts (机关家数, 绩效 projects, vehicles) against the 说明素材 sheet; and the vehicles the text
// lists by category add up to the number it gives, whether or not the sheet is filled in.

type Claim = readonly [RegExp, CountKey, string];

const COUNT_CLAIMS: readonly Claim[] = [
  [/下属(\d+)家机关/g, 'office.agencies', '下属机关家数'],
  [/(\d+)家参公事业单位/g, 'office.civilServiceUnits', '参公事业单位家数'],
  [/本部门(\d+)个预算单位/g, 'performance.units', '预算单位个数'],
  [/编报绩效目标的项目(?:共)?(\d+)个/g, 'performance.projects', '编报绩效目标的项目个数'],
  [/共有车辆(\d+)辆/g, 'assets.held.total', '车辆总数'],
  [/安排购置车辆(\d+)辆/g, 'assets.planned.total', '安排购置车辆总数'],
];

// Compiled once: a text has hundreds of paragraphs (matchesOf leaves each pattern as it found it).
const HELD_TOTAL = /共有车辆(\d+)辆/;
const PLANNED_TOTAL = /安排购置车辆(\d+)辆/;
const VEHICLE_PARTS = VEHICLE_CATEGORIES.map(([, label]) => new RegExp(`${label}(\\d+)辆`));
const VEHICLE_CLAIMS: Readonly<Record<'held' | 'planned', readonly Claim[]>> = {
  held: vehicleClaims('held'),
  planned: vehicleClaims('planned'),
};

function vehicleClaims(when: 'held' | 'planned'): Claim[] {
  return [
    ...VEHICLE_CATEGORIES.map(([cat, label]): Claim => [new RegExp(`${label}(\\d+)辆`, 'g'), `assets.${when}.${cat}`, label]),
    [/设备[（(]不含车辆[)）](\d+)台/g, `assets.devices.${when}`, '单价100万元（含）以上设备'],
  ];
}

export const counts: TextRule = {
  id: 'narrative-check/counts',
  severity: 'error',
  description: '机关家数、绩效目标项目数、车辆数与说明素材一致，分类车辆数之和等于车辆总数',
  check(ctx) {
    const findings: Finding[] = [];
    for (const p of ctx.text.paragraphs) {
      if (p.heading || p.section === 'front' || p.section === 'tables') continue;
      const text = p.text;
      const when = /共有车辆/.test(text) ? 'held' : /安排购置/.test(text) ? 'planned' : null;
      const claims: readonly Claim[] = when ? [...COUNT_CLAIMS, ...VEHICLE_CLAIMS[when]] : COUNT_CLAIMS;
      if (when) {
        const total = (when === 'held' ? HELD_TOTAL : PLANNED_TOTAL).exec(text);
        const parts = VEHICLE_PARTS.map((re) => re.exec(text));
        // Held on the 说明素材 sheet, each count is checked against it; only a text on its own is summed.
        if (total && parts.every((m) => m !== null) && ctx.facts.counts[`assets.${when}.total`] === undefined) {
          const sum = parts.reduce((s, m) => s + Number(m?.[1] ?? 0), 0);
          if (sum !== Number(total[1]))
            findings.push(paragraphFinding(ctx, p, 'narrative-check/vehicle-sum', 'warning', { stated: total[0], sum }));
        }
      }
      for (const [re, key, name] of claims) {
        const expected = ctx.facts.counts[key];
        if (expected === undefined) continue;
        for (const m of matchesOf(re, text)) {
          if (Number(m[1]) === expected) continue;
          const src = ctx.facts.inputCells[key];
          findings.push(
            paragraphFinding(ctx, p, 'narrative-check/count-mismatch', 'error', {
              claim: name,
              stated: m[0],
              expected: String(expected),
              source: src ? `${src.sheet}!${src.cell}` : `说明素材“${materialLabel(key)}”`,
            }),
          );
        }
      }
    }
    return { figures: [], findings };
  },
};
