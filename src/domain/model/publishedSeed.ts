import { z } from 'zod';
import { parentCode } from '../catalog/codes';
import { editionDef } from '../templates/editions';
import type { ClassifiedTableDef } from '../templates/types';
import { wanToFen, yuanToFen } from '../money';
import { BudgetData, BudgetDataSchema, LineItem, LineTableId } from './budgetData';

// A published budget transcribed as printed (parents included, 元, blanks as null): seeds/*.json.

const amount = z.number().nullable();
const PublishedRowSchema = z.object({ code: z.string(), name: z.string(), amounts: z.array(amount) });
const PublishedTableSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(PublishedRowSchema),
  total: z.array(amount),
});
const wan = z.union([z.string(), z.number()]);

export const PublishedBudgetSchema = z
  .object({
    source: z.string(),
    year: z.number().int(),
    department: z.string(),
    catalogEdition: z.number().int(),
    tables: z
      .object({
        income: PublishedTableSchema,
        expenditure: PublishedTableSchema,
        generalPublic: PublishedTableSchema,
        govFund: PublishedTableSchema,
        stateCapital: PublishedTableSchema.optional(),
        economic: PublishedTableSchema,
        sangong: z.record(z.string(), wan),
      })
      .passthrough(),
  })
  .passthrough();
export type PublishedBudget = z.infer<typeof PublishedBudgetSchema>;
export type PublishedTable = z.infer<typeof PublishedTableSchema>;

/** Rows that no other row names as parent: the line items the officer actually enters. */
export function leafRows(table: PublishedTable): PublishedTable['rows'] {
  const parents = new Set(table.rows.map((r) => parentCode(r.code)).filter((c): c is string => c !== null));
  return table.rows.filter((r) => !parents.has(r.code));
}

function wanField(record: Record<string, string | number>, ...keys: string[]): number {
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined && v !== '') return wanToFen(v);
  }
  return 0;
}

export function budgetDataFromPublished(input: unknown): BudgetData {
  const seed = PublishedBudgetSchema.parse(input);
  const edition = editionDef(seed.catalogEdition);
  const lines: Record<LineTableId, LineItem[]> = {
    income: [],
    expenditure: [],
    generalPublic: [],
    govFund: [],
    stateCapital: [],
    economic: [],
  };
  for (const def of edition.tables) {
    if (def.kind !== 'classified') continue;
    const table = seed.tables[def.id];
    if (!table) continue;
    lines[def.id] = leafRows(table).map((row) => toLine(def, table, row));
  }
  const s = seed.tables.sangong;
  return BudgetDataSchema.parse({
    year: seed.year,
    department: seed.department,
    edition: seed.catalogEdition,
    lines,
    sangong: {
      abroad: wanField(s, '因公出国(境)费', '因公出国（境）费'),
      reception: wanField(s, '公务接待费'),
      vehiclePurchase: wanField(s, '购置费', '公务用车购置费'),
      vehicleOperation: wanField(s, '运行费', '公务用车运行费'),
      officeOperation: wanField(s, '机关运行经费'),
    },
  });
}

function toLine(def: ClassifiedTableDef, table: PublishedTable, row: PublishedTable['rows'][number]): LineItem {
  const amounts: Record<string, number> = {};
  for (const col of def.columns) {
    if (col.sumOf) continue; // 合计 is derived from its parts
    const idx = table.columns.indexOf(col.label);
    if (idx < 0) throw new RangeError(`budgetDataFromPublished: 表“${def.title}”缺少列“${col.label}”`);
    const v = row.amounts[idx];
    if (v != null) amounts[col.key] = yuanToFen(v);
  }
  return { code: row.code, name: row.name, amounts };
}
