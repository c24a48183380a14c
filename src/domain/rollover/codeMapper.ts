import type { Catalog } from '../catalog/catalog';
import { editionForYear } from '../catalog/catalog';
import { traceCode } from '../catalog/codeMap';

// Where a code of last year's catalog lives in next year's: the catalog's code map between the two
// editions (src/domain/catalog/codeMap.ts), the same for every department. A code the map moves
// or merges goes to its new code; a code the map removes or splits has no single successor and is
// left for the officer; a code the target catalog still has is kept.

export type CodeMappingKind = 'kept' | 'moved' | 'unmapped';

export interface CodeMapping {
  readonly kind: CodeMappingKind;
  readonly from: string;
  readonly to: string;
  /** Name in the target catalog; undefined when the target catalog does not know the code. */
  readonly toName?: string;
  /** zh-CN: what the move or the missing successor rests on (the code map's source note). */
  readonly basis?: string;
}

export function mapCode(code: string, source: Catalog, target: Catalog): CodeMapping {
  const fromEdition = editionForYear(source.edition);
  const toEdition = editionForYear(target.edition);
  if (source.kind === target.kind && fromEdition < toEdition) {
    const t = traceCode(source.kind, code, fromEdition, toEdition);
    const to = t.to.length === 1 ? t.to[0] : undefined;
    if ((t.kind === 'moved' || t.kind === 'merged') && to !== undefined && to !== code && !target.has(code))
      return { kind: 'moved', from: code, to, toName: target.name(to) ?? t.name, ...(t.source ? { basis: t.source.note } : {}) };
    if ((t.kind === 'removed' || t.kind === 'split') && !target.has(code))
      return { kind: 'unmapped', from: code, to: code, ...(t.source ? { basis: t.source.note } : {}) };
  }
  const name = target.name(code);
  if (name !== undefined) return { kind: 'kept', from: code, to: code, toName: name };
  // Same edition both years: a code the catalog lacks is no news (the checker reports it).
  if (fromEdition === toEdition && source.kind === target.kind) return { kind: 'kept', from: code, to: code };
  return { kind: 'unmapped', from: code, to: code };
}
