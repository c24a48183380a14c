import { Catalog, canonicalName, CatalogEntryInput, CatalogSet, EntrySource, FormerName } from './catalogModel';
import type { CatalogChange } from './catalogChange';
import type { CodeKind } from './codes';
import { parentCode } from './codes';
import { ECONOMIC_BASE } from './data/economicBase';
import { ECONOMIC_CHANGES } from './data/economicChanges';
import { PRINTED_DOCUMENTS } from './data/evidence';
import { FUNCTIONAL_BASE } from './data/functionalBase';
import { FUNCTIONAL_CHANGES } from './data/functionalChanges';
import { NAME_VARIANTS } from './data/variants';
import { parseCatalogText } from './parseCatalogText';

// The built-in editions: one base text per classification plus each year's changes, applied in
// order. Nothing here is a copy of a whole edition.

export const FIRST_EDITION = 2019;
export const LAST_EDITION = 2026;
export const BUILT_IN_EDITIONS: readonly number[] = Array.from({ length: LAST_EDITION - FIRST_EDITION + 1 }, (_, i) => FIRST_EDITION + i);

const CHANGES: Record<CodeKind, Readonly<Record<number, readonly CatalogChange[]>>> = {
  functional: FUNCTIONAL_CHANGES,
  economic: ECONOMIC_CHANGES,
};
const BASE: Record<CodeKind, string> = { functional: FUNCTIONAL_BASE, economic: ECONOMIC_BASE };

/** The year's changes of one classification (empty when none are recorded). */
export function editionChanges(kind: CodeKind, edition: number): readonly CatalogChange[] {
  return CHANGES[kind][edition] ?? [];
}

export interface EditionChoice {
  readonly year: number;
  readonly edition: number;
  /** The year is before the first built-in edition, which serves it anyway. */
  readonly beforeFirst: boolean;
}

/** The nearest built-in edition not after `year`; a year before the first edition gets the first. */
export function editionChoice(year: number): EditionChoice {
  if (!Number.isInteger(year)) throw new RangeError(`editionChoice: 年度应为整数: ${year}`);
  if (year < FIRST_EDITION) return { year, edition: FIRST_EDITION, beforeFirst: true };
  return { year, edition: Math.min(year, LAST_EDITION), beforeFirst: false };
}

export function editionForYear(year: number): number {
  return editionChoice(year).edition;
}

interface Draft {
  name: string;
  note: string;
  formerNames: FormerName[];
}

function applyChange(entries: Map<string, Draft>, c: CatalogChange, edition: number): void {
  const need = (code: string) => {
    const d = entries.get(code);
    if (!d) throw new RangeError(`科目表变动（${edition} 年版）：${code} 不在上一版中`);
    return d;
  };
  const add = (code: string, name: string, note: string, formerNames: FormerName[] = []) => {
    if (entries.has(code)) throw new RangeError(`科目表变动（${edition} 年版）：${code} 已在上一版中`);
    entries.set(code, { name, note, formerNames });
  };
  const rename = (code: string, name: string, note: string) => {
    const d = need(code);
    if (canonicalName(d.name) !== canonicalName(name)) d.formerNames = [...d.formerNames, { name: d.name, lastEdition: edition - 1 }];
    entries.set(code, { ...d, name, note });
  };
  switch (c.kind) {
    case 'added':
      return add(c.code, c.name, c.source.note);
    case 'removed':
      need(c.code);
      entries.delete(c.code);
      return;
    case 'renamed': {
      const d = need(c.code);
      // A rename into the base edition only records the older name (the base already has the new one).
      if (canonicalName(d.name) === canonicalName(c.name) && edition === FIRST_EDITION) {
        d.formerNames = [...d.formerNames, { name: c.from, lastEdition: edition - 1 }];
        return;
      }
      if (canonicalName(d.name) !== canonicalName(c.from))
        throw new RangeError(`科目表变动（${edition} 年版）：${c.code} 原名称为“${d.name}”，不是“${c.from}”`);
      return rename(c.code, c.name, c.source.note);
    }
    case 'moved':
      need(c.from);
      entries.delete(c.from);
      return add(c.to, c.name, c.source.note);
    case 'merged':
      for (const f of c.from) need(f);
      for (const f of c.from) if (f !== c.to) entries.delete(f);
      if (entries.has(c.to)) return rename(c.to, c.name, c.source.note);
      return add(c.to, c.name, c.source.note);
    case 'split':
      need(c.from);
      entries.delete(c.from);
      for (const t of c.to) add(t.code, t.name, c.source.note);
      return;
  }
}

