import { DEMO_MATERIALS_2024, previousFromSeed } from '../../../src/cli/demoNarrative';
import type { Severity } from '../../../src/domain/findings/finding';
import { NARRATIVE_SHEET, narrativeFromText, type NarrativeText } from '../../../src/domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck } from '../../../src/domain/narrative/checkNarrativeText';
import type { NarrativeFacts } from '../../../src/domain/narrative/facts';
import { EMPTY_MATERIALS, type Materials } from '../../../src/domain/narrative/materials';
import { narrativeFromSheets } from '../../../src/domain/narrative/narrativeFromSheets';
import type { PreviousYearFigures } from '../../../src/domain/narrative/previousYear';
import type { Verdict } from '../../../src/domain/narrative/textCheck/judgeFigure';
import type { TextRule } from '../../../src/domain/narrative/textCheck/textRule';
import { demo2024, seedJson, workbookWithMaterials } from '../support';

// Table-driven tests of the text-check rules in the manner of typescript-eslint's RuleTester: each
// rule is run alone on a 编制说明 against the facts of a workbook built like `budget demo` builds it.
// Valid texts give no finding of the rule and every figure it checked is right; invalid ones give
// exactly the listed findings (and figures), in order.

export const PREVIOUS_2024: PreviousYearFigures = previousFromSeed(seedJson('sh-hrss-2024-previous.json'));

/**
 * The same 上年数 with figures for some 类 as an officer enters them on the sheet: 上年预算 of 205 and
 * 221, 上年当年预算执行数 of 205, 210 (nothing spent) and 221.
 */
export const PREVIOUS_2024_WITH_LINES: PreviousYearFigures = {
  ...PREVIOUS_2024,
  classes: { '205': { fen: 48_000_000_000, name: '教育支出' }, '221': { fen: 16_000_000_000, name: '住房保障支出' } },
  executed: { '205': { fen: 47_000_000_000 }, '210': { fen: 0 }, '221': { fen: 16_000_000_000 } },
};

/** The facts of the demo workbook (上海市人社局 2024) with the given 上年数 and 说明素材 sheets laid in. */
export async function demoFacts(
  previous: PreviousYearFigures = PREVIOUS_2024,
  materials: Materials = DEMO_MATERIALS_2024,
): Promise<NarrativeFacts> {
  const wb = await workbookWithMaterials(demo2024, previous, materials);
  const facts = narrativeFromSheets({ sheets: await wb.readSheets() }).facts;
  if (!facts) throw new Error('demoFacts: 示例工作簿没有读出说明所需的数');
  return facts;
}

/** Facts built the first time a case asks for them, then shared by the cases of the file. */
export function factsOnce(build: () => Promise<NarrativeFacts>): () => Promise<NarrativeFacts> {
  let made: Promise<NarrativeFacts> | null = null;
  return () => (made ??= build());
}

/** demoFacts() with the demo's own 上年数 and 说明素材. */
export const standardFacts = factsOnce(() => demoFacts());

/** The demo workbook with an empty 说明素材 sheet: no procurement, 绩效 or asset figures to check against. */
export const factsWithoutMaterials = factsOnce(() => demoFacts(PREVIOUS_2024, EMPTY_MATERIALS));

export interface TextCase {
  readonly name: string;
  /** The paragraphs, in order (a heading first where the section matters). */
  readonly text: readonly string[];
  /** The paragraphs on the 编制说明 sheet in A1, A2, …: findings then name that sheet and cell. */
  readonly onSheet?: boolean;
  /** Default: standardFacts(). */
  readonly facts?: () => Promise<NarrativeFacts>;
}

/** One figure the rule checked. */
export interface ExpectedFigure {
  readonly verdict: Verdict;
  /** The figure as written (万元, or %). */
  readonly figure: number;
  /** What the tables, 上年数 or 说明素材 give; null when nothing does. */
  readonly table: number | null;
  /** The table cell ("5 一般公共预算支出功能分类!E6"); null when not from a cell. */
  readonly cell: string | null;
  /** The words and figure as written, when it matters. */
  readonly text?: string;
  readonly claim?: string;
}

