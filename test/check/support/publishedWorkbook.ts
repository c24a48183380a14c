import { readFileSync } from 'node:fs';
import { budgetDataFromPublished, PublishedBudgetSchema, PublishedTable } from '../../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../../src/domain/plan/buildBudgetWorkbook';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../src/domain/plan/sheetPlan';
import { editionDef } from '../../../src/domain/templates/editions';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsxWorkbook';

// The 2024 budget exactly as published: buildBudgetWorkbook's layout, with every formula cell
// (parents, 合计 rows, summary tables, 三公 totals) overwritten by the printed figure. The
// published tables carry their own ±1 元 rounding differences; this workbook keeps them.

export const seed2024 = PublishedBudgetSchema.parse(JSON.parse(readFileSync('seeds/sh-hrss-2024.json', 'utf8')));

interface SummaryLineSeed {
  label: string;
  amount?: number | null;
  amounts?: Array<number | null>;
}
interface SummarySeed {
  income: SummaryLineSeed[];
  incomeTotal: number | null;
  expenditure: SummaryLineSeed[];
  expenditureTotal: number | Array<number | null> | null;
}

function wan(v: string | number | undefined): number | null {
  if (v === undefined || v === '') return null;
  return Number(String(v).replace(/,/g, ''));
}

export function publishedPlan(): WorkbookPlan {
  const edition = editionDef(seed2024.catalogEdition);
  const { plan } = buildBudgetWorkbook(budgetDataFromPublished(seed2024));
  const tables = seed2024.tables as unknown as Record<string, unknown>;
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const layout = sheet.layout!;
    const cells: PlanCell[][] = sheet.cells.map((r) => [...r]);
    const set = (row: number, col: number | undefined, v: number | null | undefined) => {
      if (col === undefined) throw new Error(`publishedPlan: ${sheet.name} 缺列`);
      cells[row - 1]![col - 1] = v ?? null;
    };
    const def = edition.tables.find((t) => t.id === layout.tableId)!;
    if (def.kind === 'classified') {
      const table = tables[def.id] as PublishedTable;
      const byCode = new Map(table.rows.map((r) => [r.code, r]));
      for (const meta of layout.rows) {
        const src = meta.role === 'total' ? { amounts: table.total } : byCode.get(meta.code ?? '');
        if (!src) throw new Error(`publishedPlan: ${sheet.name} 无 ${meta.code}`);
        for (const c of def.columns) set(meta.row, layout.columns[c.key], src.amounts[table.columns.indexOf(c.label)]);
      }
    } else if (def.kind === 'summary') {
      const s = tables[def.id] as SummarySeed;
      const incomeRows = layout.rows.filter((r) => r.role === 'income');
      incomeRows.forEach((r, i) => set(r.row, layout.columns.income, s.income[i]!.amount));
      const expRows = layout.rows.filter((r) => r.role === 'expenditure');
      const expCols = def.expenditureColumns.map((c) => layout.columns[c.table ?? 'total']);
      expRows.forEach((r, i) => {
        const line = s.expenditure[i]!;
        if (!line.label.endsWith(r.label!)) throw new Error(`publishedPlan: ${line.label} ≠ ${r.label}`);
        const values = line.amounts ?? [line.amount ?? null];
        expCols.forEach((col, j) => set(r.row, col, values[j]));
      });
      const total = layout.rows.find((r) => r.role === 'total')!;
      set(total.row, layout.columns.income, s.incomeTotal);
      const totals = Array.isArray(s.expenditureTotal) ? s.expenditureTotal : [s.expenditureTotal];
      expCols.forEach((col, j) => set(total.row, col, totals[j]));
    } else {
      const s = seed2024.tables.sangong;
      const row = layout.firstDataRow;
      const keys = ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '购置费', '运行费', '机关运行经费'];
      keys.forEach((k, i) => set(row, i + 1, wan(s[k])));
    }
    return { ...sheet, cells };
  });
  return { sheets };
}

export async function publishedWorkbook(): Promise<XlsxWorkbook> {
  const wb = new XlsxWorkbook();
  await wb.writePlan(publishedPlan(), 'fail');
  return wb;
}

let cached: Promise<import('../../../src/domain/port/workbookPort').SheetSnapshot[]> | null = null;

/** Snapshots of the published-figures workbook (built once per test file). */
export function publishedSnapshots(): Promise<import('../../../src/domain/port/workbookPort').SheetSnapshot[]> {
  cached ??= publishedWorkbook().then((w) => w.readSheets());
  return cached;
}
