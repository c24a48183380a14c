import type { ParsedAmount, ParsedRow, ParsedWorkbook } from '../read/parsedTables';
import { memoOn } from './memoOn';

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

/** What the amount-* rules look for, each among every amount cell of the workbook. */
export type AmountKind =
  /** Below zero. */
  | 'negative'
  /** A number as written with a fraction (whether it is exact to the 分 is the rule's question). */
  | 'fractional'
  /** A number stored as text. */
  | 'text';

interface Found {
  readonly cells: Readonly<Record<AmountKind, AmountCell[]>>;
  readonly sheetsWithFormulas: ReadonlySet<string>;
}

/**
 * One pass over every amount cell of the workbook, made once for the amount-* rules: the few cells
 * each looks for are described, the thousands of others are only looked at.
 */
const find = memoOn((wb: ParsedWorkbook): Found => {
  const cells: Record<AmountKind, AmountCell[]> = { negative: [], fractional: [], text: [] };
  const sheetsWithFormulas = new Set<string>();
  const consider = (
    sheet: string,
    unit: '元' | '万元',
    amount: ParsedAmount,
    code: string | undefined,
    column: string,
    name: string,
    withColumn: boolean,
  ) => {
    if (amount.formula) sheetsWithFormulas.add(sheet);
    const negative = amount.fen !== null && amount.fen < 0;
    const fractional = amount.value !== undefined && !Number.isInteger(amount.value);
    const text = amount.text === true;
    if (!negative && !fractional && !text) return;
    const cell = new LazyAmountCell(sheet, unit, amount, code, column, name, withColumn);
    if (negative) cells.negative.push(cell);
    if (fractional) cells.fractional.push(cell);
    if (text) cells.text.push(cell);
  };
  for (const t of wb.tables) {
    if (t.kind === 'classified') {
      const each = (row: ParsedRow) => {
        for (const col of t.columns) {
          const amount = row.amounts[col.key];
          if (amount) consider(t.sheet, t.unit, amount, row.code, col.label, row.name, true);
        }
      };
      for (const row of t.rows) each(row);
      if (t.total) each(t.total);
    } else if (t.kind === 'summary') {
      for (const line of [...t.income, ...(t.incomeTotal ? [t.incomeTotal] : [])]) {
        const amount = line.amounts.income;
        if (amount) consider(t.sheet, t.unit, amount, undefined, '预算数', line.label, false);
      }
      for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
        for (const col of t.expenditureColumns) {
          const amount = line.amounts[col.key];
          if (amount) consider(t.sheet, t.unit, amount, undefined, col.label, line.label, true);
        }
      }
    } else {
      for (const [key, amount] of Object.entries(t.amounts)) {
        const label = SANGONG_ZH[key] ?? key;
        consider(t.sheet, t.unit, amount, undefined, label, label, false);
      }
    }
  }
  return { cells, sheetsWithFormulas };
});

/** The amount cells of that kind, in table order, described. */
export function amountCells(wb: ParsedWorkbook, kind: AmountKind): readonly AmountCell[] {
  return find(wb).cells[kind];
}

/** The sheets with at least one amount cell that holds a formula. */
export function sheetsWithFormulas(wb: ParsedWorkbook): ReadonlySet<string> {
  return find(wb).sheetsWithFormulas;
}
