import type { ParsedAmount, ParsedRow, ParsedWorkbook } from '../read/parsedTables';

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

type Visit = (
  sheet: string,
  unit: '元' | '万元',
  amount: ParsedAmount,
  code: string | undefined,
  column: string,
  name: string,
  withColumn: boolean,
) => void;

/** Every amount cell of every table, in table order, with what is needed to describe it. */
function walk(wb: ParsedWorkbook, visit: Visit): void {
  for (const t of wb.tables) {
    if (t.kind === 'classified') {
      const each = (row: ParsedRow) => {
        for (const col of t.columns) {
          const amount = row.amounts[col.key];
          if (amount) visit(t.sheet, t.unit, amount, row.code, col.label, row.name, true);
        }
      };
      for (const row of t.rows) each(row);
      if (t.total) each(t.total);
    } else if (t.kind === 'summary') {
      for (const line of [...t.income, ...(t.incomeTotal ? [t.incomeTotal] : [])]) {
        const amount = line.amounts.income;
        if (amount) visit(t.sheet, t.unit, amount, undefined, '预算数', line.label, false);
      }
      for (const line of [...t.expenditure, ...(t.expenditureTotal ? [t.expenditureTotal] : [])]) {
        for (const col of t.expenditureColumns) {
          const amount = line.amounts[col.key];
          if (amount) visit(t.sheet, t.unit, amount, undefined, col.label, line.label, true);
        }
      }
    } else {
      for (const [key, amount] of Object.entries(t.amounts)) {
        const label = SANGONG_ZH[key] ?? key;
        visit(t.sheet, t.unit, amount, undefined, label, label, false);
      }
    }
  }
}

/**
 * Every amount cell of the workbook and what describes it, as parallel arrays made once per
 * workbook: the amount-* rules each look at every cell, and describe only the few they report.
 */
interface AmountIndex {
  readonly amounts: ParsedAmount[];
  readonly sheets: string[];
  readonly units: Array<'元' | '万元'>;
  readonly codes: Array<string | undefined>;
  readonly columns: string[];
  readonly names: string[];
  readonly withColumn: boolean[];
}

const indexes = new WeakMap<ParsedWorkbook, AmountIndex>();

function amountIndex(wb: ParsedWorkbook): AmountIndex {
  let ix = indexes.get(wb);
  if (!ix) {
    const made: AmountIndex = { amounts: [], sheets: [], units: [], codes: [], columns: [], names: [], withColumn: [] };
    walk(wb, (sheet, unit, amount, code, column, name, withColumn) => {
      made.amounts.push(amount);
      made.sheets.push(sheet);
      made.units.push(unit);
      made.codes.push(code);
      made.columns.push(column);
      made.names.push(name);
      made.withColumn.push(withColumn);
    });
    indexes.set(wb, (ix = made));
  }
  return ix;
}

/** The amount cells `where` picks, in table order, described. */
export function amountCells(wb: ParsedWorkbook, where: (amount: ParsedAmount) => boolean): AmountCell[] {
  const ix = amountIndex(wb);
  const out: AmountCell[] = [];
  for (let i = 0; i < ix.amounts.length; i++) {
    const amount = ix.amounts[i];
    if (amount === undefined || !where(amount)) continue;
    out.push(
      new LazyAmountCell(
        ix.sheets[i] ?? '',
        ix.units[i] ?? '元',
        amount,
        ix.codes[i],
        ix.columns[i] ?? '',
        ix.names[i] ?? '',
        ix.withColumn[i] ?? false,
      ),
    );
  }
  return out;
}

/** The sheets with at least one amount cell that holds a formula. */
export function sheetsWithFormulas(wb: ParsedWorkbook): Set<string> {
  const ix = amountIndex(wb);
  const sheets = new Set<string>();
  ix.amounts.forEach((a, i) => {
    const sheet = ix.sheets[i];
    if (a.formula && sheet !== undefined) sheets.add(sheet);
  });
  return sheets;
}
