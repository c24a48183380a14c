import type { AmountKey, CountKey } from './facts';
import type { WanStyle } from './wanStyle';

// The wording of the 编制说明 as data, one table per published edition (2020, 2024 …). Builders
// only fill placeholders; a new edition is a new table, not a branch in the code.
//
// Template placeholders:
//   {year} {prevYear} {department}
//   {amt:KEY}     the figure in 万元, in the section's style ("253,566万元")
//   {cmp:KEY}     the comparison with last year ("，比2023年预算增加2,372万元"), empty when last year is unknown
//   {reason:KEY}  "，主要原因是…" from the 说明素材 sheet, when the figure changed
//   {n:KEY}       a count from the 说明素材 sheet
//   {text:KEY}    a text from the 说明素材 sheet
//   {index} {name} {purpose} {executed}   inside list lines (one per 类, 款 or 项 as the 说明素材 chooses)
//   [ … ]         optional: dropped when a figure inside is missing

export type SectionId = 'budget' | 'sangong' | 'office' | 'procurement' | 'performance' | 'assets';

export type Condition =
  | { readonly amount: AmountKey; readonly is: 'zero' | 'nonzero' }
  | { readonly count: CountKey; readonly is: 'zero' | 'nonzero' }
  | { readonly text: 'performance.note'; readonly is: 'present' }
  /** Only when there is at least one 类 line to introduce. */
  | { readonly classes: 'any' };

export interface TextBlock {
  readonly kind: 'text';
  readonly text: string;
  /** 'item' for the numbered lines under a lead paragraph. */
  readonly paragraph?: 'body' | 'item';
  readonly when?: Condition;
}

/** One line per 类 of 财政拨款支出, in code order. */
export interface ClassLinesBlock {
  readonly kind: 'classLines';
  readonly text: string;
}

export type Block = TextBlock | ClassLinesBlock;

export interface SectionWording {
  readonly id: SectionId;
  /** Without the ordinal; 其他相关情况说明 sections are numbered 一、二、… in order. */
  readonly heading: string;
  /** How amounts print in this section. */
  readonly style: WanStyle;
  /** How the change against last year prints. */
  readonly changeStyle: WanStyle;
  readonly blocks: readonly Block[];
}

export interface ComparisonWording {
  /** "，比{prevYear}年预算增加{diff}" — {diff} includes the unit. */
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  /** "，主要原因是{reason}" */
  readonly reason: string;
}

export interface NarrativeWording {
  readonly edition: number;
  /** The 部门预算编制说明 section; its heading is the title "{year}年部门预算编制说明". */
  readonly budget: SectionWording;
  readonly otherTitle: string;
  readonly others: readonly SectionWording[];
  readonly comparison: ComparisonWording;
}
