import { readFileSync } from 'node:fs';
import type { BudgetData, LineItem, LineTableId, Sangong } from '../../src/domain/model/budgetData';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// Three 预算单位 made by splitting the published 2024 line items (seed 004) so that each unit is a
// consistent budget on its own (the checker finds nothing) and the department figures are known
// exactly — they are the published line items' sums:
// - a 项 with only 项目支出, whose 收入 equals its 支出, goes whole to one unit (the same unit in
//   every table): codes that only some units have;
// - every other figure is shared ½ / 3⁄10 / ⅕ — exact in 分, so every identity between the tables
//   holds in each unit as it does in the published budget. 三公 figures are shared in whole 0.01 万元.

export const SEED_DATA: BudgetData = budgetDataFromPublished(JSON.parse(readFileSync('seeds/sh-hrss-2024.json', 'utf8')));
export const UNIT_NAMES = ['上海市人力资源和社会保障局（本级）', '上海市职业技能鉴定中心', '上海市人才服务中心'] as const;
export const TABLE_IDS: readonly LineTableId[] = ['income', 'expenditure', 'generalPublic', 'govFund', 'stateCapital', 'economic'];

const total = (a: Readonly<Record<string, number>> | undefined) => Object.values(a ?? {}).reduce((s, v) => s + v, 0);
const amountsOf = (id: LineTableId, code: string) => SEED_DATA.lines[id].find((l) => l.code === code)?.amounts;

/** 项 that can move whole: project expenditure only, income = expenditure, 财政拨款 = 一般公共预算. */
const WHOLE = new Set(
  SEED_DATA.lines.expenditure
    .filter(
      (l) =>
        !l.amounts.basic &&
        total(l.amounts) === total(amountsOf('income', l.code)) &&
        (amountsOf('income', l.code)?.fiscal ?? 0) === total(amountsOf('generalPublic', l.code)),
    )
    .map((l) => l.code),
);

/** Which unit gets a code: 'all' when it is shared. */
export function ownerOf(code: string): number | 'all' {
  return WHOLE.has(code) ? [...code].reduce((s, d) => s + Number(d), 0) % 3 : 'all';
}

const RATIO: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [3, 10],
  [1, 5],
];

/** Unit `unit`'s share of a shared figure, in 分 (exact: published figures are whole 元). */
export function shareOf(fen: number, unit: number): number {
  const [n, d] = RATIO[unit]!;
  if ((fen * n) % d !== 0) throw new RangeError(`shareOf: ${fen} 分 cannot be shared exactly`);
  return (fen * n) / d;
}

/** 三公 shares in whole 0.01 万元 (10,000 分), the last unit taking the remainder. */
export function sangongShareOf(fen: number, unit: number): number {
  const a = Math.round(fen / 2 / 10_000) * 10_000;
  const b = Math.round((fen * 3) / 10 / 10_000) * 10_000;
  return unit === 0 ? a : unit === 1 ? b : fen - a - b;
}

function splitLines(lines: readonly LineItem[], unit: number): LineItem[] {
  const out: LineItem[] = [];
  for (const l of lines) {
    const owner = ownerOf(l.code);
    if (owner === unit) out.push({ ...l, amounts: { ...l.amounts } });
    else if (owner === 'all') {
      out.push({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).map(([k, v]) => [k, shareOf(v, unit)])) });
    }
  }
  return out;
}

export function unitData(unit: number, overrides: Partial<BudgetData> = {}): BudgetData {
  const lines = Object.fromEntries(TABLE_IDS.map((id) => [id, splitLines(SEED_DATA.lines[id], unit)])) as Record<LineTableId, LineItem[]>;
  const s = SEED_DATA.sangong;
  const sangong = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, sangongShareOf(v, unit)])) as Sangong;
  return { ...SEED_DATA, department: UNIT_NAMES[unit]!, lines, sangong, ...overrides };
}

export async function workbookBytes(data: BudgetData): Promise<Uint8Array> {
  const { plan } = buildBudgetWorkbook(data);
  const wb = new XlsxWorkbook();
  await wb.writePlan(plan, 'fail');
  return wb.toBuffer();
}

/** Sum of the seed's line items under `prefix` (all when null) for one column key, in 分. */
export function seedSum(table: LineTableId, key: string, prefix: string | null = null): number {
  return SEED_DATA.lines[table].filter((l) => prefix === null || l.code.startsWith(prefix)).reduce((s, l) => s + (l.amounts[key] ?? 0), 0);
}
