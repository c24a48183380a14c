import { z } from 'zod';
import type { Finding } from '../findings/finding';
import { parseAmount } from '../read/parseAmount';
import { projectFinding } from './projectFinding';
import { Project, ProjectSchema, SubItem } from './project';
import { parseDateText } from './projectDates';
import { NarrativeStyle, NarrativeStyleSchema } from './projectNarrative';

// The structured list officers (and seeds/*.json) use to fill the project sheets. Amounts are in the
// list's unit (元 by default; 万元 for texts like the 项目经费情况说明), as numbers or printed strings
// ("10,153,278", "7767.77"). Converted to 分 here, at the boundary.

const amountInput = z.union([z.number(), z.string()]);
const optionalText = z.string().optional();

export const SubItemInputSchema = z.strictObject({
  name: z.string().min(1, '子项目名称不能为空'),
  amount: amountInput.nullable(),
});

export const IndicatorInputSchema = z.strictObject({
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  target: z.string(),
});

export const ProjectInputSchema = z.strictObject({
  name: z.string().min(1, '项目名称不能为空'),
  applicant: optionalText,
  category: optionalText,
  performanceType: optionalText,
  startDate: optionalText,
  endDate: optionalText,
  governmentPurchase: z.union([z.boolean(), z.enum(['是', '否'])]).optional(),
  overview: optionalText,
  basis: optionalText,
  necessity: optionalText,
  measures: optionalText,
  implementer: optionalText,
  plan: optionalText,
  cycle: optionalText,
  goal: optionalText,
  performance: optionalText,
  totalBudget: amountInput.nullable().optional(),
  budget: amountInput.nullable().optional(),
  budgetRemark: optionalText,
  previousBudget: amountInput.nullable().optional(),
  previousExecuted: amountInput.nullable().optional(),
  remark: optionalText,
  subItems: z.array(SubItemInputSchema).default([]),
  indicators: z.array(IndicatorInputSchema).default([]),
  // Reference data, not written to the sheets: how the published text reads.
  /** The heading as printed when it is not "{name}项目经费情况说明". */
  heading: optionalText,
  narrativeStyle: NarrativeStyleSchema.partial().optional(),
  /** The 年度预算安排 paragraph exactly as printed (null when the source lacks it). */
  printedBudgetText: z.string().nullable().optional(),
  /** Where the transcribed source is incomplete (lost pages, truncated lists). */
  gaps: z.array(z.string()).optional(),
});
export type ProjectInput = z.infer<typeof ProjectInputSchema>;

export const ProjectListSchema = z.strictObject({
  source: optionalText,
  year: z.number().int().min(2000, '年度应在 2000～2100 之间').max(2100, '年度应在 2000～2100 之间'),
  department: z.string().min(1, '编制部门不能为空'),
  unit: z.enum(['元', '万元']).default('元'),
  projects: z.array(z.unknown()),
});
export type ProjectList = z.infer<typeof ProjectListSchema>;

export interface ProjectEntry {
  readonly project: Project;
  readonly heading?: string;
  readonly narrativeStyle?: Partial<NarrativeStyle>;
  readonly printedBudgetText?: string | null;
  readonly gaps?: readonly string[];
}

export interface ImportedProjects {
  readonly year: number | null;
  readonly department: string | null;
  readonly source?: string;
  readonly entries: ProjectEntry[];
  readonly findings: Finding[];
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  boolean: 'true/false',
  array: '列表',
  object: '对象',
  int: '整数',
};

