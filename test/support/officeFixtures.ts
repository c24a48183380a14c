import fs from 'node:fs';
import { parseRangeAddress, rangeAddress } from '../../src/domain/a1';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import type { SheetPlan, WorkbookPlan } from '../../src/domain/plan/sheetPlan';
import { formulaCell } from '../../src/hosts/office/sheetWriter';
import { FakeExcel, installFake, Logged, WorkbookState } from './fakeExcel';

// Shared by the Office host's tests: the fake installed as the global Excel/Office, and plans.

export function install(wb = new WorkbookState().supportApi(20)): FakeExcel {
  return installFake(globalThis, wb);
}

export function uninstall(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
}

export const ALL_SETS = (): boolean => true;
export const NO_SETS = (): boolean => false;
/** ExcelApi up to 1.`minor`. */
export const upTo =
  (minor: number) =>
  (set: string, version: string): boolean =>
    set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

export function demoPlan(): WorkbookPlan {
  const seed: unknown = JSON.parse(fs.readFileSync('seeds/sh-hrss-2024.json', 'utf8'));
  return buildBudgetWorkbook(budgetDataFromPublished(seed)).plan;
}

/** The same sheets with the body rows repeated `times` times (styles repeated with them). */
export function scaledPlan(plan: WorkbookPlan, times: number): WorkbookPlan {
  return {
    sheets: plan.sheets.map((s): SheetPlan => {
      const head = s.layout?.headerRows ?? 5;
      const body = s.cells.slice(head);
      const cells = [...s.cells.slice(0, head)];
      for (let t = 0; t < times; t++) cells.push(...body);
      const styles = [...s.styles];
      for (let t = 1; t < times; t++) {
        for (const st of s.styles) {
          const p = parseRangeAddress(st.range);
          if (p.r1 <= head) continue;
          const shift = t * body.length;
          styles.push({ range: rangeAddress(p.r1 + shift, p.c1, p.r2 + shift, p.c2), style: st.style });
        }
      }
      return { ...s, cells, styles };
    }),
  };
}

export function expectedFormulas(plan: SheetPlan, formats: readonly (readonly unknown[])[]): unknown[][] {
  const cols = plan.cells.reduce((m, r) => Math.max(m, r.length), 0);
  return plan.cells.map((row, r) => Array.from({ length: cols }, (_, c) => formulaCell(row[c] ?? null, String(formats[r]?.[c]))));
}

export function opsOf(wb: WorkbookState, sheet: string, path: string): Logged[] {
  return wb.log.filter((l) => l.sheet === sheet && l.path === path);
}
