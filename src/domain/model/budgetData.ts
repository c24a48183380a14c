import { z } from 'zod';

// The budget as line items: leaf rows only. Parents, totals and summary tables are derived.

const fen = z.number().int();

export const LineItemSchema = z.object({
  /** Functional 项 code ("2080101") or economic 款 code ("30101"). */
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位数字'),
  /** Name as the officer wrote it; the catalog name is used when absent. */
  name: z.string().optional(),
  /** Amounts in 分 by column key (fiscal, business, … / basic, project / personnel, public). */
  amounts: z.record(z.string(), fen),
});
export type LineItem = z.infer<typeof LineItemSchema>;

export const SangongSchema = z.object({
  abroad: fen,
  reception: fen,
  vehiclePurchase: fen,
  vehicleOperation: fen,
  /** 机关运行经费 */
  officeOperation: fen,
});
export type Sangong = z.infer<typeof SangongSchema>;

export const BudgetDataSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  department: z.string().min(1),
  /** Catalog/layout edition; defaults to the newest edition not later than `year`. */
  edition: z.number().int().optional(),
  lines: z.object({
    income: z.array(LineItemSchema),
    expenditure: z.array(LineItemSchema),
    generalPublic: z.array(LineItemSchema),
    govFund: z.array(LineItemSchema),
    stateCapital: z.array(LineItemSchema),
    economic: z.array(LineItemSchema),
  }),
  sangong: SangongSchema,
});
export type BudgetData = z.infer<typeof BudgetDataSchema>;
export type LineTableId = keyof BudgetData['lines'];
