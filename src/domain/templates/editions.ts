import { EDITION_2020 } from './edition2020';
import { EDITION_2024 } from './edition2024';
import type { EditionDef, TableDef, TableId } from './types';

const EDITIONS: ReadonlyMap<number, EditionDef> = new Map([
  [2020, EDITION_2020],
  [2024, EDITION_2024],
]);

export function editionDef(edition: number): EditionDef {
  const def = EDITIONS.get(edition);
  if (!def) throw new RangeError(`editionDef: 没有 ${edition} 年版表样（可用：${[...EDITIONS.keys()].join('、')}）`);
  return def;
}

export function layoutEditions(): number[] {
  return [...EDITIONS.keys()].sort();
}

/** The newest layout edition not later than `year`. */
export function layoutEditionForYear(year: number): EditionDef {
  const editions = layoutEditions();
  const chosen = editions.filter((e) => e <= year).pop() ?? editions[0];
  if (chosen === undefined) throw new Error('layoutEditionForYear: no layout edition is defined');
  return editionDef(chosen);
}

export function tableDef(edition: EditionDef, id: TableId): TableDef | undefined {
  return edition.tables.find((t) => t.id === id);
}

export function titleFor(def: TableDef, year: number): string {
  return def.title.replace('{year}', String(year));
}
