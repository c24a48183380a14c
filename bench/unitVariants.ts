import { readFileSync } from 'node:fs';
import { seedPath } from '../src/cli/paths';
import type { BudgetData, LineItem, LineTableId, Sangong } from '../src/domain/model/budgetData';
import { budgetDataFromPublished } from '../src/domain/model/publishedSeed';
import { prng } from './prng';

// The 预算单位 of the consolidation and page benchmarks: variants of the published 2024 budget
// (seed 004) that reconcile as a submitted unit does, so the benches measure the cost of checking
// and consolidating correct units, not of wording findings. Each unit:
// - scales every amount by its own factor n/100, n = k + 2 (unit k; 2 % of the department's budget
//   up to ten times it for the 1,000th): the seed's amounts are whole 元, so each scaled amount is a
//   whole number of 分 and every identity between tables still holds exactly (the builder derives
//   parents, totals and the summary tables from the line items). No two units have the same
//   figures, as in a real district: with 21 factors, two in five units were copies of another, and
//   consolidation spent its time confirming and listing 428 "same figures as" warnings;
// - leaves out ~10% of the 项 that have no 基本支出, from every table at once (an item with 基本支出
//   is tied to the 经济分类 table and stays).
// The 三公 figures are rounded to 万元 with two decimals, as the table prints them (the rules allow
// for that rounding against the 经济分类 lines).

const TABLES: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];
const FUNCTIONAL: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital'];

export function seedBudget(): BudgetData {
  return budgetDataFromPublished(JSON.parse(readFileSync(seedPath('sh-hrss-2024.json'), 'utf8')));
}

/** Unit k: the seed scaled by (k + 2)/100, ~10% of its project-only 项 left out of every table. */
export function unitData(seed: BudgetData, k: number): BudgetData {
  const rnd = prng(1000 + k);
  const n = 2 + k;
  const scale = (fen: number) => (fen * n) / 100;
  const hasBasic = new Set(FUNCTIONAL.flatMap((id) => seed.lines[id].filter((l) => (l.amounts.basic ?? 0) !== 0).map((l) => l.code)));
  const codes = [...new Set(FUNCTIONAL.flatMap((id) => seed.lines[id].map((l) => l.code)))].sort();
  const left = new Set(codes.filter((c) => !hasBasic.has(c) && rnd() < 0.1));
  const lines = {} as Record<LineTableId, LineItem[]>;
  for (const id of TABLES) {
    lines[id] = seed.lines[id]
      .filter((l) => id === 'economic' || !left.has(l.code))
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
