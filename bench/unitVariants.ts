import { readFileSync } from 'node:fs';
import { seedPath } from '../src/cli/paths';
import type { BudgetData, LineItem, LineTableId, Sangong } from '../src/domain/model/budgetData';
import { budgetDataFromPublished } from '../src/domain/model/publishedSeed';
import { prng } from './prng';

// The 预算单位 of the consolidation and page benchmarks: variants of the published 2024 budget
// (seed 004), each scaled by its own factor with ~10% of its items left out.

const TABLES: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];

export function seedBudget(): BudgetData {
  return budgetDataFromPublished(JSON.parse(readFileSync(seedPath('sh-hrss-2024.json'), 'utf8')));
}

/** Unit k: the seed's line items scaled by its own factor, whole 元, ~10% of items left out. */
export function unitData(seed: BudgetData, k: number): BudgetData {
  const rnd = prng(1000 + k);
  const factor = 0.02 + rnd() * 0.2;
  const scale = (fen: number) => Math.round((fen * factor * (0.8 + rnd() * 0.4)) / 100) * 100;
  const lines = {} as Record<LineTableId, LineItem[]>;
  for (const id of TABLES) {
    lines[id] = seed.lines[id]
      .filter(() => rnd() > 0.1)
      .map((l) => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).map(([c, v]) => [c, scale(v)])) }));
  }
  const wan = (fen: number) => Math.round(scale(fen) / 10_000) * 10_000;
  const s = seed.sangong;
  const sangong: Sangong = {
    abroad: wan(s.abroad),
    reception: wan(s.reception),
    vehiclePurchase: wan(s.vehiclePurchase),
    vehicleOperation: wan(s.vehicleOperation),
    officeOperation: wan(s.officeOperation),
  };
  return { ...seed, department: `基准测试单位${String(k + 1).padStart(4, '0')}`, lines, sangong };
}
