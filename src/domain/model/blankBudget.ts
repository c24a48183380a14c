import { z } from 'zod';
import { catalogsForYear, CatalogSet } from '../catalog/catalog';
import { normalizeCode } from '../catalog/codes';
import type { BudgetData, LineItem } from './budgetData';

// An empty table set for an officer's own department: the 项 and 经济分类款 they will fill in,
// with every parent, total and summary already a formula. Amounts are left blank for entry.

export const BlankBudgetInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  department: z.string().trim().min(1, '请填写编制部门'),
  /** Functional 项 codes as typed ("2080101", "208 01 01", full-width digits …). */
  functionalCodes: z.array(z.string()),
  /** Economic 款 codes ("30101" …). */
  economicCodes: z.array(z.string()),
});
export type BlankBudgetInput = z.infer<typeof BlankBudgetInputSchema>;

export interface BlankBudget {
  readonly data: BudgetData;
  /** zh-CN: codes that are not a 项 (7 digits) / 款 (5 digits), or not in the year's catalog. */
  readonly problems: string[];
}

/**
 * Splits a pasted list of codes on line breaks, commas, 、 and ；. A piece that reads as one code
 * with spaces ("208 01 02") stays whole; otherwise spaces separate codes ("2080101 2080102").
 */
export function splitCodeList(text: string): string[] {
  return text
    .split(/[\n\r,，、;；]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .flatMap((t) => (normalizeCode(t) !== null ? [t] : t.split(/[\s\u3000]+/).filter((x) => x !== '')));
}

export function blankBudget(input: BlankBudgetInput, catalogs: CatalogSet = catalogsForYear(input.year)): BlankBudget {
  const { year, department, functionalCodes, economicCodes } = BlankBudgetInputSchema.parse(input);
  const problems: string[] = [];
  const pick = (raw: readonly string[], length: number, what: string, known: (c: string) => boolean): string[] => {
    const out = new Set<string>();
    for (const r of raw) {
      const code = normalizeCode(r);
      if (code === null || code.length !== length) {
        problems.push(`“${r}”不是${what}编码（应为 ${length} 位数字）`);
        continue;
      }
      if (!known(code)) problems.push(`${what} ${code} 不在 ${catalogs.functional.edition} 年版科目表中，仍按所填编码列示，请核对`);
      out.add(code);
    }
    return [...out].sort();
  };
  const items = pick(functionalCodes, 7, '功能分类“项”', (c) => catalogs.functional.has(c));
  const econ = pick(economicCodes, 5, '经济分类“款”', (c) => catalogs.economic.has(c));
  const empty = (code: string): LineItem => ({ code, amounts: {} });
  const lines = items.map(empty);
  return {
    data: {
      year,
      department,
      lines: { income: lines, expenditure: lines, generalPublic: lines, govFund: [], stateCapital: [], economic: econ.map(empty) },
      sangong: { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 },
    },
    problems,
  };
}
