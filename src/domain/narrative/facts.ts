import type { Fen } from '../money';

// Everything the 编制说明 states, as plain data: each figure with its source cell, last year's
// figure where known, counts and texts from the 说明素材 sheet. The wording never holds a number.

/** Where a figure was read from. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** Figures the narrative states in 万元 (held in 分). */
export const AMOUNT_KEYS = [
  'income.total',
  'income.fiscal',
  'income.business',
  'income.operating',
  'income.other',
  'expenditure.total',
  'expenditure.fiscal',
  'expenditure.generalPublic',
  'expenditure.govFund',
  'expenditure.stateCapital',
  'sangong.total',
  'sangong.abroad',
  'sangong.reception',
  'sangong.vehicle',
  'sangong.vehiclePurchase',
  'sangong.vehicleOperation',
  'office',
  'procurement.total',
  'procurement.goods',
  'procurement.works',
  'procurement.services',
  'procurement.sme',
  'procurement.smeSmall',
  'performance.funds',
  'project.total',
  // The totals of a 收支预算总表 that sets 当年 apart from 上年结转 and 结转下年 (江苏), and its
  // 支出用途 (基本支出, 项目支出, 单位预留机动经费): given by a province edition's data.
  'summary.incomeTotal',
  'summary.currentIncome',
  'summary.fiscal',
  'summary.generalPublic',
  'summary.govFund',
  'summary.specialAccount',
  'summary.otherFunds',
  'summary.carryIn',
  'summary.expenditureTotal',
  'summary.currentExpenditure',
  'summary.carryOut',
  'uses.basic',
  'uses.project',
  'uses.reserve',
  'fiscal.basic',
  'generalPublic.basic',
  // 基本支出 split as 人员经费 (工资福利支出, 对个人和家庭的补助) and 公用经费 (the other 类), where
  // the text states the split of a 基本支出 table by 经济分类 (江苏's 财政拨款 and 一般公共预算).
  'fiscal.personnel',
  'fiscal.public',
  'generalPublic.personnel',
  'generalPublic.public',
  // 会议费 and 培训费, where the 三公 table prints them beside the 三公 (江苏).
  'meeting',
  'training',
] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/** The figures a 上年数 sheet (or last year's workbook) can give. */
export const PREVIOUS_KEYS = [
  'income.total',
  'income.fiscal',
  'income.business',
  'income.operating',
  'income.other',
  'expenditure.total',
  'expenditure.fiscal',
  'expenditure.generalPublic',
  'expenditure.govFund',
  'expenditure.stateCapital',
  'sangong.total',
  'sangong.abroad',
  'sangong.reception',
  'sangong.vehicle',
  'sangong.vehiclePurchase',
  'sangong.vehicleOperation',
  'office',
] as const satisfies readonly AmountKey[];
export type PreviousKey = (typeof PREVIOUS_KEYS)[number];

/** 公务用车 categories as listed in 国有资产占有使用情况. */
export const VEHICLE_CATEGORIES = [
  ['ministerial', '部级领导干部用车'],
  ['principal', '主要领导干部用车'],
  ['confidential', '机要通信用车'],
  ['emergency', '应急保障用车'],
  ['enforcement', '执法执勤用车'],
  ['special', '特种专业技术用车'],
  ['retired', '离退休干部用车'],
  ['other', '其他用车'],
] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number][0];

export type CountKey =
  | 'office.agencies'
  | 'office.civilServiceUnits'
  | 'performance.units'
  | 'performance.projects'
  | `assets.held.${VehicleCategory | 'total'}`
  | `assets.planned.${VehicleCategory | 'total'}`
  | 'assets.devices.held'
  | 'assets.devices.planned';

/** Every CountKey, for schemas. */
export const COUNT_KEYS: readonly [CountKey, ...CountKey[]] = [
  'office.agencies',
  'office.civilServiceUnits',
  'performance.units',
  'performance.projects',
  ...(['held', 'planned'] as const).flatMap((w) =>
    [...VEHICLE_CATEGORIES.map(([c]) => c), 'total' as const].map((c): CountKey => `assets.${w}.${c}`),
  ),
  'assets.devices.held',
  'assets.devices.planned',
];

