// Row labels of the two project sheets. The builders write these; the reader recognises them (and the
// variants printed in the 2019/2020/2024 editions) after normalizeProjectLabel.

export const EXPLANATION_LABELS = {
  name: '项目名称',
  overview: '一、项目概述',
  basis: '二、立项依据',
  implementer: '三、实施主体',
  plan: '四、实施方案',
  cycle: '五、实施周期',
  budgetSection: '六、年度预算安排',
  seq: '序号',
  subItemName: '子项目名称',
  subItemAmount: '金额（万元）',
  budget: '当年预算合计',
  budgetRemark: '预算说明',
  performance: '七、绩效目标',
} as const;

export const PERFORMANCE_LABELS = {
  applicant: '申报单位名称',
  name: '项目名称',
  category: '项目类别',
  startDate: '计划开始日期',
  endDate: '计划完成日期',
  governmentPurchase: '是否含有政府购买服务',
  performanceType: '绩效类型',
  overview: '项目概况',
  basis: '立项依据',
  necessity: '项目设立的必要性',
  measures: '保证项目实施的制度、措施',
  plan: '项目实施计划',
  goal: '总目标及阶段性目标',
  fundsSection: '本项目上年度市级财政资金使用情况',
  totalBudget: '项目总预算（元）',
  budget: '项目当年预算（元）',
  previousBudget: '同名项目上年预算额（元）',
  previousExecuted: '同名项目上年预算执行数（元）',
  subItemsSection: '项目资金投入构成',
  subItemName: '子项目名称',
  subItemAmount: '预算金额（元）',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  target: '指标目标值',
  remark: '备注',
} as const;

/** Field a label cell introduces. */
export type LabelField =
  | 'applicant'
  | 'name'
  | 'category'
  | 'performanceType'
  | 'startDate'
  | 'endDate'
  | 'governmentPurchase'
  | 'overview'
  | 'basis'
  | 'necessity'
  | 'measures'
  | 'implementer'
  | 'plan'
  | 'cycle'
  | 'goal'
  | 'performance'
  | 'totalBudget'
  | 'budget'
  | 'previousBudget'
  | 'previousExecuted'
  | 'budgetRemark'
  | 'remark'
  | 'budgetSection'
  | 'fundsSection'
  | 'subItemsSection'
  | 'targetsSection'
  | 'seq'
  | 'subItemName'
  | 'subItemAmount'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target';

const LABEL_PATTERNS: ReadonlyArray<readonly [LabelField, RegExp]> = [
  ['applicant', /^申报单位(名称)?$/],
  ['name', /^项目名称$/],
  ['category', /^项目(类别|类型)$/],
  ['performanceType', /^绩效类型$/],
  ['startDate', /^(计划开始日期|开始时间|开始日期)$/],
  ['endDate', /^(计划完成日期|结束时间|完成日期)$/],
  ['governmentPurchase', /^是否含有?政府购买服务$/],
  ['overview', /^项目概[述况]$/],
  ['basis', /^立项依据$/],
  ['necessity', /^项目设立的必要性$/],
  ['measures', /^保证项目实施的制度[、，,]?措施$/],
  ['implementer', /^实施主体$/],
  ['plan', /^(实施方案|项目实施计划)$/],
  ['cycle', /^实施周期$/],
  ['goal', /^(总目标及阶段性目标|项目总目标)$/],
  ['performance', /^绩效目标$/],
  ['budgetSection', /^年度预算安排$/],
  ['totalBudget', /^项目总预算(（万?元）)?$/],
  ['budget', /^(项目当年预算|当年预算合计|当年预算)(（万?元）)?$/],
  ['previousBudget', /^同名项目上年预算额(（万?元）)?$/],
  ['previousExecuted', /^同名项目上年预算执行数(（万?元）)?$/],
  ['budgetRemark', /^预算说明$/],
  ['remark', /^备注$/],
  ['fundsSection', /^本项目上年度市级财政资金使用情况$/],
  ['subItemsSection', /^项目(当年投入)?资金(投入)?构成$/],
  ['targetsSection', /^(\d{4})年(度)?绩效目标$/],
  ['seq', /^序号$/],
  ['subItemName', /^子项目名称$/],
  ['subItemAmount', /^(预算)?金额(（万?元）)?$/],
  ['level1', /^一级(指标|目标)$/],
  ['level2', /^二级(指标|目标)$/],
  ['level3', /^三级(指标|目标)$/],
  ['target', /^指标(目标)?值$/],
];

/** "七、绩效目标：" → "绩效目标"; "项目总预算(元)：" → "项目总预算（元）". */
export function normalizeProjectLabel(v: unknown): string {
  if (typeof v !== 'string') return '';
  return v
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[:：]+$/, '')
    .replace(/^[一二三四五六七八九十]+、/, '');
}

export function labelField(v: unknown): LabelField | null {
  const t = normalizeProjectLabel(v);
  if (t === '' || t.length > 24) return null;
  for (const [field, re] of LABEL_PATTERNS) if (re.test(t)) return field;
  return null;
}

/** The unit a label names ("项目总预算（元）" → 元), if any. */
export function labelUnit(v: unknown): '元' | '万元' | null {
  const t = normalizeProjectLabel(v);
  if (/（万元）$/.test(t)) return '万元';
  if (/（元）$/.test(t)) return '元';
  return null;
}
