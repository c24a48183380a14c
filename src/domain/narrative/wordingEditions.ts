import type { NarrativeWording } from './wording';
import { WORDING_2020 } from './wording2020';
import { WORDING_2024 } from './wording2024';

const WORDINGS: ReadonlyMap<number, NarrativeWording> = new Map([
  [2020, WORDING_2020],
  [2024, WORDING_2024],
]);

export function wordingEditions(): number[] {
  return [...WORDINGS.keys()].sort((a, b) => a - b);
}

export function wordingEdition(edition: number): NarrativeWording {
  const w = WORDINGS.get(edition);
  if (!w) throw new RangeError(`wordingEdition: 没有 ${edition} 年版编制说明用语（可用：${wordingEditions().join('、')}）`);
  return w;
}

/** The newest wording edition not later than `year` (the oldest for earlier years). */
export function wordingForYear(year: number): NarrativeWording {
  const editions = wordingEditions();
  const chosen = editions.filter((e) => e <= year).pop() ?? editions[0];
  if (chosen === undefined) throw new Error('wordingForYear: no wording edition is defined');
  return wordingEdition(chosen);
}
