import { checkContext, CheckContext } from '../../../src/domain/check/checkContext';
import { sortFindings } from '../../../src/domain/check/checkWorkbook';
import type { CheckRule } from '../../../src/domain/check/rule';
import type { Finding, Severity } from '../../../src/domain/findings/finding';
import { readBudgetTables } from '../../../src/domain/read/readBudgetTables';
import type { SheetSnapshot } from '../../../src/domain/port/workbookPort';

// Table-driven rule tests in the manner of typescript-eslint's RuleTester: each rule gets valid
// workbooks (no findings at all) and invalid ones (exactly the listed findings, in order, each with
// its severity, sheet, cell and rendered message).

export type Sheets = SheetSnapshot[] | (() => SheetSnapshot[] | Promise<SheetSnapshot[]>);

export interface ValidCase {
  readonly name: string;
  readonly sheets: Sheets;
  readonly ctx?: Partial<CheckContext>;
}

export interface ExpectedFinding {
  /** Default: the rule's id ('rounding' for a 尾差). */
  readonly rule?: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly code?: string;
  readonly column?: string;
  /** The rendered message: the whole text, or a pattern where the text is long and the test is about part of it. */
  readonly message: string | RegExp;
  /** 分 */
  readonly difference?: number;
  /** 分 */
  readonly expected?: number;
  /** 分 */
  readonly actual?: number;
  /** The message parameters that matter (the others are not compared). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

export async function runRule(rule: CheckRule, sheets: Sheets, ctx?: Partial<CheckContext>): Promise<Finding[]> {
  const snaps = typeof sheets === 'function' ? await sheets() : sheets;
  const { workbook, findings: readFindings } = readBudgetTables(snaps);
  // The reader must have understood the fixture; otherwise the rule test proves nothing.
  expect(readFindings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  return sortFindings(
    rule.check(workbook, checkContext(workbook, ctx)),
    snaps.map((x) => x.name),
  );
}

function pick(f: Finding, e: Omit<ExpectedFinding, 'message'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['rule', 'severity', 'sheet', 'cell', 'code', 'column', 'difference', 'expected', 'actual'] as const)
    if (k in e) out[k] = f[k];
  if (e.params) out.params = Object.fromEntries(Object.keys(e.params).map((k) => [k, f.params?.[k]]));
  return out;
}

export function ruleTester(rule: CheckRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    test('is described as data', () => {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    });
    if (cases.valid.length > 0) {
      test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', async (_n, c) => {
        expect((await runRule(rule, c.sheets, c.ctx)).map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
      });
    }
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_n, c) => {
      const got = await runRule(rule, c.sheets, c.ctx);
      expect(got.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toHaveLength(c.findings.length);
      c.findings.forEach((e, i) => {
        const f = got[i]!;
        const { message, ...rest } = e;
        const expected: Omit<ExpectedFinding, 'message'> = { rule: rule.id, ...rest };
        expect(pick(f, expected)).toEqual(expected);
        if (typeof message === 'string') expect(f.message).toBe(message);
        else expect(f.message).toMatch(message);
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  });
}