/** zod's issue in the catalog's language (zod's own wording is English). */
export function issueZh(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `缺少该字段（应为${TYPE_ZH[issue.expected] ?? issue.expected}）`
        : `应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_union':
      return '取值形式不对';
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `取值超出范围（${issue.message}）`;
    default:
      return issue.message;
  }
}

/** Validates a structured project list; an invalid project is skipped with findings, the rest kept. */
export function projectsFromList(input: unknown): ImportedProjects {
  const findings: Finding[] = [];
  const env = ProjectListSchema.safeParse(input);
  if (!env.success) {
    for (const issue of env.error.issues) {
      findings.push(
        projectFinding(
          'projects/import-invalid',
          'error',
          {},
          { index: 0, project: '（清单）', path: issuePath(issue.path), detail: issueZh(issue) },
        ),
      );
    }
    return { year: null, department: null, entries: [], findings };
  }
  const list = env.data;
  const fenPerUnit = list.unit === '万元' ? 1_000_000 : 100;
  const entries: ProjectEntry[] = [];
  list.projects.forEach((raw, i) => {
    const parsed = ProjectInputSchema.safeParse(raw);
    const label = typeof raw === 'object' && raw !== null && 'name' in raw ? String(raw.name) : `第 ${i + 1} 个`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        findings.push(
          projectFinding(
            'projects/import-invalid',
            'error',
            {},
            { index: i + 1, project: label, path: issuePath(issue.path), detail: issueZh(issue) },
          ),
        );
      }
      return;
    }
    const entry = entryFromInput(parsed.data, fenPerUnit, findings);
    if (entry) entries.push(entry);
  });
  return { year: list.year, department: list.department, ...(list.source ? { source: list.source } : {}), entries, findings };
}

function entryFromInput(p: ProjectInput, fenPerUnit: number, findings: Finding[]): ProjectEntry | null {
  const amount = (field: string, v: string | number | null | undefined): number | undefined => {
    if (v === null || v === undefined) return undefined;
    const r = parseAmount(v, fenPerUnit);
    if (r.ok) return r.fen ?? undefined;
    findings.push(projectFinding('projects/import-bad-amount', 'error', {}, { project: p.name, field, value: String(v) }));
    return undefined;
  };
  const date = (field: string, v: string | undefined, edge: 'start' | 'end'): string | undefined => {
    if (v === undefined || v.trim() === '') return undefined;
    const d = parseDateText(v, edge);
    if (d === null) findings.push(projectFinding('projects/import-bad-date', 'error', {}, { project: p.name, field, value: v }));
    return d ?? undefined;
  };
  const subItems: SubItem[] = p.subItems.map((s) => {
    const fen = amount(`子项目“${s.name}”金额`, s.amount);
    return { name: s.name.trim(), amount: fen ?? null };
  });
  const gp = p.governmentPurchase;
  const candidate = {
    name: p.name.trim(),
    applicant: p.applicant,
    category: p.category,
    performanceType: p.performanceType,
    startDate: date('计划开始日期', p.startDate, 'start'),
    endDate: date('计划完成日期', p.endDate, 'end'),
    governmentPurchase: gp === undefined ? undefined : gp === true || gp === '是',
    overview: p.overview,
    basis: p.basis,
    necessity: p.necessity,
    measures: p.measures,
    implementer: p.implementer,
    plan: p.plan,
    cycle: p.cycle,
    goal: p.goal,
    performance: p.performance,
    totalBudget: amount('项目总预算', p.totalBudget),
    budget: amount('当年预算', p.budget),
    budgetRemark: p.budgetRemark,
    previousBudget: amount('上年预算额', p.previousBudget),
    previousExecuted: amount('上年执行数', p.previousExecuted),
    remark: p.remark,
    subItems,
    indicators: p.indicators,
  };
  const compact: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(candidate)) if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) compact[k] = v;
  const project = ProjectSchema.safeParse(compact);
  if (!project.success) {
    for (const issue of project.error.issues) {
      findings.push(
        projectFinding(
          'projects/import-invalid',
          'error',
          {},
          { index: 0, project: p.name, path: issuePath(issue.path), detail: issueZh(issue) },
        ),
      );
    }
    return null;
  }
  return {
    project: project.data,
    ...(p.heading ? { heading: p.heading } : {}),
    ...(p.narrativeStyle ? { narrativeStyle: p.narrativeStyle } : {}),
    ...(p.printedBudgetText !== undefined ? { printedBudgetText: p.printedBudgetText } : {}),
    ...(p.gaps ? { gaps: p.gaps } : {}),
  };
}

/** The structured list for a set of projects (amounts in 元), e.g. to save what the text parser read. */
export function projectListFromProjects(args: {
  year: number;
  department: string;
  source?: string;
  projects: readonly Project[];
}): ProjectList & { projects: ProjectInput[] } {
  const yuan = (fen: number | undefined) => (fen === undefined ? undefined : fen / 100);
  return {
    ...(args.source ? { source: args.source } : {}),
    year: args.year,
    department: args.department,
    unit: '元',
    projects: args.projects.map((p) => {
      const { subItems, totalBudget, budget, previousBudget, previousExecuted, ...rest } = p;
      const out: Record<string, unknown> = { ...rest };
      if (totalBudget !== undefined) out.totalBudget = yuan(totalBudget);
      if (budget !== undefined) out.budget = yuan(budget);
      if (previousBudget !== undefined) out.previousBudget = yuan(previousBudget);
      if (previousExecuted !== undefined) out.previousExecuted = yuan(previousExecuted);
      out.subItems = subItems.map((s) => ({ name: s.name, amount: s.amount === null ? null : s.amount / 100 }));
      return ProjectInputSchema.parse(out);
    }),
  };
}
