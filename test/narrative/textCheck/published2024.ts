import { seedParagraphs } from '../support';

// The 编制说明 上海市人社局 published for 2024 (seed 004, copied verbatim into test/fixtures/seeds),
// paragraph by paragraph: what the text rules are tried on, as written and with one misstatement.

const SEED = '004_68c49af72df8697e.txt';

export const PUBLISHED_2024: readonly string[] = [
  ...seedParagraphs(SEED, '2024年部门预算编制说明', '2024年部门财务收支预算总表'),
  ...seedParagraphs(SEED, '\n其他相关情况说明\n', '职业培训基础能力建设资助项目经费情况说明'),
];

/** The published paragraph that starts with `start`. */
export function para(start: string): string {
  const p = PUBLISHED_2024.find((x) => x.startsWith(start));
  if (p === undefined) throw new Error(`published2024: 没有以“${start}”开头的段落`);
  return p;
}

/** A paragraph with one phrase replaced (the phrase must be there). */
export function misstate(paragraph: string, from: string, to: string): string {
  if (!paragraph.includes(from)) throw new Error(`misstate: “${paragraph.slice(0, 20)}…”中没有“${from}”`);
  return paragraph.replace(from, to);
}

export const BUDGET_HEADING = para('2024年部门预算编制说明');
export const INCOME = para('2024年，上海市人力资源和社会保障局收入预算');
export const EXPENDITURE = para('支出预算253,566万元');
export const LIST_HEAD = para('财政拨款支出主要内容如下');
export const LIST_LINES = PUBLISHED_2024.filter((p) => /^\d\. “/.test(p));
export const OTHER_HEADING = para('其他相关情况说明');
export const SANGONG_HEADING = para('一、2024年“三公”经费预算情况说明');
export const SANGONG_TOTAL = para('2024年“三公”经费预算数');
export const ABROAD = para('（一）因公出国（境）费');
export const VEHICLE = para('（二）公务用车购置及运行费');
export const RECEPTION = para('（三）公务接待费');
export const OFFICE_HEADING = para('二、机关运行经费预算');
export const OFFICE = para('2024年上海市人力资源和社会保障局（部门）下属');
export const PROCUREMENT_HEADING = para('三、政府采购预算情况');
export const PROCUREMENT = para('2024年度本部门政府采购预算');
export const PROCUREMENT_SME = para('2024年本部门面向中小企业预留');
export const PERFORMANCE_HEADING = para('四、绩效目标设置情况');
export const PERFORMANCE = para('按照本市预算绩效管理工作的总体要求');
export const ASSETS_HEADING = para('五、国有资产占有使用情况');
export const VEHICLES_HELD = para('截至2023年8月31日');
export const VEHICLES_PLANNED = para('2024年部门预算安排购置车辆');

/** The 年度预算安排 of a project explanation, under its heading: "2024年该项目预算8600万元。其中：" and its items. */
export function projectBudget(heading: string, lead: string, end = '七、绩效目标'): string[] {
  return [heading, ...seedParagraphs(SEED, lead, end)];
}

export const TRAINING_PROJECT = projectBudget('职业培训基础能力建设资助项目经费情况说明', '2024年该项目预算8600万元');

/** 人事考试考务费用: the publication lists 14 items (2,218.30万元) of 7,767.77万元, the rest is on a missing page. */
export const EXAM_PROJECT = projectBudget(
  '人事考试考务费用 项目经费情况说明',
  '2024年该项目预算7767.77万元',
  '12333热线咨询平台项目经费情况说明',
);

/** 12333热线: one item, figures with thousands separators. */
export const HOTLINE_PROJECT = projectBudget('12333热线咨询平台项目经费情况说明', '2024年该项目预算7,398.50万元');
