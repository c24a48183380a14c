import type { ParsedAmount, ParsedWorkbook } from '../read/parsedTables';
import { CellKey, cellKey } from './linearFormula';
import { rowSubject } from './tables';

// Every amount cell the reader found, with what it is: "“3 支出预算总表”20801 …【基本支出】".

export interface TableCell {
  readonly sheet: string;
  readonly cell: string;
  /** 分 (0 for a blank cell). */
  readonly fen: number;
  readonly unit: '元' | '万元';
  readonly subject: string;
  readonly code?: string;
  readonly column?: string;
}

const SANGONG_LABELS: Readonly<Record<string, string>> = {
  total: '“三公”经费合计',
  abroad: '因公出国(境)费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  officeOperation: '机关运行经费',
};

export function tableCells(wb: ParsedWorkbook): ReadonlyMap<CellKey, TableCell> {
  const out = new Map<CellKey, TableCell>();
  const add = (sheet: string, a: ParsedAmount, unit: '元' | '万元', subject: string, code?: string, column?: string) =>
    out.set(cellKey(sheet, a.cell), {
      sheet,
      cell: a.cell,
      fen: a.fen ?? 0,
      unit,
      subject,
      ...(code !== undefined ? { code } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  for (const t of wb.tables) {
    if (t.kind === 'classified') {
      for (const row of [...t.rows, ...(t.total ? [t.total] : [])])
        for (const col of t.columns) {
          const a = row.amounts[col.key];
          if (a) add(t.sheet, a, t.unit, rowSubject(t, row, col.label), row.code, col.label);
        }
    } else if (t.kind === 'summary') {
      const labels = new Map(t.expenditureColumns.map((c) => [c.key, c.label] as const));
      const lines = [
        ...t.income,
        ...(t.incomeTotal ? [t.incomeTotal] : []),
        ...t.expenditure,
        ...(t.expenditureTotal ? [t.expenditureTotal] : []),
      ];
      for (const line of lines)
        for (const [key, a] of Object.entries(line.amounts)) {
          const label = t.expenditureColumns.length > 1 ? labels.get(key) : undefined;
          add(t.sheet, a, t.unit, `“${t.sheet}”${line.label}${label ? `【${label}】` : ''}`, undefined, label);
        }
    } else {
      for (const [key, a] of Object.entries(t.amounts)) {
        const label = SANGONG_LABELS[key] ?? key;
        add(t.sheet, a, t.unit, `“${t.sheet}”${label}`, undefined, label);
      }
    }
  }
  return out;
}
