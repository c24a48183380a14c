import type { CatalogChange } from '../catalogChange';

// Transcribed data, no logic: changes of 部门预算支出经济分类科目 between editions. The team knows
// of none from 2019 to 2026 (the 2018 reform codes stand); an officer's imported catalog covers any.

export const ECONOMIC_CHANGES: Readonly<Record<number, readonly CatalogChange[]>> = {};
