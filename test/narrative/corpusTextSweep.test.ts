import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { narrativeFromText, type NarrativeText } from '../../src/domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck } from '../../src/domain/narrative/checkNarrativeText';
import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import type { CheckedFigure } from '../../src/domain/narrative/textCheck/textRule';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';

// Every figure of the published 编制说明 that the text check verifies, misstated. For each of the
// five Shanghai corpus documents, each figure found right against its tables is changed in turn in
// its paragraph: the number raised by 10 (万元, or percentage points for a rate; a "为0" becomes
// "为10万元"), and for a comparison with last year also its direction turned (增加 ↔ 减少, 持平 →
// 增长10.00%). Each change must give a new error or warning. (The figures the check cannot verify
// are listed as unchecked, not silently passed: see corpusText.test.ts.)

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const DIR = join(CORPUS, 'shanghai');

interface Sweep {
  readonly verified: number;
  readonly planted: number;
  /** "paragraph: text -> misstated text" for a change that gave no new error or warning. */
  readonly missed: string[];
}

/** f.text with the written figure (the last number in it equal to f.figure) raised by 10; null when there is none. */
function raised(f: CheckedFigure): string | null {
  const m = [...f.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].filter((x) => Number(x[0].replace(/,/g, '')) === f.figure).pop();
  if (!m || m.index === undefined) return null;
  const decimals = m[0].split('.')[1]?.length ?? 0;
  const rest = f.text.slice(m.index + m[0].length);
  const unit = /^\s*(万\s*元|元|亿元|%)/.test(rest) ? '' : '万元';
  return `${f.text.slice(0, m.index)}${(f.figure + 10).toFixed(decimals)}${unit}${rest}`;
}

/** A comparison with its direction turned; null for a figure that states none. */
function turned(f: CheckedFigure): string | null {
  if (f.rule !== 'narrative-check/comparisons') return null;
  if (f.text.includes('持平')) return f.text.replace('持平', '增长10.00%');
  if (/增加|增长/.test(f.text)) return f.text.replace(/增加|增长/, '减少');
  if (/减少|下降/.test(f.text)) return f.text.replace(/减少|下降/, '增加');
  return null;
}

async function sweep(doc: string, previous?: string, textFile = join(DIR, `${doc}.txt`), dir = DIR): Promise<Sweep> {
  const sheets = await (await openXlsx(join(dir, `${doc}.xlsx`))).readSheets();
  const previousSheets = previous ? await (await openXlsx(join(dir, `${previous}.xlsx`))).readSheets() : undefined;
  const { facts } = narrativeFromSheets({ sheets, ...(previousSheets ? { previousSheets } : {}) });
  if (!facts) throw new Error(`${doc}: no facts`);
  const text = narrativeFromText(readFileSync(textFile, 'utf8'));
  const base = narrativeTextCheck(text, facts);
  const before = new Set(base.findings.map((f) => f.message));
  const verified = base.figures.filter((f) => f.verdict === 'ok' && f.table !== null);
  let planted = 0;
  const missed: string[] = [];
  for (const f of verified) {
    for (const misstated of [raised(f), turned(f)]) {
      if (misstated === null) continue;
      const paragraph = text.paragraphs[f.paragraph - 1];
      if (!paragraph?.text.includes(f.text)) throw new Error(`第 ${f.paragraph} 段中没有“${f.text}”`);
      const edited: NarrativeText = {
        ...text,
        paragraphs: text.paragraphs.map((p, i) => (i === f.paragraph - 1 ? { ...p, text: p.text.replace(f.text, misstated) } : p)),
      };
      planted++;
      const found = narrativeTextCheck(edited, facts).findings.some((x) => x.severity !== 'info' && !before.has(x.message));
      if (!found) missed.push(`${f.paragraph}: ${f.text} -> ${misstated}`);
    }
  }
  return { verified: verified.length, planted, missed };
}

test.each([
  // Document, the year before (for its comparisons), figures verified, misstatements planted.
  ['2024_普陀区万里街道办事处_部门预算', undefined, 114, 141],
  ['2025_普陀区万里街道办事处_部门预算', '2024_普陀区万里街道办事处_部门预算', 60, 66],
  ['2025_普陀区人民政府办公室_部门预算', undefined, 29, 29],
  ['2025_普陀区人民政府办公室_单位预算', undefined, 29, 29],
  ['2025_上海市财政局_单位预算', undefined, 21, 21],
] as const)('%s: every verified figure of the 编制说明, misstated, is reported', async (doc, previous, verified, planted) => {
  expect(await sweep(doc, previous)).toEqual({ verified, planted, missed: [] });
});

test.each([
  // 江苏 2019: the workbook, its 部门预算情况说明 (the published document as extracted), figures verified, planted.
  ['2019_中共江苏省委办公厅', '2019_江苏省委办公厅_江苏省委办公厅2019年度部门预算公开文件', 52, 52],
  ['2019_江苏省人大常委会办公厅', '2019_江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开', 64, 64],
  ['2019_江苏省人民检察院', '2019_江苏省人民检察院_2019年度部门预算公开', 47, 47],
  ['2019_江苏省政协办公厅', '2019_江苏省政协办公厅_江苏省政协办公厅2019年度部门预算', 60, 60],
] as const)('%s (江苏): every verified figure of the 情况说明, misstated, is reported', async (doc, text, verified, planted) => {
  const dir = join(CORPUS, 'jiangsu');
  expect(await sweep(doc, undefined, join(dir, `${text}.txt`), dir)).toEqual({ verified, planted, missed: [] });
});
