import type { CatalogChange, CatalogChangeKind, ChangeSource } from './catalogChange';
import type { CodeKind } from './codes';
import { BUILT_IN_EDITIONS, editionChanges } from './editions';

// The code map between two built-in editions: every recorded change in between, and where one
// code of the earlier edition lands in the later one.

export interface DatedChange {
  /** The edition that made the change. */
  readonly edition: number;
  readonly change: CatalogChange;
}

/** Every change after `from` up to and including `to`, oldest first. */
export function changesBetween(kind: CodeKind, from: number, to: number): DatedChange[] {
  if (from > to) throw new RangeError(`changesBetween: 起始版本 ${from} 晚于目标版本 ${to}`);
  return BUILT_IN_EDITIONS.filter((e) => e > from && e <= to).flatMap((edition) =>
    editionChanges(kind, edition).map((change) => ({ edition, change })),
  );
}

export interface CodeTrace {
  /** kept: same code (perhaps renamed); moved/merged: one new code; split/removed: no single new code. */
  readonly kind: 'kept' | 'renamed' | 'moved' | 'merged' | 'split' | 'removed';
  readonly from: string;
  /** The code in the later edition; for split the parts, for removed none. */
  readonly to: readonly string[];
  /** Name in the later edition given by the last change, when a change named it. */
  readonly name?: string;
  /** The changes that carried the code, oldest first. */
  readonly steps: readonly DatedChange[];
  /** Source of the decisive change. */
  readonly source?: ChangeSource;
}

const STRENGTH: Record<CodeTrace['kind'], number> = { kept: 0, renamed: 1, moved: 2, merged: 3, split: 4, removed: 5 };

/** Follows one code from edition `from` to edition `to` through the recorded changes. */
export function traceCode(kind: CodeKind, code: string, from: number, to: number): CodeTrace {
  let current = code;
  let result: CodeTrace['kind'] = 'kept';
  let name: string | undefined;
  let source: ChangeSource | undefined;
  const steps: DatedChange[] = [];
  const note = (k: CodeTrace['kind'], c: DatedChange) => {
    steps.push(c);
    if (STRENGTH[k] >= STRENGTH[result]) {
      result = k;
      source = c.change.source;
    }
  };
  for (const dated of changesBetween(kind, from, to)) {
    const c = dated.change;
    switch (c.kind) {
      case 'renamed':
        if (c.code === current) {
          name = c.name;
          note('renamed', dated);
        }
        break;
      case 'moved':
        if (c.from === current) {
          current = c.to;
          name = c.name;
          note('moved', dated);
        }
        break;
      case 'merged':
        if (c.from.includes(current)) {
          const k = current === c.to ? 'renamed' : 'merged';
          current = c.to;
          name = c.name;
          note(k, dated);
        }
        break;
      case 'split':
        if (c.from === current) {
          note('split', dated);
          return { kind: 'split', from: code, to: c.to.map((t) => t.code), steps, ...(source ? { source } : {}) };
        }
        break;
      case 'removed':
        if (c.code === current) {
          note('removed', dated);
          return { kind: 'removed', from: code, to: [], steps, ...(source ? { source } : {}) };
        }
        break;
      case 'added':
        break;
    }
  }
  return { kind: result, from: code, to: [current], ...(name !== undefined ? { name } : {}), steps, ...(source ? { source } : {}) };
}

/** The kinds a catalog diff lists. */
export type DiffKind = CatalogChangeKind;
