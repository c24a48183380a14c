import { z } from 'zod';
import { CodeKind, codeLevel, CodeLevel, normalizeCode, parentCode } from './codes';
import { FUNCTIONAL_2020 } from './data/functional2020';
import { FUNCTIONAL_2024 } from './data/functional2024';
import { ECONOMIC_2020, ECONOMIC_2024, ECONOMIC_ALIASES } from './data/economic';

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly level: CodeLevel;
}

/** One edition of one classification (支出功能分类 or 部门预算支出经济分类). Immutable. */
export class Catalog {
  private readonly byCode: ReadonlyMap<string, CatalogEntry>;
  private readonly aliases: ReadonlyMap<string, readonly string[]>;

  constructor(
    readonly kind: CodeKind,
    readonly edition: number,
    entries: Iterable<readonly [string, string]>,
    aliases: Readonly<Record<string, readonly string[]>> = {},
    readonly source = 'built-in',
  ) {
    const map = new Map<string, CatalogEntry>();
    for (const [code, name] of entries) map.set(code, { code, name, level: codeLevel(code) });
    this.byCode = map;
    this.aliases = new Map(Object.entries(aliases));
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): CatalogEntry | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** True when `name` is the official name or an accepted spelling (full/half-width brackets, spaces). */
  nameMatches(code: string, name: string): boolean {
    const official = this.name(code);
    if (official === undefined) return false;
    const n = canonicalName(name);
    if (canonicalName(official) === n) return true;
    return (this.aliases.get(code) ?? []).some((a) => canonicalName(a) === n);
  }

  entries(): CatalogEntry[] {
    return [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  parentOf(code: string): CatalogEntry | undefined {
    const p = parentCode(code);
    return p === null ? undefined : this.byCode.get(p);
  }
}

/** Names compare equal across full-/half-width brackets and stray spaces. */
export function canonicalName(name: string): string {
  return name
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"]/g, '"')
    .replace(/[\s\u3000]/g, '');
}

export interface CatalogSet {
  readonly functional: Catalog;
  readonly economic: Catalog;
}

const BUILT_IN: Record<number, () => CatalogSet> = {
  2020: () => ({
    functional: new Catalog('functional', 2020, FUNCTIONAL_2020),
    economic: new Catalog('economic', 2020, ECONOMIC_2020, ECONOMIC_ALIASES),
  }),
  2024: () => ({
    functional: new Catalog('functional', 2024, FUNCTIONAL_2024),
    economic: new Catalog('economic', 2024, ECONOMIC_2024, ECONOMIC_ALIASES),
  }),
};

export const BUILT_IN_EDITIONS: readonly number[] = Object.keys(BUILT_IN).map(Number).sort();

/** The newest built-in edition not later than `year` (the 2024 edition serves 2024 onward). */
export function editionForYear(year: number): number {
  const fitting = BUILT_IN_EDITIONS.filter((e) => e <= year);
  return fitting.length > 0 ? fitting[fitting.length - 1]! : BUILT_IN_EDITIONS[0]!;
}

const cache = new Map<number, CatalogSet>();

export function builtInCatalogs(edition: number): CatalogSet {
  const make = BUILT_IN[edition];
  if (!make) throw new RangeError(`builtInCatalogs: 没有 ${edition} 年版科目表（可用：${BUILT_IN_EDITIONS.join('、')}）`);
  let set = cache.get(edition);
  if (!set) {
    set = make();
    cache.set(edition, set);
  }
  return set;
}

export function catalogsForYear(year: number): CatalogSet {
  return builtInCatalogs(editionForYear(year));
}

const importRow = z.object({ code: z.unknown(), name: z.unknown() });

export interface CatalogImportProblem {
  readonly row: number; // 1-based row in the imported list
  readonly message: string;
}

/**
 * Builds a catalog from an officer's (code, name) list, e.g. the official 科目表 pasted from
 * .xlsx or .csv. Bad rows are reported, never thrown; imported names override built-in ones.
 */
export function importCatalog(
  kind: CodeKind,
  edition: number,
  rows: ReadonlyArray<unknown>,
  base?: Catalog,
): { catalog: Catalog; problems: CatalogImportProblem[] } {
  const problems: CatalogImportProblem[] = [];
  const entries = new Map<string, string>(base ? base.entries().map((e) => [e.code, e.name]) : []);
  rows.forEach((raw, i) => {
    const parsed = importRow.safeParse(raw);
    if (!parsed.success) {
      problems.push({ row: i + 1, message: `第 ${i + 1} 行：缺少“编码”或“名称”` });
      return;
    }
    const code = normalizeCode(parsed.data.code);
    const name = parsed.data.name == null ? '' : String(parsed.data.name).trim();
    const maxLen = kind === 'functional' ? 7 : 5;
    if (code === null || code.length > maxLen) {
      problems.push({
        row: i + 1,
        message: `第 ${i + 1} 行：“${String(parsed.data.code ?? '')}”不是有效的${kind === 'functional' ? '功能' : '经济'}分类编码`,
      });
      return;
    }
    if (!name) {
      problems.push({ row: i + 1, message: `第 ${i + 1} 行：编码 ${code} 缺少科目名称` });
      return;
    }
    entries.set(code, name);
  });
  return { catalog: new Catalog(kind, edition, entries, {}, 'imported'), problems };
}

/** Parses CSV text with a header row containing 编码/code and 名称/name columns. */
export function parseCatalogCsv(text: string): Array<{ code: string; name: string }> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const split = (l: string) => l.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  const header = split(lines[0]!);
  let codeIdx = header.findIndex((h) => /编码|代码|code/i.test(h));
  let nameIdx = header.findIndex((h) => /名称|name/i.test(h));
  const hasHeader = codeIdx >= 0 && nameIdx >= 0;
  if (!hasHeader) {
    codeIdx = 0;
    nameIdx = 1;
  }
  return lines.slice(hasHeader ? 1 : 0).map((l) => {
    const cells = split(l);
    return { code: cells[codeIdx] ?? '', name: cells[nameIdx] ?? '' };
  });
}
