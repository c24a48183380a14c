import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNarrative } from '../../src/domain/narrative/buildNarrative';
import { narrativeFromText } from '../../src/domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck } from '../../src/domain/narrative/checkNarrativeText';
import { parseMaterials } from '../../src/domain/narrative/materials';
import { buildNarrativeFacts } from '../../src/domain/narrative/narrativeFacts';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';

// Golden tests from corpus documents: with the level and style the officer picks in 说明素材, the
// generator writes the 财政拨款支出主要内容 list the document published, every figure of it; and the
// text check reads the generated list back without a finding.

const DIR = join(__dirname, '..', 'fixtures', 'corpus', 'shanghai');

/** The published list lines: "N. “…”科目X万元，主要用于…。" */
function publishedList(doc: string): string[] {
  const paragraphs = narrativeFromText(readFileSync(join(DIR, `${doc}.txt`), 'utf8')).paragraphs.map((p) => p.text);
  const start = paragraphs.findIndex((p) => p.startsWith('财政拨款支出主要内容'));
  const out: string[] = [];
  for (const p of paragraphs.slice(start + 1)) {
    if (!/^\d+\.\s*“/.test(p)) break;
    out.push(p.replace(/^(\d+)\.\s*/, '$1. '));
  }
  return out;
}

/** The purposes as the document words them, so the test is about figures and labels. */
function purposesOf(lines: readonly string[], codes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  lines.forEach((l, i) => {
    const m = /主要用于(.*?)。/.exec(l);
    const code = codes[i];
    if (m?.[1] !== undefined && code) out[code] = m[1];
  });
  return out;
}

async function generate(doc: string, texts: Record<string, string>) {
  const wb = readBudgetTables(await (await openXlsx(join(DIR, `${doc}.xlsx`))).readSheets()).workbook;
  const first = buildNarrativeFacts({ workbook: wb, materials: parseMaterials({ counts: {}, texts, amounts: {}, purposes: {} }) });
  const facts = first.facts!;
  const codes = facts.lines.filter((l) => l.code.length === 7).map((l) => l.code);
  const published = publishedList(doc);
  const withPurposes = { ...facts, purposes: purposesOf(published, codes) };
  const lines = buildNarrative(withPurposes)
    .paragraphs.filter((p) => p.kind === 'item' && p.section === 'budget')
    .map((p) => p.text);
  return { lines, published, facts: withPurposes };
}

test('普陀区人民政府办公室 2025: 项 level joined with "-", 万元 with two decimals, trailing zeros dropped', async () => {
  const { lines, published, facts } = await generate('2025_普陀区人民政府办公室_部门预算', {
    'list.level': '项',
    'list.style': '短横线连接',
    'list.figures': '万元两位小数去尾零',
    'list.compare': '不比较',
  });
  expect(published).toHaveLength(12);
  expect(lines).toEqual(published);
  expect(narrativeTextCheck(narrativeFromText(['财政拨款支出主要内容如下：', ...lines].join('\n')), facts).findings).toEqual([]);
});

test("普陀区万里街道 2025: 项 level marked （类）（款）（项）, two decimals without separators; the generator writes the table's own 款 on line 21", async () => {
  const { lines, published, facts } = await generate('2025_普陀区万里街道办事处_部门预算', {
    'list.level': '项',
    'list.style': '类款项标注',
    'list.figures': '万元两位小数不分节',
    'list.compare': '不比较',
  });
  expect(published).toHaveLength(33);
  // Every figure of the published list, in order.
  const figures = (ls: readonly string[]) => ls.map((l) => /”科目([\d,.]+)万元/.exec(l)?.[1]);
  expect(figures(lines)).toEqual(figures(published));
  // Every line word for word, except 21, where the document misnames the 款 (see corpusText.test.ts).
  const differing = lines.map((l, i) => [l, published[i]] as const).filter(([a, b]) => a !== b);
  expect(differing).toEqual([
    [
      '21. “卫生健康支出（类）计划生育事务（款）计划生育服务（项）”科目20.00万元，主要用于计划生育事务。',
      '21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元，主要用于计划生育事务。',
    ],
  ]);
  expect(narrativeTextCheck(narrativeFromText(['财政拨款支出主要内容如下：', ...lines].join('\n')), facts).findings).toEqual([]);
});

test('上海市财政局 2025: 类 level by name, whole 万元', async () => {
  const { lines } = await generate('2025_上海市财政局_单位预算', { 'list.figures': '万元取整' });
  expect(lines.map((l) => /^(\d+\. “[^”]+”科目[\d,]+万元)/.exec(l)?.[1])).toEqual([
    '1. “一般公共服务支出”科目12,789万元',
    '2. “社会保障和就业支出”科目1,756万元',
    '3. “卫生健康支出”科目467万元',
    '4. “住房保障支出”科目2,180万元',
  ]);
});
