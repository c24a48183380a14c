import { z } from 'zod';

// One budget project (项目支出) as the two project sheets carry it: the 项目经费情况说明 block
// (2024 published text, section 七) and the 项目支出绩效目标表 block (2020 tables, seeds 000/001).
// Amounts are integer 分; text fields are absent when blank.

const fen = z.number().int();
const text = z.string().min(1);
/** ISO date: the reader and the importers normalise "2020.1.1", "2020年1月1日", Excel serials to this. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

export const SubItemSchema = z.object({
  name: text,
  /** null when the sheet names a sub-item but leaves its amount blank (a finding, not a throw). */
  amount: fen.nullable(),
});
export type SubItem = z.infer<typeof SubItemSchema>;

/** One 三级指标 row with its 一级/二级 parents spelled out; the tree is the row order. */
export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  target: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ProjectSchema = z.object({
  name: text,
  /** 申报单位名称 */
  applicant: text.optional(),
  /** 项目类别, e.g. 其他经常性项目 */
  category: text.optional(),
  /** 绩效类型, e.g. 其他类 */
  performanceType: text.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  /** 是否含有政府购买服务 */
  governmentPurchase: z.boolean().optional(),
  /** 项目概述 / 项目概况 */
  overview: text.optional(),
  /** 立项依据 */
  basis: text.optional(),
  /** 项目设立的必要性 */
  necessity: text.optional(),
  /** 保证项目实施的制度、措施 */
  measures: text.optional(),
  /** 实施主体 */
  implementer: text.optional(),
  /** 实施方案 / 项目实施计划 */
  plan: text.optional(),
  /** 实施周期 */
  cycle: text.optional(),
  /** 总目标及阶段性目标 */
  goal: text.optional(),
  /** 七、绩效目标 (the explanation's text, e.g. "详见单位的项目绩效目标表。") */
  performance: text.optional(),
  /** 项目总预算 */
  totalBudget: fen.optional(),
  /** 项目当年预算: Σ 子项目 when there are sub-items. */
  budget: fen.optional(),
  /** Words printed after the 当年预算 in 年度预算安排 ("，租赁270个座席，…"). */
  budgetRemark: text.optional(),
  /** 同名项目上年预算额 */
  previousBudget: fen.optional(),
  /** 同名项目上年预算执行数 */
  previousExecuted: fen.optional(),
  /** 备注 (explains e.g. an 执行数 above the 上年预算额) */
  remark: text.optional(),
  subItems: z.array(SubItemSchema),
  indicators: z.array(IndicatorSchema),
});
export type Project = z.infer<typeof ProjectSchema>;

export function subItemSum(project: Pick<Project, 'subItems'>): number {
  return project.subItems.reduce((s, i) => s + (i.amount ?? 0), 0);
}
