import { explanationOf, purposeFromExplanation } from '../catalog/data/descriptions';

// "主要用于…" after each line of 财政拨款支出主要内容. The department's own wording comes from the
// 说明素材 sheet (六、财政拨款支出主要用途); without it the default is derived from the catalog's
// official 说明 of the code, and the officer is asked to confirm it.

export type PurposeSource = 'sheet' | 'catalog' | 'name';

/** The catalog default for a code, or null when the catalog holds no 说明 for it. */
export function defaultPurpose(code: string, name: string): string | null {
  const e = explanationOf(code, name);
  return e ? purposeFromExplanation(e.explains) : null;
}

/**
 * The wording for one line: the 说明素材 entry, else the catalog's 说明, else one made from the
 * name ("城乡社区支出" → "城乡社区方面的支出") so the line is never blank.
 */
export function purposeFor(
  code: string,
  name: string,
  overrides: Readonly<Record<string, string>>,
): { text: string; source: PurposeSource } {
  const own = overrides[code]?.trim();
  if (own) return { text: own.replace(/^主要用于/, '').replace(/[。；;]+$/, ''), source: 'sheet' };
  const lib = defaultPurpose(code, name);
  if (lib) return { text: lib, source: 'catalog' };
  return { text: `${name.replace(/支出$/, '')}方面的支出`, source: 'name' };
}
