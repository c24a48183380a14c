import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Code–name pairs as printed in the text of a published budget (pdftotext -layout or the seed
// transcriptions): a line that starts with a code — "208 01 01", "2080101" or "208  01  01" — and
// then a name. A name cut by the column width and continued alone on the next line is joined.

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export interface PrintedDocument {
  /** Path as under /work/shared: seeds/… or corpus/…; the copy is test/fixtures/<same path>. */
  readonly doc: string;
  readonly kind: 'seed' | 'corpus';
  readonly year: number;
  readonly pairs: ReadonlyArray<readonly [code: string, name: string]>;
}

// "301 2 津贴补贴": a 款 column formatted as a number drops the leading zero; spaced parts are padded.
const CODE = /^\s*[*＊]?\s*(\d{3})(?:(\d{2})(\d{2})?|\s+(\d{1,2})(?:\s+(\d{1,2}))?)?(?=\s)/;
const NAME = /^\s+[*＊]?\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()“”、]*)(.*)$/;
const CONTINUATION = /^\s*([\u4e00-\u9fff（）()]{1,14})\s*$/;
const AMOUNTS = /^[\d,.\-\s]*$/;

export function printedPairs(text: string): Array<readonly [string, string]> {
  const lines = text.split(/\r?\n/);
  const out: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  const nearIndex = (i: number, step: 1 | -1): number | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 2; j += step) if (lines[j]!.trim() !== '') return j;
    return undefined;
  };
  const near = (i: number, step: 1 | -1): string | undefined => {
    const j = nearIndex(i, step);
    return j === undefined ? undefined : CONTINUATION.exec(lines[j]!)?.[1];
  };
  // A code line with only amounts: its name is printed on the lines around it.
  const nameless = (j: number | undefined) => {
    const c = j === undefined ? null : CODE.exec(lines[j]!);
    return c !== null && AMOUNTS.test(lines[j!]!.slice(c[0].length));
  };
  lines.forEach((line, i) => {
    const c = CODE.exec(line);
    if (!c) return;
    const pad = (p: string | undefined) => (p === undefined ? '' : p.padStart(2, '0'));
    const code = c[1]! + (c[2] ?? pad(c[4])) + (c[3] ?? pad(c[5]));
    const after = line.slice(c[0].length);
    const m = NAME.exec(after);
    let name: string;
    if (m) {
      name = m[1]!;
      // A name cut by the column: only amounts follow, and the next line is a short CJK run.
      const j = nearIndex(i, 1);
      const next = AMOUNTS.test(m[2]!) && j !== undefined && !nameless(nearIndex(j, 1)) ? near(i, 1) : undefined;
      if (next !== undefined) name += next;
    } else {
      // A two-line name printed around the code line (the code vertically centred).
      const before = AMOUNTS.test(after) ? near(i, -1) : undefined;
      const next = before !== undefined ? near(i, 1) : undefined;
      if (before === undefined || next === undefined) return;
      name = before + next;
    }
    const key = `${code} ${name}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push([code, name]);
    }
  });
  return out;
}

/** The year a document is for: corpus files start with it; the seeds carry it in their titles. */
function yearOf(doc: string, text: string): number {
  const prefix = /(?:^|\/)(20\d\d)_/.exec(doc);
  if (prefix) return Number(prefix[1]);
  const title = /(20\d\d)年(?:部门|单位)?(?:财务)?收支预算总表|(20\d\d)年部门预算编制说明/.exec(text);
  if (!title) throw new Error(`无法确定 ${doc} 的年度`);
  return Number(title[1] ?? title[2]);
}

/** Every seed and corpus text copied under test/fixtures, with the pairs it prints. */
export function printedDocuments(): PrintedDocument[] {
  const docs: PrintedDocument[] = [];
  const add = (rel: string, kind: 'seed' | 'corpus') => {
    const text = readFileSync(join(FIXTURES, rel), 'utf8');
    const pairs = printedPairs(text);
    if (pairs.length > 0) docs.push({ doc: rel, kind, year: yearOf(rel, text), pairs });
  };
  for (const f of readdirSync(join(FIXTURES, 'seeds')).sort()) if (f.endsWith('.txt')) add(`seeds/${f}`, 'seed');
  for (const dir of ['shanghai', 'jiangsu'])
    for (const f of readdirSync(join(FIXTURES, 'corpus', dir)).sort()) if (f.endsWith('.txt')) add(`corpus/${dir}/${f}`, 'corpus');
  return docs;
}
