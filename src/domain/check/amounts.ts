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

/**
 * A cell whose description is only built when a rule reports it: "code name【column】" from the
 * parts kept here (one class, no closure per cell).
 */
class LazyAmountCell implements AmountCell {
  readonly code?: string;
  constructor(
    readonly sheet: string,
    readonly unit: '元' | '万元',
    readonly amount: ParsedAmount,
    code: string | undefined,
    readonly column: string,
    private readonly name: string,
    private readonly withColumn: boolean,
  ) {
    if (code !== undefined) this.code = code;
  }
  get what(): string {
    const head = this.code ? `${this.code} ${this.name}` : this.name;
    return this.withColumn ? `${head}【${this.column}】` : head;
  }
}

export function amountCells(wb: ParsedWorkbook): readonly AmountCell[] {
  const known = cache.get(wb);
  if (known) return known;
  const out: AmountCell[] = [];
  for (const t of wb.tables) {
    if (t.kind === 'classified') {
      const rows = t.total ? [...t.rows, t.total] : t.rows;
      for (const row of rows) {
        for (const col of t.columns) {
          const amount = row.amounts[col.key];
          if (!amount) continue;
          out.push(new LazyAmountCell(t.sheet, t.unit, amount, row.code, col.label, row.name, true));
        }
      }
    } else if (t.kind === 'summary') {
      for (const line of [...t.income, ...(t.incomeTotal ? [t.incomeTotal] : [])]) {
        const amount = line.amounts.income;
        if (amount) out.push(new LazyAmountCell(t.sheet, t.unit, amount, undefined, '预算数', line.label, false));
      }
      for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
        for (const col of t.expenditureColumns) {
          const amount = line.amounts[col.key];
          if (amount) out.push(new LazyAmountCell(t.sheet, t.unit, amount, undefined, col.label, line.label, true));
        }
      }
    } else {
      for (const [key, amount] of Object.entries(t.amounts)) {
        const label = SANGONG_ZH[key] ?? key;
        out.push(new LazyAmountCell(t.sheet, t.unit, amount, undefined, label, label, false));
      }
    }
  }
  cache.set(wb, out);
  return out;
}
