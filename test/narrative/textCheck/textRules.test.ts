import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXT_RULES } from '../../../src/domain/narrative/textCheck/textRules';

// The text check as a whole: every rule file is listed once in TEXT_RULES and has its own test file.

const ruleFiles = readdirSync(join(__dirname, '..', '..', '..', 'src', 'domain', 'narrative', 'textCheck', 'rules'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

test('every text rule is listed once, with an id and a zh description', () => {
  const ids = TEXT_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(ruleFiles.length);
  for (const r of TEXT_RULES) expect(r.description).toMatch(/[\u4e00-\u9fff]/);
});

test('every text rule file has its own test file with a valid/invalid table', () => {
  const tests = new Set(readdirSync(__dirname));
  expect(ruleFiles.filter((f) => !tests.has(`${f}.test.ts`))).toEqual([]);
  for (const f of ruleFiles) {
    const source = readFileSync(join(__dirname, `${f}.test.ts`), 'utf8');
    expect([f, /\bvalid: \[/.test(source), /\binvalid: \[/.test(source)]).toEqual([f, true, true]);
  }
});
