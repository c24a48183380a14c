import type { Severity } from '../../../src/domain/findings/finding';
import type { Indicator, Project } from '../../../src/domain/projects/project';
import type { ProjectCellField, ProjectRecord } from '../../../src/domain/projects/projectRecord';
import type { ProjectCheckContext, ProjectRule } from '../../../src/domain/projects/rules/projectRule';

// Table-driven project-rule tests in the manner of typescript-eslint's RuleTester: each rule gets
// valid project lists (no findings at all) and invalid ones (exactly the listed findings, in order).

export interface ProjectCase {
  readonly name: string;
  readonly projects: readonly ProjectRecord[];
  readonly ctx?: Partial<ProjectCheckContext>;
}

export interface ExpectedProjectFinding {
  /** Default: the fixture sheet; null: the finding has no sheet (a project from a list file). */
  readonly sheet?: string | null;
  /** null: the finding has no cell. */
  readonly cell?: string | null;
  readonly message: string | RegExp;
  /** 分 */
  readonly difference?: number;
}

export interface InvalidProjectCase extends ProjectCase {
  readonly findings: readonly ExpectedProjectFinding[];
}

export const SHEET = '项目支出绩效目标表';

const FIELDS: readonly ProjectCellField[] = [
  'name',
  'startDate',
  'endDate',
  'totalBudget',
  'budget',
  'previousBudget',
  'previousExecuted',
  'remark',
];

/**
 * The cells a project block occupies: its fields in D`top`… (name, 开始, 完成, 总预算, 当年预算, 上年预算额,
 * 上年执行数, 备注), then one row per sub-item (name C, amount D), then one row per indicator (A–D).
 */
export function cellsAt(top: number, project: Project): NonNullable<ProjectRecord['cells']> {
  const subTop = top + FIELDS.length;
  const indTop = subTop + project.subItems.length;
  return {
    fields: Object.fromEntries(FIELDS.map((f, i) => [f, `D${top + i}`])),
    budgetFormula: null,
    subItems: project.subItems.map((_, i) => ({ row: subTop + i, name: `C${subTop + i}`, amount: `D${subTop + i}` })),
    indicators: project.indicators.map((_, i) => ({
      level1: `A${indTop + i}`,
      level2: `B${indTop + i}`,
      level3: `C${indTop + i}`,
      target: `D${indTop + i}`,
    })),
  };
}

export const indicator = (level1: string, level2: string, level3: string, target: string): Indicator => ({
  level1,
  level2,
  level3,
  target,
});

/** A correct project: every rule passes it. Amounts in 分. */
export const BASE: Project = {
  name: '档案数字化',
  startDate: '2024-01-01',
  endDate: '2024-12-31',
  totalBudget: 10_000_000,
  budget: 6_000_000,
  subItems: [
    { name: '扫描', amount: 4_000_000 },
    { name: '著录', amount: 2_000_000 },
  ],
  indicators: [
    indicator('产出', '数量', '扫描页数', '≥100万页'),
    indicator('产出', '质量', '验收合格率', '≥98%'),
    indicator('效果', '社会效益', '查档便利程度', '明显提高'),
  ],
};

type RecordOptions = Partial<Omit<ProjectRecord, 'project' | 'cells'>> & { readonly top?: number; readonly located?: boolean };

/** A project record as read from the sheet with its block at row `top` (default 3); `over` replaces fields. */
export function record(over: Partial<Project> = {}, opts: RecordOptions = {}): ProjectRecord {
  const project: Project = { ...BASE, ...over };
  const { top = 3, located = true, ...rest } = opts;
  return { project, kind: 'performance', sheet: SHEET, year: 2024, unit: '元', cells: located ? cellsAt(top, project) : null, ...rest };
}

export function projectRuleTester(
  rule: ProjectRule,
  severity: Severity,
  cases: { valid: readonly ProjectCase[]; invalid: readonly InvalidProjectCase[] },
): void {
  const ctxOf = (c: ProjectCase): ProjectCheckContext => ({ year: 2024, budget: null, ...c.ctx });
  describe(`project rule ${rule.id}`, () => {
    test('is described as data', () => {
      expect(rule.id).toMatch(/^projects\/[a-z0-9-]+$/);
      expect(rule.severity).toBe(severity);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    });
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(rule.check(c.projects, ctxOf(c)).map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const got = rule.check(c.projects, ctxOf(c));
      expect(got.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toHaveLength(c.findings.length);
      got.forEach((f, i) => {
        const e = c.findings[i];
        if (!e) throw new Error(`unexpected finding ${f.message}`);
        expect(f.rule).toBe(rule.id);
        expect(f.severity).toBe(severity);
        expect(f.sheet).toBe(e.sheet === null ? undefined : (e.sheet ?? SHEET));
        if (e.cell !== undefined) expect(f.cell).toBe(e.cell ?? undefined);
        if (e.difference !== undefined) expect(f.difference).toBe(e.difference);
        expect(f.message).toMatch(e.message);
      });
    });
  });
}
