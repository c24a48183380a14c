import { compareFindings, findingKey } from '../../src/domain/compare/compareFindings';
import type { Finding } from '../../src/domain/findings/finding';

const f = (
  rule: string,
  sheet: string,
  code: string | undefined,
  column: string | undefined,
  cell: string,
  message = `${rule} ${code ?? ''}`,
): Finding => ({
  rule,
  severity: 'error',
  sheet,
  cell,
  ...(code ? { code } : {}),
  ...(column ? { column } : {}),
  message,
});

test('broken, fixed and unchanged are keyed by rule, sheet, code and column — not by cell', () => {
  const before = [
    f('treeSum', '3 支出预算总表', '20801', 'basic', 'F10'),
    f('rowIdentity', '2 收入预算总表', '2080104', 'total', 'E13'),
    f('summaryBalance', '1 财务收支预算总表', undefined, undefined, 'B12'),
  ];
  const after = [
    // Same finding, its row moved down by an inserted row: unchanged.
    f('treeSum', '3 支出预算总表', '20801', 'basic', 'F11', 'moved'),
    // Same rule and code, another column: a new problem.
    f('treeSum', '3 支出预算总表', '20801', 'project', 'G11'),
    f('summaryBalance', '1 财务收支预算总表', undefined, undefined, 'B12'),
  ];
  const diff = compareFindings(before, after);
  expect(diff.broken).toEqual([after[1]]);
  expect(diff.fixed).toEqual([before[1]]);
  // The returned workbook's finding is kept: its cell is where the officer must look now.
  expect(diff.unchanged).toEqual([after[0], after[2]]);
  expect(findingKey(after[0]!)).toBe(findingKey(before[0]!));
});

test('repeated keys pair one to one', () => {
  const a = f('codeDuplicate', '2 收入预算总表', '2080101', undefined, 'A11');
  const b = f('codeDuplicate', '2 收入预算总表', '2080101', undefined, 'A12');
  const diff = compareFindings([a], [a, b]);
  expect(diff.unchanged).toEqual([a]);
  expect(diff.broken).toEqual([b]);
  expect(diff.fixed).toEqual([]);
  expect(compareFindings([a, b], [b]).fixed).toEqual([b]);
});
