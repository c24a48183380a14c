import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { ALL_RULES } from '../../src/domain/check/rules';
import { renderMessage } from '../../src/domain/findings/messages';
import { exp } from './support/ruleFixtures';
import { Cell, snapshot } from './support/snapshots';

// The rule set as a whole: every rule listed once, worded in the catalog and tested in its own file
// (test/check/rules/<file>.test.ts); and the checks that need more than one rule or the whole pipeline.

const RULES_DIR = join(__dirname, '..', '..', 'src', 'domain', 'check', 'rules');
const TESTS_DIR = join(__dirname, 'rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

test('every rule has a file, a zh description, and catalog wording', () => {
  const ids = ALL_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  // 24 + the four province-edition rules (form-identity, outline-sum, table-tie, table-bound) + summary-breakdown-blank, empty-table-note
  expect(ids).toHaveLength(30);
  expect(ruleFiles).toHaveLength(ids.length);
  for (const id of [...ids, 'rounding']) expect(() => renderMessage(id, {})).not.toThrow();
});

test('every rule file has its own test file with a valid/invalid table', () => {
  const tests = new Set(readdirSync(TESTS_DIR));
  expect(ruleFiles.filter((f) => !tests.has(`${f}.test.ts`))).toEqual([]);
  for (const f of ruleFiles) {
    const source = readFileSync(join(TESTS_DIR, `${f}.test.ts`), 'utf8');
    expect([f, /\bvalid: \[/.test(source), /\binvalid: \[/.test(source)]).toEqual([f, true, true]);
  }
});

test('snapshot helper sanity: a one-row sheet', () => {
  expect(snapshot('x', [[1, { f: '=A1' }]]).formulas[0]).toEqual([null, '=A1']);
});

test("a workbook's own 科目表 sheet (an imported official catalog) is what codes are checked against", () => {
  const sheets = exp((r) => ((r[3] as unknown as Cell[])[0] = '2080198'));
  const unknown = (s: ReturnType<typeof exp>) =>
    checkSnapshots(s)
      .findings.filter((f) => f.rule === 'code-unknown')
      .map((f) => f.code);
  expect(unknown(sheets)).toEqual(['2080198']);
  const catalogSheet = snapshot('科目表', [
    ['2024年政府收支分类科目（导入）'],
    ['分类', '科目编码', '科目名称'],
    ['支出功能分类', '2080198', '一般行政管理事务'],
  ]);
  expect(unknown([...sheets, catalogSheet])).toEqual([]);
});
