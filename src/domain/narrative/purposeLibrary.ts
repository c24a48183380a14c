// "主要用于…" after each 类 line of 财政拨款支出主要内容. Keyed by functional 类 code; edit the defaults
// here, or override per department and year in the 说明素材 sheet (六、财政拨款支出主要用途).

export type PurposeLibrary = Readonly<Record<string, string>>;

/** Wording as published by 上海市人力资源和社会保障局 (2024 edition; 201 from 2020, the last year it had one). */
export const DEFAULT_PURPOSES: PurposeLibrary = {
  '201': '人力资源事务、人才发展等方面的支出',
  '205': '地方教育附加安排的支出',
  '208': '人力资源和社会保障与就业事务方面的支出；行政、事业单位缴纳的基本养老保险、职业年金等方面的支出',
  '210': '行政、事业单位缴纳的医疗保险费等方面的支出',
  '221': '行政、事业单位缴纳的住房公积金支出',
};

export type PurposeSource = 'sheet' | 'library' | 'name';

/**
 * The wording for one 类: the 说明素材 entry, else the library, else one made from the 类 name
 * ("城乡社区支出" → "城乡社区方面的支出") so the line is never blank.
 */
export function purposeFor(
  code: string,
  name: string,
  overrides: Readonly<Record<string, string>>,
  library: PurposeLibrary = DEFAULT_PURPOSES,
): { text: string; source: PurposeSource } {
  const own = overrides[code]?.trim();
  if (own) return { text: own.replace(/^主要用于/, '').replace(/[。；;]+$/, ''), source: 'sheet' };
  const lib = library[code];
  if (lib) return { text: lib, source: 'library' };
  return { text: `${name.replace(/支出$/, '')}方面的支出`, source: 'name' };
}