export interface ExpectedTextFinding {
  /** The finding's message id ("narrative-check/figure-mismatch"). */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string | RegExp;
  /** Compared when given (undefined: the finding names no sheet). */
  readonly sheet?: string | undefined;
  readonly cell?: string | undefined;
  /** 分 */
  readonly expected?: number;
  /** 分 */
  readonly actual?: number;
  /** 分 */
  readonly difference?: number;
}

export interface ValidTextCase extends TextCase {
  /**
   * The figures the rule checked: right ('ok', the default) or, with nothing to check them against,
   * only listed ('info'). Omitted: not compared (none of them may be wrong either way).
   */
  readonly figures?: ReadonlyArray<Omit<ExpectedFigure, 'verdict'> & { readonly verdict?: 'ok' | 'info' }>;
  /** How many figures the rule checked, for a long text whose figures are not listed one by one. */
  readonly figureCount?: number;
}

export interface InvalidTextCase extends TextCase {
  readonly findings: readonly ExpectedTextFinding[];
  /** The figures the rule checked, right or wrong, when they matter. */
  readonly figures?: readonly ExpectedFigure[];
}

function input(c: TextCase): NarrativeText {
  if (!c.onSheet) return narrativeFromText(c.text.join('\n'));
  return { sheet: NARRATIVE_SHEET, paragraphs: c.text.map((text, i) => ({ text, cell: `A${i + 1}` })) };
}

export async function runTextRule(rule: TextRule, c: TextCase) {
  const facts = await (c.facts ?? standardFacts)();
  const paragraphs = input(c);
  // The text must read as the case means it: one paragraph per entry.
  expect(paragraphs.paragraphs.map((p) => p.text)).toEqual(c.text);
  return narrativeTextCheck(paragraphs, facts, [rule]);
}

function pickFigure(f: ExpectedFigure, got: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(f).map((k) => [k, got[k]]));
}

export function textRuleTester(rule: TextRule, cases: { valid: readonly ValidTextCase[]; invalid: readonly InvalidTextCase[] }): void {
  describe(`text rule ${rule.id}`, () => {
    test('is described as data', () => {
      expect(rule.id).toMatch(/^narrative-check\/[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    });
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', async (_n, c) => {
      const r = await runTextRule(rule, c);
      expect(r.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
      expect(r.figures.filter((f) => f.verdict === 'warning' || f.verdict === 'error')).toEqual([]);
      expect(r.figures.every((f) => f.rule === rule.id)).toBe(true);
      if (c.figureCount !== undefined) expect(r.figures).toHaveLength(c.figureCount);
      if (c.figures === undefined) return;
      const want: ExpectedFigure[] = c.figures.map((f) => ({ ...f, verdict: f.verdict ?? 'ok' }));
      expect(r.figures.map((f, i) => pickFigure(want[i] ?? { verdict: 'ok', figure: 0, table: null, cell: null }, { ...f }))).toEqual(want);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_n, c) => {
      const r = await runTextRule(rule, c);
      expect(r.findings.map((f) => `${f.rule} ${f.message}`)).toHaveLength(c.findings.length);
      c.findings.forEach((e, i) => {
        const f = r.findings[i];
        if (!f) throw new Error(`missing finding ${i}`);
        const { message, ...rest } = e;
        expect(Object.fromEntries(Object.keys(rest).map((k) => [k, f[k as keyof typeof f]]))).toEqual(rest);
        if (typeof message === 'string') expect(f.message).toBe(message);
        else expect(f.message).toMatch(message);
      });
      if (c.figures) {
        const want = c.figures;
        expect(r.figures.map((f, i) => pickFigure(want[i] ?? { verdict: 'ok', figure: 0, table: null, cell: null }, { ...f }))).toEqual(
          want,
        );
      }
    });
  });
}