function buildEditions(kind: CodeKind): Map<number, Map<string, Draft>> {
  const current = new Map<string, Draft>();
  for (const [code, name] of parseCatalogText(BASE[kind])) {
    if (current.has(code)) throw new RangeError(`科目表基础数据：${code} 重复`);
    current.set(code, { name, note: '官方科目表（团队所知）', formerNames: [] });
  }
  const out = new Map<number, Map<string, Draft>>();
  for (const edition of BUILT_IN_EDITIONS) {
    for (const c of editionChanges(kind, edition)) applyChange(current, c, edition);
    for (const code of current.keys()) {
      const p = parentCode(code);
      if (p !== null && !current.has(p)) throw new RangeError(`科目表（${edition} 年版）：${code} 的上级 ${p} 不存在`);
    }
    out.set(edition, new Map([...current].map(([k, d]) => [k, { ...d }])));
  }
  return out;
}

const drafts: Partial<Record<CodeKind, Map<number, Map<string, Draft>>>> = {};
function draftsOf(kind: CodeKind): Map<number, Map<string, Draft>> {
  return (drafts[kind] ??= buildEditions(kind));
}

const kindOfCode = (code: string): CodeKind => (code.startsWith('3') ? 'economic' : 'functional');

type PrintedDocument = (typeof PRINTED_DOCUMENTS)[number];

/** Each code's printings, in document order and, within a document, in its order: looked up for every entry of every edition. */
let printings: Map<string, Array<{ readonly doc: PrintedDocument; readonly name: string }>> | undefined;
function printingsOf(code: string): ReadonlyArray<{ readonly doc: PrintedDocument; readonly name: string }> {
  if (!printings) {
    printings = new Map();
    for (const doc of PRINTED_DOCUMENTS) {
      for (const [c, name] of doc.pairs) {
        const list = printings.get(c);
        if (list) list.push({ doc, name });
        else printings.set(c, [{ doc, name }]);
      }
    }
  }
  return printings.get(code) ?? [];
}

/** The first document (seeds before corpus) printing this code under this name, in a year whose edition has that name too. */
function printedSource(kind: CodeKind, code: string, name: string): EntrySource | undefined {
  const printed = printingsOf(code);
  if (printed.length === 0 || kindOfCode(code) !== kind) return undefined;
  const wanted = canonicalName(name);
  const spellings = new Set([wanted, ...(NAME_VARIANTS[kind][code] ?? []).map((v) => canonicalName(v.name))]);
  // Per document, its first printing under one of the spellings decides.
  let decided: PrintedDocument | undefined;
  for (const { doc: d, name: n } of printed) {
    if (d === decided || !spellings.has(canonicalName(n).replace(/^[*＊]+/, ''))) continue;
    decided = d;
    const there = draftsOf(kind).get(editionForYear(d.year))?.get(code);
    if (there && canonicalName(there.name) === wanted) return { kind: d.kind, doc: d.doc, year: d.year };
  }
  return undefined;
}

function buildCatalog(kind: CodeKind, edition: number): Catalog {
  const entries = draftsOf(kind).get(edition);
  if (!entries) throw new RangeError(`builtInCatalogs: 没有 ${edition} 年版科目表（可用：${BUILT_IN_EDITIONS.join('、')}）`);
  const inputs: CatalogEntryInput[] = [...entries].map(([code, d]) => ({
    code,
    name: d.name,
    source: printedSource(kind, code, d.name) ?? { kind: 'official', note: d.note },
    variants: (NAME_VARIANTS[kind][code] ?? []).map((v) => v.name),
    formerNames: d.formerNames,
  }));
  return new Catalog(kind, edition, inputs);
}

const cache = new Map<number, CatalogSet>();

export function builtInCatalogs(edition: number): CatalogSet {
  if (!BUILT_IN_EDITIONS.includes(edition))
    throw new RangeError(`builtInCatalogs: 没有 ${edition} 年版科目表（可用：${BUILT_IN_EDITIONS.join('、')}）`);
  let set = cache.get(edition);
  if (!set) {
    set = { functional: buildCatalog('functional', edition), economic: buildCatalog('economic', edition) };
    cache.set(edition, set);
  }
  return set;
}

export function catalogsForYear(year: number): CatalogSet {
  return builtInCatalogs(editionForYear(year));
}
