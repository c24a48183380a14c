import { z } from 'zod';

// A province-edition budget as printed (江苏 2019 …): every figure in the table's unit (万元 to two
// decimals), blank as null. The same shape carries a department's published tables (fixtures, the
// seed) and an officer's blank template (codes only); the builder decides which cells are formulas.

const amount = z.number().finite().nullable();

export const ProvinceBudgetSchema = z.object({
  edition: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  department: z.string().min(1),
  /** Where the figures were transcribed from (file name), for fixtures and seeds. */
  source: z.string().optional(),
  /** Form tables: table id → field key → figure. */
  forms: z.record(z.string(), z.record(z.string(), amount)),
  /** Lists printed in form tables (the 功能分类 类 lines): table id → list key → lines. */
  lists: z.record(z.string(), z.record(z.string(), z.array(z.object({ label: z.string().min(1), amount })))),
  /** Code tables: rows in printed order, parents included. */
  codeTables: z.record(
    z.string(),
    z.object({
      total: amount,
      rows: z.array(z.object({ code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位数字'), name: z.string(), amount })),
    }),
  ),
  /** Outline tables: label cells by level column (empty string = blank), in printed order. */
  outlines: z.record(
    z.string(),
    z.object({
      total: amount,
      rows: z.array(z.object({ level: z.number().int().min(0), labels: z.array(z.string()), amount })),
    }),
  ),
});
export type ProvinceBudget = z.infer<typeof ProvinceBudgetSchema>;
