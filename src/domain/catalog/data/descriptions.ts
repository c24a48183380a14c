// The official 说明 ("反映…") of 支出功能分类科目, for every 类, the common 款 and the standard 项
// that most departments carry. The 编制说明's neutral "主要用于…" default is derived from these
// (see purposeFromExplanation); a department words its own lines in its 说明素材 sheet.
//
// source:
//   'catalog'  the edition's published 科目说明 as the team knows it (2020–2026 wording is the same
//              for these entries); to be checked against the official text imported by the officer
//   'corpus:…' the 说明 as quoted word for word in a published 编制说明 of ../shared/corpus

export interface CodeExplanation {
  /** As printed in the 科目说明: "反映政府教育事务支出。" */
  readonly explains: string;
  readonly source: 'catalog' | `corpus:${string}`;
}

const C = (explains: string): CodeExplanation => ({ explains, source: 'catalog' });
const PTGOV = 'corpus:2025_普陀区人民政府办公室_部门预算';

/** By code: every 类 (3 digits), common 款 (5) and specific 项 (7). */
export const FUNCTIONAL_EXPLANATIONS: Readonly<Record<string, CodeExplanation>> = {
  // 类
  '201': C('反映政府提供一般公共服务的支出。'),
  '202': C('反映政府外交事务支出。'),
  '203': C('反映政府用于现役部队、国防后备力量、国防动员等方面的支出。'),
  '204': C('反映政府维护社会公共安全方面的支出。'),
  '205': C('反映政府教育事务支出。'),
  '206': C('反映用于科学技术方面的支出。'),
  '207': C('反映政府在文化、旅游、体育、传媒方面的支出。'),
  '208': C('反映政府在社会保障与就业方面的支出。'),
  '209': C('反映用于社会保险基金方面的支出。'),
  '210': C('反映政府卫生健康方面的支出。'),
  '211': C('反映政府节能环保支出。'),
  '212': C('反映政府城乡社区事务支出。'),
  '213': C('反映政府农林水事务支出。'),
  '214': C('反映交通运输和邮政业方面的支出。'),
  '215': C('反映资源勘探、制造业、建筑业、工业信息等方面的支出。'),
  '216': C('反映商业服务业等方面的支出。'),
  '217': C('反映金融方面的支出。'),
  '219': C('反映援助其他地区的支出。'),
  '220': C('反映政府用于自然资源、海洋、测绘、气象等公益服务事业方面的支出。'),
  '221': C('反映政府用于住房方面的支出。'),
  '222': C('反映政府用于粮油物资储备方面的支出。'),
  '223': C('反映用国有资本经营预算收入安排的支出。'),
  '224': C('反映政府用于自然灾害防治、安全生产监管及应急管理等方面的支出。'),
  '227': C('反映预备费。'),
  '229': C('反映除上述项目以外其他不能划分到具体功能科目中的支出项目。'),
  '230': C('反映政府的转移支付以及不同性质资金之间的调拨支出。'),
  '231': C('反映归还债务本金所发生的支出。'),
  '232': C('反映用于归还债务利息所发生的支出。'),
  '233': C('反映用于债务发行兑付费用的支出。'),
  // 款 most departments carry
  '20103': C('反映各级政府办公厅（室）及相关机构的支出。'),
  '20106': C('反映财政事务支出。'),
  '20805': C('反映用于行政事业单位养老方面的支出。'),
  '20808': C('反映用于抚恤方面的支出。'),
  '20899': C('反映除上述项目以外其他用于社会保障和就业方面的支出。'),
  '21011': C('反映用于行政事业单位医疗方面的支出。'),
  '21201': C('反映城乡社区管理事务支出。'),
  '21299': C('反映除上述项目以外其他用于城乡社区方面的支出。'),
  '22102': C('反映行政事业单位用财政拨款资金和其他资金等安排的住房改革支出。'),
  // 项 quoted by a corpus document
  '2080501': { explains: '反映实行归口管理的行政单位（包括实行公务员管理的事业单位）开支的离退休经费。', source: PTGOV },
  '2080505': { explains: '反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。', source: PTGOV },
  '2080506': { explains: '反映机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。', source: PTGOV },
  '2080599': { explains: '反映实行归口管理的行政单位（包括实行公务员管理的事业单位）开支的其他养老支出。', source: PTGOV },
  '2101101': { explains: '反映财政部门集中安排的行政单位基本医疗保险费缴费经费。', source: PTGOV },
  '2101102': { explains: '反映财政部门集中安排的事业单位基本医疗保险费缴费经费。', source: PTGOV },
  '2210201': {
    explains: '反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
    source: PTGOV,
  },
  '2210203': { explains: '反映按房改政策规定，行政事业单位向符合条件职工发放的用于购买住房的补贴。', source: PTGOV },
};

/**
 * The standard 项 every 款 may have, by name (their codes differ per 款: 01 行政运行, 02 一般行政管理事务,
 * 03 机关服务, 50 事业运行). The 说明 is the same wherever they stand.
 */
export const STANDARD_ITEM_EXPLANATIONS: Readonly<Record<string, CodeExplanation>> = {
  行政运行: { explains: '反映行政单位（包括实行公务员管理的事业单位）的基本支出。', source: PTGOV },
  一般行政管理事务: {
    explains: '反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。',
    source: 'catalog',
  },
  机关服务: {
    explains: '反映为行政单位（包括实行公务员管理的事业单位）提供后勤服务的各类后勤服务中心、医务室等附属事业单位的支出。',
    source: 'catalog',
  },
  事业运行: {
    explains: '反映事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）后勤服务中心、医务室等附属事业单位。',
    source: 'catalog',
  },
};

/** "其他…支出" 项 and 款 (code ending 99): the catch-all wording of the 科目说明. */
export const OTHER_EXPLANATION: CodeExplanation = { explains: '反映未单独设置项级科目的其他支出。', source: 'catalog' };

/** The official 说明 of a functional code: by code, else the standard 项 by name, else the catch-all for 99. */
export function explanationOf(code: string, name: string): CodeExplanation | undefined {
  const own = FUNCTIONAL_EXPLANATIONS[code];
  if (own) return own;
  if (code.length === 7) {
    const std = STANDARD_ITEM_EXPLANATIONS[name.replace(/[\s\u3000]/g, '')];
    if (std) return std;
  }
  if (code.length > 3 && code.endsWith('99') && /^其他/.test(name)) return OTHER_EXPLANATION;
  return undefined;
}

/**
 * "反映政府教育事务支出。" → "政府教育事务支出": the words after "主要用于". The 说明's own
 * sentence, minus its lead verb and full stop, so the default claims nothing the catalog does not.
 */
export function purposeFromExplanation(explains: string): string {
  return explains
    .trim()
    .replace(/^反映(用于|的是)?/, '')
    .replace(/[。；;.\s]+$/, '');
}
