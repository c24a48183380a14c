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
  const fitting = wordingEditions().filter((e) => e <= year);
  return wordingEdition(fitting.length > 0 ? fitting[fitting.length - 1]! : wordingEditions()[0]!);
}
