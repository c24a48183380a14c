import { detachedText } from '../detachedText';
import { CodeKind, codeLevel, CodeLevel, parentCode } from './codes';

/** Where an entry comes from. */
export type EntrySource =
  | { readonly kind: 'seed' | 'corpus'; readonly doc: string; readonly year: number }
  | { readonly kind: 'official'; readonly note: string }
  | { readonly kind: 'imported'; readonly note: string };

export type EntrySourceKind = EntrySource['kind'];

/** A name the code had in an earlier edition (the last edition that used it). */
export interface FormerName {
  readonly name: string;
  readonly lastEdition: number;
}

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly level: CodeLevel;
  readonly source: EntrySource;
  /** Published spellings accepted as this name (beyond brackets, spaces and a leading "*"). */
  readonly variants: readonly string[];
  readonly formerNames: readonly FormerName[];
}

export type CatalogEntryInput =
  | readonly [code: string, name: string]
  | (Pick<CatalogEntry, 'code' | 'name'> & Partial<Pick<CatalogEntry, 'source' | 'variants' | 'formerNames'>>);

type EntryObject = Exclude<CatalogEntryInput, readonly [string, string]>;
const isPair = (e: CatalogEntryInput): e is readonly [string, string] => Array.isArray(e);

const DEFAULT_SOURCE: EntrySource = { kind: 'official', note: '官方科目表（团队所知）' };

/** One edition of one classification (支出功能分类 or 部门预算支出经济分类). Immutable. */
export class Catalog {
  private readonly byCode: ReadonlyMap<string, CatalogEntry>;

  constructor(
    readonly kind: CodeKind,
    readonly edition: number,
    entries: Iterable<CatalogEntryInput>,
    /** 'built-in' for the product's editions, 'imported' for an officer's official catalog. */
    readonly source: 'built-in' | 'imported' = 'built-in',
  ) {
    const map = new Map<string, CatalogEntry>();
    for (const e of entries) {
      const input: EntryObject = isPair(e) ? { code: e[0], name: e[1] } : e;
      map.set(input.code, {
        code: input.code,
        name: input.name,
        level: codeLevel(input.code),
        source: input.source ?? DEFAULT_SOURCE,
        variants: input.variants ?? [],
        formerNames: input.formerNames ?? [],
      });
    }
    this.byCode = map;
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

  /** True when `name` is the official name or a published variant of it (brackets, spaces, a leading "*", recorded variants). */
  nameMatches(code: string, name: string): boolean {
    const entry = this.byCode.get(code);
    if (entry === undefined) return false;
    const n = printedName(name);
    return printedName(entry.name) === n || entry.variants.some((v) => printedName(v) === n);
  }

  /** The earlier-edition name `name` matches, when it is one (and not the current name). */
  formerName(code: string, name: string): FormerName | undefined {
    const entry = this.byCode.get(code);
    if (entry === undefined || this.nameMatches(code, name)) return undefined;
    const n = printedName(name);
    return entry.formerNames.find((f) => printedName(f.name) === n);
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

/** canonicalName, also ignoring the leading "*" some publications print before a name. */
function printedName(name: string): string {
  // Memoised: every row's check compares with the catalog's names, the same few thousand again and again.
  let p = PRINTED.get(name);
  if (p === undefined) {
    if (PRINTED.size >= 100_000) PRINTED.clear(); // bounded over a batch of many workbooks
    p = detachedText(canonicalName(name).replace(/^[*＊]+/, ''));
    // Copies, not slices of the workbooks' XML (see detachedText): the memo outlives the workbook.
    PRINTED.set(detachedText(name), p);
  }
  return p;
}
const PRINTED = new Map<string, string>();

export interface CatalogSet {
  readonly functional: Catalog;
  readonly economic: Catalog;
}

/** Parses CSV text with a header row containing 编码/code and 名称/name columns. */
export function parseCatalogCsv(text: string): Array<{ code: string; name: string }> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const split = (l: string) => l.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  const [first = ''] = lines;
  const header = split(first);
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
