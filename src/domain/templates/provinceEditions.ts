import type { ProvinceEditionDef } from './formTypes';
import { JIANGSU_2019 } from './jiangsu2019';

// Province editions beside the Shanghai layouts (editions.ts). Adding one is data: its tables,
// titles and ties.

const PROVINCE_EDITIONS: readonly ProvinceEditionDef[] = [JIANGSU_2019];

export function provinceEditions(): readonly ProvinceEditionDef[] {
  return PROVINCE_EDITIONS;
}

export function provinceEdition(id: string): ProvinceEditionDef {
  const e = PROVINCE_EDITIONS.find((x) => x.id === id);
  if (!e) throw new RangeError(`provinceEdition: 没有表样版本 ${id}（可用：${PROVINCE_EDITIONS.map((x) => x.id).join('、')}）`);
  return e;
}

/** The edition of a parsed workbook, when it was read as one. */
export function provinceEditionOf(wb: { readonly edition?: string }): ProvinceEditionDef | undefined {
  return wb.edition === undefined ? undefined : PROVINCE_EDITIONS.find((x) => x.id === wb.edition);
}
