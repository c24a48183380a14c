import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalogs, BUILT_IN_EDITIONS, catalogsForYear, editionForYear } from '../../src/domain/catalog/catalog';
import { PRINTED_DOCUMENTS } from '../../src/domain/catalog/data/evidence';
import { FIXTURES, printedDocuments, printedPairs } from './support/printedPairs';

// Every code–name pair printed in the seeds and the corpus (copied verbatim under test/fixtures)
// is in the edition of its document's year, under the printed name or a recorded variant.

const docs = printedDocuments();
const catalogOf = (code: string, edition: number) => {
  const set = builtInCatalogs(edition);
  return code.startsWith('3') ? set.economic : set.functional;
};

describe('the extractor', () => {
  test.each([
    ['208 01 01 行政运行 343,496,110', [['2080101', '行政运行']]],
    ['2040401    行政运行        12,268.62', [['2040401', '行政运行']]],
    [' 301   2     津贴补贴     16,623,810', [['30102', '津贴补贴']]],
    ['208 01 99 其他人力资源和社会保障管理事务支\n出\n\n101,724,500', [['2080199', '其他人力资源和社会保障管理事务支出']]],
    [
      '                 机关事业单位基本养老保险\n30108                           1,064.46\n                 缴费',
      [['30108', '机关事业单位基本养老保险缴费']],
    ],
    ['2019年，江苏省人民检察院将在省委', []],
    ['473,822,939 459,902,939', []],
  ])('%j', (text, want) => expect(printedPairs(text)).toEqual(want));
});

test('the seeds and the corpus documents of every year are read (2019, 2020, 2024, 2025)', () => {
  expect([...new Set(docs.map((d) => d.year))].sort()).toEqual([2019, 2020, 2024, 2025]);
  expect(docs.length).toBe(11);
  expect(docs.reduce((n, d) => n + d.pairs.length, 0)).toBeGreaterThan(600);
});

test.each(docs.map((d) => [d.doc, d] as const))('%s: every printed pair is in its year’s edition', (_doc, d) => {
  const edition = editionForYear(d.year);
  const wrong = d.pairs
    .filter(([code, name]) => !catalogOf(code, edition).nameMatches(code, name))
    .map(([code, name]) => `${code} ${name}（${edition} 年版：${catalogOf(code, edition).name(code) ?? '无此科目'}）`);
  expect(wrong).toEqual([]);
});

// codes-seen-in-corpus.csv was made with another extractor. Pairs it holds that no document prints
// as such are its misreadings; each is classified here and the class is verified against the catalog.
// cut: the name cut at the column width; shortened: a shortened name; shifted: the name of another
// code of the same table (a column shift); label: a row label of the table that is no 科目 name.
const MISREAD: ReadonlyArray<readonly [code: string, name: string, kind: 'cut' | 'shifted' | 'shortened' | 'label']> = [
  ['2080505', '机关事业单位基本养老保', 'cut'],
  ['2080505', '机关事业单位基本养老保险缴', 'cut'],
  ['2080505', '机关事业单位基本养老保险缴费支', 'cut'],
  ['2080506', '机关事业单位职业年金缴', 'cut'],
  ['2080506', '机关事业单位职业年金缴费支', 'cut'],
  ['30108', '机关事业单位基本养老保险缴', 'cut'],
  ['2080505', '基本养老保险', 'shortened'],
  ['2080506', '职业年金缴费', 'shortened'],
  ['30205', '邮电费', 'shifted'],
  ['30206', '办公设备购置费', 'label'],
  ['30207', '工会经费', 'shifted'],
  ['30213', '其他商品和服务支出', 'shifted'],
  ['303', '离退休人员经费', 'label'],
  ['30301', '退休费', 'shifted'],
];

test('every pair of codes-seen-in-corpus.csv is printed in a document, in an edition, or a classified misreading', () => {
  const rows = readFileSync(join(FIXTURES, 'corpus', 'codes-seen-in-corpus.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',') as [string, string]);
  expect(rows.length).toBeGreaterThan(80);
  const unexplained: string[] = [];
  for (const [code, name] of rows) {
    const printed = docs.filter((d) => d.pairs.some(([c, n]) => c === code && n === name));
    if (printed.length > 0) {
      for (const d of printed) expect(catalogOf(code, editionForYear(d.year)).nameMatches(code, name)).toBe(true);
      continue;
    }
    const misread = MISREAD.find(([c, n]) => c === code && n === name);
    if (!misread) {
      if (!BUILT_IN_EDITIONS.some((e) => catalogOf(code, e).nameMatches(code, name))) unexplained.push(`${code} ${name}`);
      continue;
    }
    const cat = catalogOf(code, 2024);
    const official = cat.name(code)!;
    // A misreading is never accepted as the name: the checker would warn on it.
    expect(cat.nameMatches(code, name)).toBe(false);
    if (misread[2] === 'cut') expect(official.startsWith(name)).toBe(true);
    if (misread[2] === 'shortened') expect(official).toContain(name);
    if (misread[2] === 'shifted') expect(cat.entries().some((e) => e.code !== code && e.name === name)).toBe(true);
    if (misread[2] === 'label') expect(cat.entries().some((e) => e.name === name)).toBe(false);
  }
  expect(unexplained).toEqual([]);
});

test('data/evidence.ts holds exactly the pairs the documents print (UPDATE_EVIDENCE=1 rewrites it)', () => {
  const generated = docs.map((d) => ({ ...d, pairs: [...d.pairs].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])) }));
  if (process.env.UPDATE_EVIDENCE === '1') {
    const body = generated
      .map(
        (d) =>
          `  {\n    doc: ${JSON.stringify(d.doc)},\n    kind: '${d.kind}',\n    year: ${d.year},\n    pairs: [\n${d.pairs.map(([c, n]) => `      ['${c}', ${JSON.stringify(n)}],`).join('\n')}\n    ],\n  },`,
      )
      .join('\n');
    writeFileSync(
      join(__dirname, '..', '..', 'src', 'domain', 'catalog', 'data', 'evidence.ts'),
      `// Generated by test/catalog/printedPairs.test.ts (UPDATE_EVIDENCE=1 npx jest test/catalog/printedPairs.test.ts), do not edit by hand.\n// The code–name pairs each seed and corpus document prints (copies in test/fixtures), for the entries' sources.\nexport const PRINTED_DOCUMENTS: ReadonlyArray<{\n  readonly doc: string;\n  readonly kind: 'seed' | 'corpus';\n  readonly year: number;\n  readonly pairs: ReadonlyArray<readonly [code: string, name: string]>;\n}> = [\n${body}\n];\n`,
    );
    return;
  }
  expect(PRINTED_DOCUMENTS).toEqual(generated);
});

test('entries printed in a document say so; the others are the official catalog as the team knows it', () => {
  const f = catalogsForYear(2024).functional;
  expect(f.get('2080115')?.source).toEqual({ kind: 'seed', doc: 'seeds/004_68c49af72df8697e.txt', year: 2024 });
  expect(f.get('2120104')?.source).toEqual({ kind: 'corpus', doc: 'corpus/shanghai/2024_普陀区万里街道办事处_部门预算.txt', year: 2024 });
  expect(f.get('2040604')?.source).toEqual({ kind: 'official', note: '官方科目表（团队所知）' });
  expect(catalogsForYear(2019).functional.get('2080504')?.source).toMatchObject({ kind: 'corpus', year: 2019 });
});
