import { buildCheckSheet } from '../../src/domain/check/buildCheckSheet';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { ARITHMETIC_RULES } from '../../src/domain/check/rules';
import { rowIdentity } from '../../src/domain/check/rules/rowIdentity';
import { treeSum } from '../../src/domain/check/rules/treeSum';
import { ROOT_CAUSE_RULE_ID } from '../../src/domain/check/rootCause';
import { exp, set } from './support/ruleFixtures';

// check() makes only the checks with a difference and keeps none; that they all passed is kept, so
// the root-cause fold need not make them. checks() makes them all and keeps them for the 校验 sheet.
// What is made and kept changes the cost only, never the result (see also checkScope.test.ts).

test('after a clean check every arithmetic rule says all passed, and its checks are made again when asked', () => {
  const { parsed, context, findings } = checkSnapshots(exp());
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(ARITHMETIC_RULES.filter((r) => !r.allPassed(parsed, context)).map((r) => r.id)).toEqual([]);
  const made = treeSum.checks(parsed, context);
  // 208, 20801, 20805, 221 and 22102 in each of the three columns.
  expect(made.map((c) => c.at.cell)).toEqual([
    'E6',
    'F6',
    'G6',
    'E7',
    'F7',
    'G7',
    'E10',
    'F10',
    'G10',
    'E12',
    'F12',
    'G12',
    'E13',
    'F13',
    'G13',
  ]);
  expect(treeSum.checks(parsed, context)).toBe(made); // kept once asked for
  // Another context is another check: nothing is known to have passed there.
  const { parsed: again, context: other } = checkSnapshots(exp());
  expect(treeSum.allPassed(again, context)).toBe(false);
  expect(treeSum.allPassed(parsed, other)).toBe(false);
});

test('failing checks: their rules do not say all passed, and the fold finds the typed-over number', () => {
  const sheets = exp((r) => set(r, '2080101', 1, 400)); // 100 元 more than its 合计 and its 款 say
  const { parsed, context } = checkSnapshots(sheets);
  expect(treeSum.allPassed(parsed, context)).toBe(false);
  expect(rowIdentity.allPassed(parsed, context)).toBe(false); // 合计 300 ≠ 400 + 0 on the same row
  const all = checkAllSheets(sheets);
  const headline = all.findings.find((f) => f.rule === ROOT_CAUSE_RULE_ID);
  expect(headline?.cell).toBe('F8');
  expect(all.findings.filter((f) => f.causedBy === headline?.id).length).toBeGreaterThan(0);
});

test('findings and the 校验 sheet are the same whether the checks were kept for the sheet or made again', () => {
  for (const sheets of [
    exp(),
    exp((r) => set(r, '2080101', 1, 400)),
    exp((r) => set(r, '2080101', 1, 301)),
    exp((r) => set(r, '20805', 0, 90)),
  ]) {
    const plain = checkSnapshots(sheets);
    const kept = checkSnapshots(sheets, undefined, undefined, undefined, { keepChecks: true });
    expect(kept.findings).toEqual(plain.findings);
    expect(buildCheckSheet(kept.parsed, kept.context)).toEqual(buildCheckSheet(plain.parsed, plain.context));
    expect(ARITHMETIC_RULES.map((r) => r.checks(kept.parsed, kept.context).length)).toEqual(
      ARITHMETIC_RULES.map((r) => r.checks(plain.parsed, plain.context).length),
    );
  }
});
