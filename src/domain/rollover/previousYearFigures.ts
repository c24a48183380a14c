import type { PreviousKey } from '../narrative/facts';
import type { PreviousYearFigures } from '../narrative/previousYear';
import type { ClassifiedTableId } from '../templates/types';

// Last year's figures for the 编制说明's "比上年增加/减少", in the narrative's own shape, so the
// 上年数 sheet is laid out by the narrative's builder and read back by its reader.

/** A line item with last year's amounts (分) by column key, under its code in next year's catalog. */
export interface PreviousLine {
  readonly code: string;
  readonly amounts: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface PreviousSangong {
  readonly abroad: number;
  readonly reception: number;
  readonly vehiclePurchase: number;
  readonly vehicleOperation: number;
  readonly officeOperation: number;
}

const FISCAL_TABLES: readonly ClassifiedTableId[] = ['generalPublic', 'govFund', 'stateCapital'];

/**
 * Summed from last year's line items (never from cached totals, which a file may lack). The 类
 * figures are 财政拨款 spending (一般公共预算 + 政府性基金 + 国有资本经营), the figure the 编制说明
 * quotes per 类, grouped under next year's codes so a moved item counts where it now sits.
 */
export function previousYearFigures(
  year: number,
  lines: Readonly<Partial<Record<ClassifiedTableId, readonly PreviousLine[]>>>,
  sangong: PreviousSangong,
  className: (code: string) => string,
): PreviousYearFigures {
  const sum = (table: ClassifiedTableId, key?: string) =>
    (lines[table] ?? []).reduce((t, l) => t + (key === undefined ? l.total : (l.amounts[key] ?? 0)), 0);
  const vehicle = sangong.vehiclePurchase + sangong.vehicleOperation;
  const values: Record<PreviousKey, number> = {
    'income.total': sum('income'),
    'income.fiscal': sum('income', 'fiscal'),
    'income.business': sum('income', 'business'),
    'income.operating': sum('income', 'operating'),
    'income.other': sum('income', 'other'),
    'expenditure.total': sum('expenditure'),
    'expenditure.fiscal': FISCAL_TABLES.reduce((t, id) => t + sum(id), 0),
    'expenditure.generalPublic': sum('generalPublic'),
    'expenditure.govFund': sum('govFund'),
    'expenditure.stateCapital': sum('stateCapital'),
    'sangong.total': sangong.abroad + sangong.reception + vehicle,
    'sangong.abroad': sangong.abroad,
    'sangong.reception': sangong.reception,
    'sangong.vehicle': vehicle,
    'sangong.vehiclePurchase': sangong.vehiclePurchase,
    'sangong.vehicleOperation': sangong.vehicleOperation,
    office: sangong.officeOperation,
  };
  const classes: PreviousYearFigures['classes'] = {};
  for (const id of FISCAL_TABLES) {
    for (const l of lines[id] ?? []) {
      const code = l.code.slice(0, 3);
      classes[code] = { fen: (classes[code]?.fen ?? 0) + l.total, name: className(code) };
    }
  }
  const amounts: PreviousYearFigures['amounts'] = {};
  for (const [key, fen] of Object.entries(values) as Array<[PreviousKey, number]>) amounts[key] = { fen };
  return { year, amounts, classes };
}
