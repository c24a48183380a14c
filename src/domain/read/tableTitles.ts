import type { CellValue } from '../port/workbookPort';
import type { TableId } from '../templates/types';

// How each standard table is recognised: by its title text, not by position. Order matters:
// 财务收支/财政拨款收支 must be tried before the plain 收入/支出 总表. The short names of the
// publication workbook (部门收支总表, 单位一般公共预算拨款表 …) are accepted as titles too, and as
// sheet names when a sheet has no title row.

const OWNER = '(?:\\d{4}年(?:度)?)?(?:部门|单位|预算单位)?';

export const TITLE_PATTERNS: ReadonlyArray<readonly [TableId, RegExp]> = [
  ['financeSummary', new RegExp(`财务收支预算总表|^${OWNER}收支(?:预算)?总表$`)],
  ['fiscalSummary', /财政拨款收支(?:预算)?总表/],
  ['income', new RegExp(`收入预算总表|^${OWNER}收入总表$`)],
  ['expenditure', new RegExp(`支出预算总表|^${OWNER}支出总表$`)],
  ['generalPublic', new RegExp(`一般公共预算支出功能分类预算表|^${OWNER}一般公共预算拨款表$`)],
  ['govFund', new RegExp(`政府性基金预算支出功能分类预算表|^${OWNER}政府性基金(?:预算)?拨款表$`)],
  ['stateCapital', new RegExp(`国有资本经营预算支出功能分类预算表|^${OWNER}国有资本经营预算拨款表$`)],
  ['economic', new RegExp(`经济分类预算表|^${OWNER}一般公共预算拨款基本支出明细表$`)],
  ['sangong', /三公.{0,2}经费.*预算表/],
];

export function tableIdOfTitle(text: string): TableId | null {
  // Nearly every cell of a sheet is asked: one that does not mention 表 cannot end with it.
  if (!text.includes('表')) return null;
  const t = removeSpace(text);
  if (t.length > 60 || !/表$/.test(t)) return null;
  for (const [id, re] of TITLE_PATTERNS) if (re.test(t)) return id;
  return null;
}

/** Column header text → column key, for the 类/款/项 tables. */
export const CLASSIFIED_COLUMN_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['total', /^(合计|小计|总计)$/],
  ['fiscal', /^财政拨款(收入)?$/],
  ['business', /^事业收入$/],
  ['operating', /^事业单位经营收入$/],
  ['other', /^其他收入$/],
  ['basic', /^基本支出$/],
  ['project', /^项目支出$/],
  ['personnel', /^人员经费$/],
  ['public', /^(公用经费|日常公用经费)$/],
];

export const FISCAL_SUMMARY_COLUMN_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['total', /^合计$/],
  ['generalPublic', /^一般公共预算$/],
  ['govFund', /^政府性基金(预算)?$/],
  ['stateCapital', /^国有资本经营(预算)?$/],
];

export const SANGONG_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['total', /^合计$/],
  ['abroad', /^因公出国[(（]境[)）]费(用)?$/],
  ['reception', /^公务接待费$/],
  ['vehicle', /^(小计|公务用车购置及运行费)$/],
  ['vehiclePurchase', /^(公务用车)?购置费$/],
  ['vehicleOperation', /^(公务用车)?运行(维护)?费$/],
  ['officeOperation', /^机关运行经费(预算数?)?$/],
];

/**
 * The sheets the product writes for its own use, by name: the 校验 formulas, and the 编制说明's inputs
 * (上年数, 说明素材) and text. None is ever read as a budget table or a project sheet.
 */
export const GENERATED_SHEET_NAMES = { check: '校验', previous: '上年数', materials: '说明素材', narrative: '编制说明' } as const;

/** The 校验 sheet the checker writes. */
export const CHECK_SHEET_NAME = GENERATED_SHEET_NAMES.check;

const GENERATED: ReadonlySet<string> = new Set(Object.values(GENERATED_SHEET_NAMES));

/** Whether the sheet is one the product writes for itself (see GENERATED_SHEET_NAMES). */
export function isGeneratedSheet(name: string): boolean {
  return GENERATED.has(name);
}

/** Summary-table income line text (ordinal stripped) → what it is. */
export const SUMMARY_LINE_KEYS: ReadonlyArray<readonly [string, RegExp]> = [
  ['fiscal', /^财政拨款(收入)?$/],
  ['generalPublic', /^一般公共预算(资金|拨款)?(收入)?$/],
  ['govFund', /^政府性基金(预算)?(资金|拨款)?(收入)?$/],
  ['stateCapital', /^国有资本经营预算(资金|拨款)?(收入)?$/],
  ['business', /^事业收入$/],
  ['operating', /^事业单位经营收入$/],
  ['other', /^其他收入$/],
];

const SPACE = /[\s\u3000]/;
const SPACES = /[\s\u3000]/g;

/** The text without white space; the text itself (no copy) when it has none, as most cells. */
export function removeSpace(text: string): string {
  return SPACE.test(text) ? text.replace(SPACES, '') : text;
}

export function normalizeLabel(v: CellValue | undefined): string {
  if (v == null) return '';
  // A number's or boolean's text has no white space.
  return typeof v === 'string' ? removeSpace(v) : String(v);
}

/** A leading "*" or "＊" marks 三公 items in published tables; it is not part of the name. */
export function stripMarker(text: string): string {
  if (!text.includes('*') && !text.includes('＊')) return text;
  return text.replace(/^\s*[*＊]+\s*/, '');
}
