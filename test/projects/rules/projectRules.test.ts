import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_RULES } from '../../../src/domain/projects/rules/projectRules';

// The project rules as a whole: every rule file is listed once in PROJECT_RULES and has its own test file.

const ruleFiles = readdirSync(join(__dirname, '..', '..', '..', 'src', 'domain', 'projects', 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'projectRule.ts' && f !== 'projectRules.ts')
  .map((f) => f.replace(/\.ts$/, ''));

test('every project rule is listed once', () => {
  const ids = PROJECT_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(ruleFiles.length);
  expect(ids).toHaveLength(15);
});

test('every project rule file has its own test file with a valid/invalid table', () => {
  const tests = new Set(readdirSync(__dirname));
  expect(ruleFiles.filter((f) => !tests.has(`${f}.test.ts`))).toEqual([]);
  for (const f of ruleFiles) {
    const source = readFileSync(join(__dirname, `${f}.test.ts`), 'utf8');
    expect([f, /\bvalid: \[/.test(source), /\binvalid: \[/.test(source)]).toEqual([f, true, true]);
  }
});
