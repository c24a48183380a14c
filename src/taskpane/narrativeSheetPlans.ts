import { buildMaterialsSheet } from '../domain/narrative/buildMaterialsSheet';
import { buildPreviousYearSheet } from '../domain/narrative/buildPreviousYearSheet';
import type { NarrativeFromSheets } from '../domain/narrative/narrativeFromSheets';
import type { WorkbookPlan } from '../domain/plan/sheetPlan';

// The two source sheets the 编制说明 panel lays out, prefilled from what the last generation read.

const classesOf = (r: NarrativeFromSheets) => (r.facts?.classes ?? []).map((c) => ({ code: c.code, name: c.name }));

/** 上年数: last year's figures where they were found (a chosen workbook or the sheet itself), else blank. */
export function previousSheetPlan(r: NarrativeFromSheets, year: number | null): WorkbookPlan {
  const figures = r.previous;
  const hasFigures = Object.keys(figures.amounts).length > 0 || Object.keys(figures.classes).length > 0;
  return {
    sheets: [
      buildPreviousYearSheet({
        ...(year !== null ? { year: year - 1 } : {}),
        ...(hasFigures ? { figures } : {}),
        classes: classesOf(r),
      }),
    ],
  };
}

/** 说明素材: the officer's earlier answers kept, one row per 类 of this year's tables. */
export function materialsSheetPlan(r: NarrativeFromSheets, year: number | null): WorkbookPlan {
  return {
    sheets: [
      buildMaterialsSheet({
        ...(year !== null ? { year } : {}),
        classes: classesOf(r),
        ...(r.materials ? { values: r.materials } : {}),
      }),
    ],
  };
}
