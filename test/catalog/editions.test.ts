import { builtInCatalogs, BUILT_IN_EDITIONS, Catalog, catalogsForYear, editionChoice } from '../../src/domain/catalog/catalog';
import { importCatalog } from '../../src/domain/catalog/importCatalog';
import { changesBetween, traceCode } from '../../src/domain/catalog/codeMap';
import { editionChanges } from '../../src/domain/catalog/editions';

describe('editions: one base plus each year’s changes', () => {
  test('2019 to 2026, one per year', () => {
    expect(BUILT_IN_EDITIONS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
  test.each([
    [2015, 2019, true],
    [2019, 2019, false],
    [2022, 2022, false],
    [2027, 2026, false],
  ])('year %i → edition %i (before the first: %p)', (year, edition, beforeFirst) =>
    expect(editionChoice(year)).toEqual({ year, edition, beforeFirst }),
  );
  test('every entry of every edition has its parent, and the editions differ by exactly their changes', () => {
    for (const e of BUILT_IN_EDITIONS) {
      for (const kind of ['functional', 'economic'] as const) {
        const cat = builtInCatalogs(e)[kind];
        for (const x of cat.entries())
          if (x.level > 1) expect([e, x.code, cat.parentOf(x.code)?.code]).toEqual([e, x.code, x.code.slice(0, x.level === 2 ? 3 : 5)]);
        if (e === 2019) continue;
        const before = builtInCatalogs(e - 1)[kind];
        const touched = new Set(
          editionChanges(kind, e).flatMap((c) =>
            c.kind === 'moved'
              ? [c.from, c.to]
              : c.kind === 'merged'
                ? [...c.from, c.to]
                : c.kind === 'split'
                  ? [c.from, ...c.to.map((t) => t.code)]
                  : [c.code],
          ),
        );
        const diff = new Set(
          [...before.entries(), ...cat.entries()].map((x) => x.code).filter((code) => before.name(code) !== cat.name(code)),
        );
        expect([...diff].filter((c) => !touched.has(c))).toEqual([]);
      }
    }
  });
  test('类 and 款: the same 类 in every edition but 234 (2020 only); the 款 changes are the recorded ones', () => {
    const classes = (e: number) =>
      builtInCatalogs(e)
        .functional.entries()
        .filter((x) => x.level === 1)
        .map((x) => x.code);
    expect(classes(2020)).toContain('234');
    expect(classes(2021)).not.toContain('234');
    expect(classes(2019)).toEqual(classes(2024));
    const kuan = (e: number) =>
      new Set(
        builtInCatalogs(e)
          .functional.entries()
          .filter((x) => x.level === 2)
          .map((x) => x.code),
      );
    expect([...kuan(2024)].filter((c) => !kuan(2023).has(c))).toEqual(['20139', '20140']);
    expect([...kuan(2023)].filter((c) => !kuan(2024).has(c))).toEqual(['20110']);
  });
  test('the issue’s examples are in the catalog: 基层司法业务, 普法宣传, 劳动人事争议调解仲裁', () => {
    const f = catalogsForYear(2025).functional;
    expect([f.name('2040604'), f.name('2040605'), f.name('2080112')]).toEqual(['基层司法业务', '普法宣传', '劳动人事争议调解仲裁']);
  });
  test('names of earlier editions are kept as former names', () => {
    const f = builtInCatalogs(2024).functional;
    expect(f.formerName('210', '医疗卫生与计划生育支出')).toEqual({ name: '医疗卫生与计划生育支出', lastEdition: 2018 });
    expect(f.formerName('20805', '行政事业单位离退休')).toEqual({ name: '行政事业单位离退休', lastEdition: 2019 });
    expect(f.formerName('210', '卫生健康支出')).toBeUndefined();
    expect(builtInCatalogs(2019).functional.name('20805')).toBe('行政事业单位离退休');
  });
});

describe('the code map between editions', () => {
  test.each([
    ['2011007', 2020, 2024, { kind: 'moved', to: ['2080115'], name: '博士后日常经费' }],
    ['2011007', 2020, 2023, { kind: 'kept', to: ['2011007'] }],
    ['2080504', 2019, 2024, { kind: 'merged', to: ['2080501'], name: '行政单位离退休' }],
    ['2080501', 2019, 2020, { kind: 'renamed', to: ['2080501'], name: '行政单位离退休' }],
    ['21305', 2020, 2021, { kind: 'renamed', to: ['21305'], name: '巩固脱贫衔接乡村振兴' }],
    ['2011001', 2020, 2024, { kind: 'removed', to: [] }],
    ['23401', 2020, 2021, { kind: 'removed', to: [] }],
    ['2080101', 2019, 2026, { kind: 'kept', to: ['2080101'] }],
  ] as const)('%s from %i to %i', (code, from, to, want) => {
    const t = traceCode('functional', code, from, to);
    expect(t).toMatchObject(want);
    if (t.kind !== 'kept') expect(t.source?.note).toMatch(/[\u4e00-\u9fff]/);
  });
  test('changesBetween lists each change once with its edition; a reversed range is misuse', () => {
    const all = changesBetween('functional', 2019, 2026);
    expect(all.length).toBe(BUILT_IN_EDITIONS.slice(1).reduce((n, e) => n + editionChanges('functional', e).length, 0));
    expect(all.every((c) => c.change.source.note.length > 0)).toBe(true);
    expect(changesBetween('economic', 2019, 2026)).toEqual([]);
    expect(() => changesBetween('functional', 2024, 2020)).toThrow('2024');
  });
});

describe('names and variants', () => {
  const cat = new Catalog('functional', 2024, [
    { code: '201', name: '一般公共服务支出' },
    { code: '20138', name: '市场监督管理事务' },
    { code: '2013899', name: '其他市场监督管理事务', variants: ['其他市场监督管理事务支出'] },
  ]);
  test.each([
    ['2013899', '其他市场监督管理事务', true],
    ['2013899', '其他市场监督管理事务支出', true],
    ['2013899', ' *其他市场监督管理事务', true],
    ['2013899', '其他市场监督管理', false],
    ['201', '一般公共服务', false],
    ['209', '社会保险基金支出', false],
  ])('%s “%s” matches: %p', (code, name, ok) => expect(cat.nameMatches(code, name)).toBe(ok));
  test('an imported name replaces the built-in one, with the imported source', () => {
    const { catalog } = importCatalog(
      'functional',
      2025,
      [{ code: '2040698', name: '新设项' }],
      builtInCatalogs(2025).functional,
      '2025科目表.xlsx',
    );
    expect(catalog.source).toBe('imported');
    expect(catalog.get('2040698')?.source).toEqual({ kind: 'imported', note: '2025科目表.xlsx' });
    expect(catalog.get('2040604')?.source.kind).toBe('official');
  });
});
