import type { ParsedAmount, ParsedWorkbook } from '../read/parsedTables';

/** Every amount cell of every table, with what it is, for the amount-* rules. */
export interface AmountCell {
  readonly sheet: string;
  readonly unit: '元' | '万元';
  readonly amount: ParsedAmount;
  readonly code?: string;
  readonly column: string;
  /** "208 社会保障和就业支出【项目支出】", "收入总计", "公务接待费" */
  readonly what: string;
}

const SANGONG_ZH: Readonly<Record<string, string>> = {
  total: '“三公”经费合计',
  abroad: '因公出国(境)费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '购置费',
  vehicleOperation: '运行费',
  officeOperation: '机关运行经费',
};

const cache = new WeakMap<ParsedWorkbook, readonly AmountCell[]>();

/** A cell whose description is only built when a rule reports it. */
function cell(
  sheet: string,
  unit: '元' | '万元',
  amount: ParsedAmount,
  code: string | undefined,
  column: string,
  what: () => string,
): AmountCell {
  let text: string | undefined;
  return {
    sheet,
    unit,
    amount,
    ...(code !== undefined ? { code } : {}),
    column,
    get what() {
      text ??= what();
      return text;
    },
  };
}

export function amountCells(wb: ParsedWorkbook): readonly AmountCell[] {
  const known = cache.get(wb);
  if (known) return known;
  const out: AmountCell[] = [];
  for (const t of wb.tables) {
    if (t.kind === 'classified') {
      for (const row of [...t.rows, ...(t.total ? [t.total] : [])]) {
        for (const col of t.columns) {
          const amount = row.amounts[col.key];
          if (!amount) continue;
          out.push(
            cell(t.sheet, t.unit, amount, row.code, col.label, () => `${row.code ? `${row.code} ${row.name}` : row.name}【${col.label}】`),
          );
        }
      }
    } else if (t.kind === 'summary') {
      for (const line of [...t.income, ...(t.incomeTotal ? [t.incomeTotal] : [])]) {
        const amount = line.amounts.income;
        if (amount) out.push(cell(t.sheet, t.unit, amount, undefined, '预算数', () => line.label));
      }
      for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
        for (const col of t.expenditureColumns) {
          const amount = line.amounts[col.key];
          if (amount) out.push(cell(t.sheet, t.unit, amount, undefined, col.label, () => `${line.label}【${col.label}】`));
        }
      }
    } else {
      for (const [key, amount] of Object.entries(t.amounts)) {
        out.push(cell(t.sheet, t.unit, amount, undefined, SANGONG_ZH[key] ?? key, () => SANGONG_ZH[key] ?? key));
      }
    }
  }
  cache.set(wb, out);
  return out;
}
