import type { NarrativeText } from '../buildNarrativeSheet';
import { matchesOf } from './matchesOf';

// Reads a 编制说明 into paragraphs tagged with their section and the figures and comparisons
// they state, in order. What each figure claims is decided later (claims.ts); this only reads.

export type Section =
  'front' | 'budget' | 'tables' | 'other' | 'sangong' | 'office' | 'procurement' | 'performance' | 'assets' | 'project' | 'unknown';

const HEADINGS: ReadonlyArray<readonly [RegExp, Section]> = [
  [/(名词解释|主要职能|机构设置)$/, 'front'],
  [/(部门|单位)预算(编制|情况)说明$/, 'budget'],
  [/(收支预算总表|收入预算总表|支出预算总表|功能分类预算表|经济分类预算表|机关运行经费预算表)$/, 'tables'],
  [/其他相关情况说明$/, 'other'],
  [/三公.{0,2}经费预算情况说明$/, 'sangong'],
  [/机关运行经费预算$/, 'office'],
  [/政府采购(支出)?预算情况(说明)?$/, 'procurement'],
  [/(绩效目标设置情况|预算绩效情况)(说明)?$/, 'performance'],
  [/国有资产占(有使)?用情况$/, 'assets'],
  [/经费情况说明$/, 'project'],
];

export interface StatedNumber {
  /** As printed: "1,156.59", "0". */
  readonly raw: string;
  readonly value: number;
  readonly decimals: number;
  readonly separators: boolean;
}

export interface FigureMention {
  readonly kind: 'figure';
  readonly index: number;
  /** The whole match: "25.77万元", "为0". */
  readonly text: string;
  readonly number: StatedNumber;
  /** The words just before it, quotes and spaces removed, "为/是" dropped. */
  readonly label: string;
}

export interface ComparisonMention {
  readonly kind: 'comparison';
  readonly index: number;
  readonly text: string;
  /** "2023年" or "上年". */
  readonly against: string;
  /** 上年预算 or 上年(当年)预算执行数. */
  readonly basis: 'budget' | 'executed';
  readonly direction: '增加' | '减少' | '持平';
  readonly amount?: StatedNumber;
  readonly unit?: '万元' | '%';
}

export type Mention = FigureMention | ComparisonMention;

export interface ScannedParagraph {
  /** 1-based, as the officer counts paragraphs. */
  readonly number: number;
  readonly text: string;
  readonly cell?: string;
  readonly section: Section;
  /** A numbered line under "财政拨款支出主要内容如下". */
  readonly listLine: boolean;
  readonly heading: boolean;
  readonly mentions: readonly Mention[];
}

export interface ScannedText {
  readonly sheet?: string;
  readonly paragraphs: readonly ScannedParagraph[];
}

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/**
 * The words as a pattern that allows white space between their characters: a PDF's text laid out
 * with justified lines puts spaces between every character ("项 目 支 出 预 算 数 为 4,968.34 万 元").
 */
const spaced = (words: string): string => [...words].join(String.raw`\s*`);
const either = (...words: string[]): string => words.map(spaced).join('|');
const SCAN = new RegExp(
  // "比上年增加5.00万元" (上海) and "与上年相比增加 2228.78 万元" (江苏, spaces as laid out).
  String.raw`(?:比|与|较)\s*(\d{4}\s*年|${spaced('上年')})(?:\s*度)?(\s*${spaced('当年')})?(?:\s*${spaced('预算')})?(\s*${spaced('执行数')})?` +
    String.raw`(?:\s*${spaced('相比')})?\s*(${either('增加', '减少', '增长', '下降', '持平')})(?:\s*了)?(?:\s*${NUMBER}\s*(${spaced('万元')}|%))?` +
    String.raw`|${NUMBER}\s*${spaced('万元')}|为(0)(?=[；;。，,]|$)`,
  'g',
);
const DIRECTION: Readonly<Record<string, '增加' | '减少' | '持平'>> = {
  增加: '增加',
  增长: '增加',
  减少: '减少',
  下降: '减少',
  持平: '持平',
};
const DELIMITER = /[，。；：,;:！？\n]/;
const SPACES = /\s/g;

export function statedNumber(raw: string): StatedNumber {
  const plain = raw.replace(/,/g, '');
  const dot = plain.indexOf('.');
  return { raw, value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1, separators: raw.includes(',') };
}

function labelBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !DELIMITER.test(text.charAt(start - 1))) start--;
  return text
    .slice(start, index)
    .replace(/[“”"'‘’\s\u3000]/g, '')
    .replace(/(为|是|共计|合计|预算为)$/, (m) => (m === '预算为' ? '预算' : ''));
}

function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(SCAN, text)) {
    const index = m.index ?? 0;
    const direction = m[4]?.replace(SPACES, '');
    if (direction !== undefined) {
      const dir = DIRECTION[direction] ?? '持平';
      out.push({
        kind: 'comparison',
        index,
        text: m[0],
        against: m[1]?.replace(SPACES, '') ?? '上年',
        basis: m[3] !== undefined ? 'executed' : 'budget',
        direction: dir,
        ...(m[5] !== undefined ? { amount: statedNumber(m[5]), unit: m[6] === '%' ? ('%' as const) : ('万元' as const) } : {}),
      });
      continue;
    }
    const raw = m[7] ?? m[8];
    if (raw === undefined) continue;
    out.push({ kind: 'figure', index, text: m[0], number: statedNumber(raw), label: labelBefore(text, index) });
  }
  return out;
}

function headingOf(text: string): Section | undefined {
  if (text.length > 40 || /万元/.test(text)) return undefined;
  const plain = text.replace(/[\s\u3000]/g, '');
  return HEADINGS.find(([re]) => re.test(plain))?.[1];
}

const LIST_LINE = /^[-–·\s]*\d+[.、．]\s*(?:[“"]|[^\d])/;

/**
 * Where the lines of 财政拨款支出 by 科目 begin: "财政拨款支出主要内容如下" (上海), or the part
 * "五、财政拨款支出预算情况说明" (江苏), whose lines follow under "（一）一般公共服务（类）".
 */
const LIST_START = /财政拨款支出主要内容|^[一二三四五六七八九十]+[、.．]\s*财政拨款支出预算情况说明$/;
const NUMBERED_PART = /^[一二三四五六七八九十]+[、.．]/;

export function scanText(input: NarrativeText): ScannedText {
  let section: Section = 'unknown';
  let inList = false;
  const paragraphs = input.paragraphs.map((p, i): ScannedParagraph => {
    const heading = headingOf(p.text);
    if (heading) {
      section = heading;
      inList = false;
    } else if (LIST_START.test(p.text)) inList = true;
    // The next numbered part ("六、财政拨款基本支出预算情况说明") ends the list.
    else if (NUMBERED_PART.test(p.text)) inList = false;
    const listLine =
      !heading && (section === 'budget' || section === 'unknown') && ((inList && LIST_LINE.test(p.text)) || /[”"]科目\d/.test(p.text));
    const ignored = heading !== undefined || section === 'front' || section === 'tables';
    return {
      number: i + 1,
      text: p.text,
      ...(p.cell !== undefined ? { cell: p.cell } : {}),
      section,
      listLine,
      heading: heading !== undefined,
      mentions: ignored ? [] : mentionsOf(p.text),
    };
  });
  return { ...(input.sheet !== undefined ? { sheet: input.sheet } : {}), paragraphs };
}
