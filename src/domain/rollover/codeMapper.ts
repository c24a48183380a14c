import type { Catalog } from '../catalog/catalog';
import { CODE_MOVES_2020_TO_2024 } from '../catalog/data/codeMoves';

// Where a code of last year's catalog lives in next year's. The 2020 → 2024 moves are transcribed
// data (codeMoves.ts); a code the target catalog still has is kept.

export type CodeMappingKind = 'kept' | 'moved' | 'unmapped';

export interface CodeMapping {
  readonly kind: CodeMappingKind;
  readonly from: string;
  readonly to: string;
  /** Name in the target catalog; undefined when the target catalog does not know the code. */
  readonly toName?: string;
}

const MOVES_TO = 2024;

/** True when the catalog-edition step spans the 2020 → 2024 revision (imported catalogs carry their year). */
export function movesApply(source: Catalog, target: Catalog): boolean {
  return source.kind === 'functional' && source.edition < MOVES_TO && target.edition >= MOVES_TO;
}

export function mapCode(code: string, source: Catalog, target: Catalog): CodeMapping {
  if (movesApply(source, target) && !target.has(code)) {
    const move = CODE_MOVES_2020_TO_2024.find((m) => m.from === code);
    if (move && move.to !== code) return { kind: 'moved', from: code, to: move.to, toName: target.name(move.to) ?? move.name };
  }
  if (target.has(code)) return { kind: 'kept', from: code, to: code, toName: target.name(code)! };
  // Same edition both years: a code the catalog lacks is no news (the checker reports it).
  if (source.edition === target.edition && source.kind === target.kind) return { kind: 'kept', from: code, to: code };
  return { kind: 'unmapped', from: code, to: code };
}
