import { builtInCatalogs, BUILT_IN_EDITIONS, CatalogSet, catalogsForYear } from '../catalog/catalog';
import { normalizeCode, parentCode } from '../catalog/codes';
import { provinceEdition } from '../templates/provinceEditions';
import type { ProvinceBudget } from './provinceBudget';

// An empty province-edition table set for an officer's department: the 项 and 经济科目款 they list
// with their 类/款 above them, figures blank for entry; the builder makes every sum a formula.

export interface BlankProvinceInput {
  readonly edition: string;
  readonly department: string;
  readonly functionalCodes: readonly string[];
  readonly economicCodes: readonly string[];
}

/** The catalogs of an edition year: the built-in edition of that year when there is one. */
function catalogsOf(year: number): CatalogSet {
  return BUILT_IN_EDITIONS.includes(year) ? builtInCatalogs(year) : catalogsForYear(year);
}

export function blankProvinceBudget(input: BlankProvinceInput): { data: ProvinceBudget; problems: string[] } {
  const edition = provinceEdition(input.edition);
  const catalogs = catalogsOf(edition.catalogEdition);
  const problems: string[] = [];
  const rows = (raw: readonly string[], length: number, what: string, catalog: CatalogSet['functional']) => {
    const codes = new Set<string>();
    for (const r of raw) {
      const code = normalizeCode(r);
      if (code === null || code.length !== length) {
        problems.push(`“${r}”不是${what}编码（应为 ${length} 位数字）`);
        continue;
      }
      if (!catalog.has(code)) problems.push(`${what} ${code} 不在 ${catalog.edition} 年版科目表中，仍按所填编码列示，请核对`);
      for (let c: string | null = code; c !== null; c = parentCode(c)) codes.add(c);
    }
    return [...codes].sort().map((code) => ({ code, name: catalog.name(code) ?? '', amount: null }));
  };
  const functional = rows(input.functionalCodes, 7, '功能分类“项”', catalogs.functional);
  const economic = rows(input.economicCodes, 5, '经济分类“款”', catalogs.economic);
  // 机关运行经费 is the 日常公用经费 of basic spending: the 商品和服务支出 (302) 款 listed.
  const office = economic.filter((r) => r.code.startsWith('302'));
  const table = (list: typeof functional) => ({ total: null, rows: list });
  return {
    data: {
      edition: edition.id,
      year: edition.year,
      department: input.department,
      forms: {},
      lists: {},
      codeTables: {
        fiscalFunctional: table(functional),
        generalPublic: table(functional),
        govFund: table([]),
        fiscalEconomic: table(economic),
        economic: table(economic),
        officeOperationEconomic: table(office),
      },
      outlines: {},
    },
    problems,
  };
}
