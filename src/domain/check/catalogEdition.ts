import { editionChoice } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import type { CheckContext } from './checkContext';

// Which catalog edition a check used, for the report ("科目表：内置 2024 年版 …").

export interface CatalogEditionInfo {
  readonly year: number | null;
  readonly functional: number;
  readonly economic: number;
  readonly source: 'built-in' | 'imported';
  /** The budget year is before the first built-in edition, which was used anyway. */
  readonly beforeFirst: boolean;
}

export function catalogEditionInfo(ctx: CheckContext): CatalogEditionInfo {
  const { functional, economic } = ctx.catalogs;
  const imported = functional.source === 'imported' || economic.source === 'imported';
  return {
    year: ctx.year,
    functional: functional.edition,
    economic: economic.edition,
    source: imported ? 'imported' : 'built-in',
    beforeFirst: !imported && ctx.year !== null && editionChoice(ctx.year).beforeFirst,
  };
}

/** What `budget check --json` says of the catalog a check used: the editions, their source and the zh-CN line. */
export interface CatalogEditionJson {
  readonly budgetYear: number | null;
  readonly functionalEdition: number;
  readonly economicEdition: number;
  readonly source: 'built-in' | 'imported';
  readonly beforeFirstEdition: boolean;
  readonly description: string;
}

export function catalogEditionJson(ctx: CheckContext): CatalogEditionJson {
  const i = catalogEditionInfo(ctx);
  return {
    budgetYear: i.year,
    functionalEdition: i.functional,
    economicEdition: i.economic,
    source: i.source,
    beforeFirstEdition: i.beforeFirst,
    description: editionLine(i),
  };
}

/** One zh-CN line: "科目表：内置 2024 年版（预算年度 2025 年，取不晚于预算年度的最近版本）". */
export function catalogEditionLine(ctx: CheckContext): string {
  return editionLine(catalogEditionInfo(ctx));
}

function editionLine(i: CatalogEditionInfo): string {
  const edition = i.functional === i.economic ? `${i.functional} 年版` : `功能分类 ${i.functional} 年版、经济分类 ${i.economic} 年版`;
  if (i.source === 'imported') return `科目表：导入的 ${i.functional} 年官方科目表（内置科目表补足其未列的科目）`;
  if (i.year === null) return `科目表：内置 ${edition}（未能识别预算年度，取最新版本）`;
  if (i.beforeFirst) return `科目表：内置 ${edition}（预算年度 ${i.year} 年早于最早的内置版本）`;
  return `科目表：内置 ${edition}（预算年度 ${i.year} 年${i.year === i.functional ? '' : '，取不晚于预算年度的最近版本'}）`;
}

/** The 提示 that a year before the first built-in edition was checked against that edition. */
export function editionFindings(ctx: CheckContext): Finding[] {
  const i = catalogEditionInfo(ctx);
  if (!i.beforeFirst || i.year === null) return [];
  const params = { year: i.year, edition: i.functional };
  return [
    { rule: 'catalog/edition-before-first', severity: 'info', params, message: renderMessage('catalog/edition-before-first', params) },
  ];
}
