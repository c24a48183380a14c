import { blankBudget } from '../../src/domain/model/blankBudget';
import type { BudgetData, LineItem } from '../../src/domain/model/budgetData';

// Departments unlike the sample (人社局, 类 205/208/210/221): built with the same domain builder as
// `budget template`, then filled with plausible figures that agree across all nine tables, the way
// an officer fills the blank template.

export interface OtherDepartment {
  readonly department: string;
  readonly year: number;
  /** 项 → 基本支出 and 项目支出 (元), and the part of them paid from 事业收入 / 其他收入. */
  readonly items: ReadonlyArray<{ code: string; basic: number; project: number; business?: number; other?: number }>;
  /** 万元, two decimals; 机关运行经费 follows from the 公用经费. */
  readonly sangong: { abroad: number; reception: number; vehiclePurchase: number; vehicleOperation: number };
}

/** A district 司法局: only 公共安全支出 (204) 司法 items. */
export const JUSTICE_BUREAU: OtherDepartment = {
  department: '上海市某区司法局',
  year: 2024,
  items: [
    { code: '2040601', basic: 18_652_340.5, project: 0 },
    { code: '2040602', basic: 0, project: 6_215_000 },
    { code: '2040603', basic: 1_240_800, project: 365_000 },
    { code: '2040650', basic: 3_964_210, project: 0, business: 420_000 },
    { code: '2040699', basic: 0, project: 2_887_600, other: 150_000 },
  ],
  sangong: { abroad: 0, reception: 1.2, vehiclePurchase: 0, vehicleOperation: 9.6 },
};

/** A district 绿化和市容管理局: 城乡社区支出 (212) and a little 公共安全支出 (204). */
export const CITY_APPEARANCE_BUREAU: OtherDepartment = {
  department: '上海市某区绿化和市容管理局',
  year: 2024,
  items: [
    { code: '2120101', basic: 24_108_760, project: 0 },
    { code: '2120102', basic: 0, project: 13_560_000.25 },
    { code: '2120103', basic: 2_031_400, project: 0 },
    { code: '2120199', basic: 0, project: 48_320_000, other: 2_000_000 },
    { code: '2040201', basic: 812_000, project: 0 },
  ],
  sangong: { abroad: 8, reception: 2.4, vehiclePurchase: 28, vehicleOperation: 16.35 },
};

const fen = (yuan: number) => Math.round(yuan * 100);

/**
 * The department's budget: 一般公共预算 pays everything except what 事业收入 / 其他收入 cover;
 * the basic spending it pays is spread over the economic 款 (wages 55 %, social insurance,
 * housing fund, office costs, the 三公 items …) so the economic table agrees to the 分.
 */
export function otherDepartmentBudget(d: OtherDepartment): BudgetData {
  const { data, problems } = blankBudget({
    year: d.year,
    department: d.department,
    functionalCodes: d.items.map((i) => i.code),
    economicCodes: ECONOMIC_SHARES.map(([code]) => code),
  });
  if (problems.length > 0) throw new Error(`otherDepartmentBudget: ${problems.join('；')}`);
  const byCode = new Map(d.items.map((i) => [i.code, i]));
  const line = (code: string, amounts: Record<string, number>): LineItem => ({
    code,
    amounts: Object.fromEntries(Object.entries(amounts).filter(([, v]) => v !== 0)),
  });
  const income: LineItem[] = [];
  const expenditure: LineItem[] = [];
  const generalPublic: LineItem[] = [];
  let fiscalBasic = 0;
  for (const { code } of data.lines.expenditure) {
    const i = byCode.get(code)!;
    const basic = fen(i.basic);
    const project = fen(i.project);
    const business = fen(i.business ?? 0);
    const other = fen(i.other ?? 0);
    const fiscal = basic + project - business - other;
    // What 事业收入 / 其他收入 pay is taken off the basic part first, then the project part.
    const ownBasic = Math.min(basic, business + other);
    income.push(line(code, { fiscal, business, other }));
    expenditure.push(line(code, { basic, project }));
    generalPublic.push(line(code, { basic: basic - ownBasic, project: project - (business + other - ownBasic) }));
    fiscalBasic += basic - ownBasic;
  }
  const sangongFen = {
    abroad: fen(d.sangong.abroad * 10_000),
    reception: fen(d.sangong.reception * 10_000),
    vehiclePurchase: fen(d.sangong.vehiclePurchase * 10_000),
    vehicleOperation: fen(d.sangong.vehicleOperation * 10_000),
  };
  // The 三公 items of basic spending are booked at their full amounts (purchases are capital, 310).
  const fixed = new Map<string, number>([
    ['30212', sangongFen.abroad],
    ['30217', sangongFen.reception],
    ['30231', sangongFen.vehicleOperation],
  ]);
  const rest = fiscalBasic - [...fixed.values()].reduce((a, b) => a + b, 0);
  const economic: LineItem[] = [];
  let left = rest;
  const shares = ECONOMIC_SHARES.filter(([code]) => !fixed.has(code));
  shares.forEach(([code, share, column], k) => {
    // Whole 元 per 款; the last 款 takes what is left, so the table adds up to the 分.
    const amount = k === shares.length - 1 ? left : Math.round((rest * share) / 100) * 100;
    left -= amount;
    economic.push(line(code, { [column]: amount }));
  });
  for (const [code, amount] of fixed) economic.push(line(code, { public: amount }));
  economic.sort((a, b) => a.code.localeCompare(b.code));
  const publicTotal = economic.reduce((s, l) => s + (l.amounts.public ?? 0), 0);
  return {
    ...data,
    lines: { ...data.lines, income, expenditure, generalPublic, economic },
    sangong: {
      ...sangongFen,
      // 机关运行经费: the 公用经费 of the administrative units, here 80 % of it, in whole 百元.
      officeOperation: Math.round((publicTotal * 0.8) / 1_000_000) * 1_000_000,
    },
  };
}

/** Economic 款, share of the basic spending not already booked, and the column it is in. */
const ECONOMIC_SHARES: ReadonlyArray<readonly [string, number, 'personnel' | 'public']> = [
  ['30101', 0.22, 'personnel'],
  ['30102', 0.18, 'personnel'],
  ['30103', 0.05, 'personnel'],
  ['30107', 0.1, 'personnel'],
  ['30108', 0.08, 'personnel'],
  ['30110', 0.04, 'personnel'],
  ['30113', 0.06, 'personnel'],
  ['30201', 0.03, 'public'],
  ['30205', 0.005, 'public'],
  ['30206', 0.015, 'public'],
  ['30207', 0.01, 'public'],
  ['30209', 0.04, 'public'],
  ['30211', 0.01, 'public'],
  ['30212', 0, 'public'],
  ['30213', 0.02, 'public'],
  ['30217', 0, 'public'],
  ['30228', 0.01, 'public'],
  ['30229', 0.01, 'public'],
  ['30231', 0, 'public'],
  ['30299', 0.02, 'public'],
  ['30302', 0.07, 'personnel'],
  ['30399', 0, 'personnel'],
];