/** How the 财政拨款支出主要内容 list is written: chosen by the officer on the 说明素材 sheet. */
export const LIST_KEYS = ['list.level', 'list.style', 'list.compare', 'list.figures'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** Reasons for a change are keyed `reason.<AmountKey>`. */
export type TextKey = `reason.${AmountKey}` | 'assets.asOf' | 'performance.note' | ListKey;

export const TEXT_KEYS: readonly [TextKey, ...TextKey[]] = [
  'assets.asOf',
  'performance.note',
  ...LIST_KEYS,
  ...AMOUNT_KEYS.map((k): TextKey => `reason.${k}`),
];

export interface FactValue {
  /** 分; null when the workbook has the line but it is blank (read as 0 by the wording). */
  readonly fen: Fen | null;
  /** Last year's figure, 分; absent when not given (then no comparison is written). */
  readonly previous?: Fen;
  readonly source?: CellRef;
  readonly previousSource?: CellRef;
}

/** One 类, 款 or 项 row of 财政拨款 spending. */
export interface ClassFact {
  /** 3 (类), 5 (款) or 7 (项) digits. */
  readonly code: string;
  readonly name: string;
  /** 财政拨款 spending on this row, 分. */
  readonly fen: Fen;
  /** Last year's 预算数. */
  readonly previous?: Fen;
  /** Last year's 当年预算执行数 (the 上年数 sheet's 执行数 column). */
  readonly previousExecuted?: Fen;
  readonly source?: CellRef;
}

export interface NarrativeFacts {
  readonly year: number;
  readonly previousYear: number;
  readonly department: string;
  readonly amounts: Readonly<Partial<Record<AmountKey, FactValue>>>;
  /** 财政拨款支出 by 类, in code order. */
  readonly classes: readonly ClassFact[];
  /** 财政拨款支出 by every 类, 款 and 项 row, in code order. */
  readonly lines: readonly ClassFact[];
  /**
   * 支出预算 of all funds by 类, as a 收支预算总表 lists them by name (江苏: "一般公共服务支出"), when a
   * province edition's data gives them; absent otherwise.
   */
  readonly expenditureClasses?: ReadonlyArray<{ readonly name: string; readonly fen: Fen; readonly source: CellRef }>;
  readonly counts: Readonly<Partial<Record<CountKey, number>>>;
  readonly texts: Readonly<Partial<Record<TextKey, string>>>;
  /** 类/款/项 code → "主要用于…" wording entered on the 说明素材 sheet (overrides the catalog default). */
  readonly purposes: Readonly<Record<string, string>>;
  /** 类/款/项 code → reason for the change against last year's 执行数 (说明素材 六, 增减原因). */
  readonly lineReasons: Readonly<Record<string, string>>;
  /** Where each count/text was entered, for findings that send the officer to the cell. */
  readonly inputCells: Readonly<Partial<Record<CountKey | TextKey | AmountKey, CellRef>>>;
}

/** zh-CN names of the figures, used in findings and by the text check. */
export const AMOUNT_NAMES: Readonly<Record<AmountKey, string>> = {
  'income.total': '收入预算',
  'income.fiscal': '财政拨款收入',
  'income.business': '事业收入',
  'income.operating': '事业单位经营收入',
  'income.other': '其他收入',
  'expenditure.total': '支出预算',
  'expenditure.fiscal': '财政拨款支出预算',
  'expenditure.generalPublic': '一般公共预算拨款支出预算',
  'expenditure.govFund': '政府性基金拨款支出预算',
  'expenditure.stateCapital': '国有资本经营预算拨款支出预算',
  'sangong.total': '“三公”经费预算数',
  'sangong.abroad': '因公出国（境）费',
  'sangong.reception': '公务接待费',
  'sangong.vehicle': '公务用车购置及运行费',
  'sangong.vehiclePurchase': '公务用车购置费',
  'sangong.vehicleOperation': '公务用车运行费',
  office: '机关运行经费',
  'procurement.total': '政府采购预算',
  'procurement.goods': '政府采购货物预算',
  'procurement.works': '政府采购工程预算',
  'procurement.services': '政府采购服务预算',
  'procurement.sme': '面向中小企业预留政府采购项目预算',
  'procurement.smeSmall': '预留给小型和微型企业的政府采购项目预算',
  'performance.funds': '涉及项目预算资金',
  'project.total': '项目支出预算',
  'summary.incomeTotal': '收入预算总计',
  'summary.currentIncome': '本年收入预算合计',
  'summary.fiscal': '财政拨款收入预算总计',
  'summary.generalPublic': '一般公共预算收入预算',
  'summary.govFund': '政府性基金收入预算',
  'summary.specialAccount': '财政专户管理资金收入预算总计',
  'summary.otherFunds': '其他资金收入预算总计',
  'summary.carryIn': '上年结转资金预算',
  'summary.expenditureTotal': '支出预算总计',
  'summary.currentExpenditure': '本年支出预算合计',
  'summary.carryOut': '结转下年资金',
  'uses.basic': '基本支出预算数',
  'uses.project': '项目支出预算数',
  'uses.reserve': '单位预留机动经费预算数',
  'fiscal.basic': '财政拨款基本支出预算',
  'generalPublic.basic': '一般公共预算财政拨款基本支出预算',
  'fiscal.personnel': '财政拨款基本支出中的人员经费',
  'fiscal.public': '财政拨款基本支出中的公用经费',
  'generalPublic.personnel': '一般公共预算财政拨款基本支出中的人员经费',
  'generalPublic.public': '一般公共预算财政拨款基本支出中的公用经费',
  meeting: '会议费',
  training: '培训费',
};

export function isAmountKey(key: string): key is AmountKey {
  return (AMOUNT_KEYS as readonly string[]).includes(key);
}

export function isPreviousKey(key: string): key is PreviousKey {
  return (PREVIOUS_KEYS as readonly string[]).includes(key);
}
