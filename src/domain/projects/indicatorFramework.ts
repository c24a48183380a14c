// The standard 绩效指标 frameworks the seed editions use, as data.
//  - 上海 2019 申报表 (seed 002): 投入和管理目标 / 产出目标 / 效果目标 / 影响力目标
//  - 上海 2020 财政项目支出绩效目标表 (seeds 000, 001): 投入与管理 / 产出目标 / 效果目标 / 影响力目标,
//    产出目标 → 数量 / 质量 / 时效 / 成本
//  - the national framework (财预〔2021〕101号 and earlier 共性指标): 产出指标 / 效益指标 /
//    满意度指标 / 成本指标, 产出指标 → 数量指标 / 质量指标 / 时效指标 / 成本指标
// Labels differ only by the 目标/指标 suffix, so they are compared on their stem.

export type Level1Key = 'input' | 'output' | 'effect' | 'satisfaction' | 'impact' | 'cost';

const LEVEL1: ReadonlyArray<readonly [Level1Key, RegExp]> = [
  ['input', /^投入(与|和)管理$/],
  ['output', /^产出$/],
  ['effect', /^(效果|效益)$/],
  ['satisfaction', /^满意度$/],
  ['impact', /^影响力$/],
  ['cost', /^成本$/],
];

/** The labels shown when a 一级指标 is not recognised. */
export const LEVEL1_ALLOWED_ZH = '投入与管理、产出、效果（效益）、满意度、影响力、成本（可带“目标”或“指标”字样）';

export const OUTPUT_LEVEL2 = ['数量', '质量', '时效', '成本'] as const;

function stem(label: string): string {
  return label.replace(/[\s\u3000]/g, '').replace(/(目标|指标|类)$/, '');
}

export function level1Key(label: string): Level1Key | null {
  const s = stem(label);
  for (const [key, re] of LEVEL1) if (re.test(s)) return key;
  return null;
}

export function isOutputLevel2(label: string): boolean {
  return (OUTPUT_LEVEL2 as readonly string[]).includes(stem(label));
}
