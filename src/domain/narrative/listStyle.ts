import type { ClassFact, NarrativeFacts } from './facts';
import { CENTS_WAN, TRIMMED_WAN, WHOLE_WAN, type WanStyle } from './wanStyle';

// How the officer wants the 财政拨款支出主要内容 list written (说明素材 “七、财政拨款支出主要内容写法”).
// The three styles the published texts use:
//   科目名称     “教育支出”科目…                                  (市级 seeds, 上海市财政局)
//   类款项标注   “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目… (普陀区万里街道)
//   短横线连接   “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目…   (普陀区人民政府办公室)

export const LIST_LEVELS = ['类', '款', '项'] as const;
export const LIST_STYLES = ['科目名称', '类款项标注', '短横线连接'] as const;
export const LIST_COMPARISONS = ['上年预算', '上年执行数', '不比较'] as const;
/** How the 部门预算编制说明 section prints 万元; empty keeps the edition's own (whole 万元 in the 市级 texts). */
export const LIST_FIGURES = ['按年度版式', '万元取整', '万元两位小数', '万元两位小数去尾零', '万元两位小数不分节'] as const;
export type ListFigures = (typeof LIST_FIGURES)[number];
const FIGURE_STYLES: Readonly<Record<Exclude<ListFigures, '按年度版式'>, WanStyle>> = {
  万元取整: WHOLE_WAN,
  万元两位小数: CENTS_WAN,
  万元两位小数去尾零: TRIMMED_WAN,
  万元两位小数不分节: { digits: 2, trim: false, separators: false },
};
export type ListLevel = (typeof LIST_LEVELS)[number];
export type ListStyleName = (typeof LIST_STYLES)[number];
export type ListComparison = (typeof LIST_COMPARISONS)[number];

export interface ListStyle {
  readonly level: ListLevel;
  readonly style: ListStyleName;
  readonly compare: ListComparison;
  readonly figures: ListFigures;
}

export const DEFAULT_LIST_STYLE: ListStyle = { level: '类', style: '科目名称', compare: '上年预算', figures: '按年度版式' };

/** The section's 万元 style under the officer's choice. */
export function budgetFigureStyle(choice: ListFigures, edition: WanStyle): WanStyle {
  return choice === '按年度版式' ? edition : FIGURE_STYLES[choice];
}

const DIGITS: Readonly<Record<ListLevel, number>> = { 类: 3, 款: 5, 项: 7 };

/** An entry that is not one of the choices: the key, what was typed and the choices. */
export interface BadChoice {
  readonly key: 'list.level' | 'list.style' | 'list.compare' | 'list.figures';
  readonly value: string;
  readonly choices: readonly string[];
}

function pick<T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T | null {
  const v = value?.trim();
  if (!v) return fallback;
  return (choices as readonly string[]).includes(v) ? (v as T) : null;
}

/** The style from the 说明素材 texts; entries that are not a choice are reported and the default used. */
export function listStyleOf(texts: NarrativeFacts['texts']): { style: ListStyle; bad: BadChoice[] } {
  const bad: BadChoice[] = [];
  const get = <T extends string>(key: BadChoice['key'], choices: readonly T[], fallback: T): T => {
    const r = pick(texts[key], choices, fallback);
    if (r !== null) return r;
    bad.push({ key, value: texts[key] ?? '', choices });
    return fallback;
  };
  return {
    style: {
      level: get('list.level', LIST_LEVELS, DEFAULT_LIST_STYLE.level),
      style: get('list.style', LIST_STYLES, DEFAULT_LIST_STYLE.style),
      compare: get('list.compare', LIST_COMPARISONS, DEFAULT_LIST_STYLE.compare),
      figures: get('list.figures', LIST_FIGURES, DEFAULT_LIST_STYLE.figures),
    },
    bad,
  };
}

/**
 * The lines the list has at the chosen level: every row of that level, and rows of a shallower
 * level that have no deeper row (a 类 carried without 款 still gets its line).
 */
export function listLines(lines: readonly ClassFact[], level: ListLevel): ClassFact[] {
  const digits = DIGITS[level];
  return lines.filter(
    (l) =>
      l.code.length === digits ||
      (l.code.length < digits && !lines.some((d) => d.code.length > l.code.length && d.code.startsWith(l.code))),
  );
}

/** The line's label in the chosen style, its parents' names taken from the same table. */
export function lineLabel(line: ClassFact, all: readonly ClassFact[], style: ListStyleName): string {
  if (style === '科目名称') return line.name;
  const names: string[] = [];
  for (const len of [3, 5, 7]) {
    if (len > line.code.length) break;
    const code = line.code.slice(0, len);
    names.push(all.find((l) => l.code === code)?.name ?? (code === line.code ? line.name : code));
  }
  if (style === '短横线连接') return names.join('-');
  const marks = ['（类）', '（款）', '（项）'];
  return names.map((n, i) => `${n}${marks[i] ?? ''}`).join('');
}
