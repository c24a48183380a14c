import { cellAddress } from '../a1';
import { parentCode } from '../catalog/codes';
import type { ParsedClassifiedTable, ParsedWorkbook } from '../read/parsedTables';
import type { ArithmeticCheck } from './arithmetic';
import { CellKey, cellKey } from './linearFormula';
import type { TableCell } from './tableCells';
import { classifiedTables, rowsByCode } from './tables';

// A 科目 row one table lacks while the tables it is compared with have it: the row-by-row checks
// then compare the other tables' figures with nothing. Each (table, code, column) becomes one
// more number root-cause folding can try: a blank that should hold the other tables' figure.

export interface MissingRow {
  /** A key no real cell has: "sheet\u0000#2080102:G". */
  readonly key: CellKey;
  /** Where the row would go (its column in the row after which it belongs), value 0. */
  readonly cell: TableCell;
  /** The cell of the nearest row above it in the tree (or the 合计 row) in the same column. */
  readonly parentCell: string | null;
  /** Checks that compare without this row: check index → side (+1 left, −1 right). */
  readonly direct: ReadonlyMap<number, number>;
  readonly missing: {
    readonly sheet: string;
    readonly code: string;
    readonly name: string;
    /** 1-based row the inserted row would take. */
    readonly row: number;
    /** Tables that have the row. */
    readonly sources: readonly string[];
  };
}

interface Evaluated {
  readonly check: ArithmeticCheck;
  readonly verdict: 'pass' | 'rounding' | 'fail';
}

const letters = (cell: string) => cell.replace(/\d+$/, '');

/** The sheets (with side and column) a per-code check lacks, learnt from its rule's 合计 check. */
function lacking(check: ArithmeticCheck, totals: readonly ArithmeticCheck[]): Array<{ sheet: string; column: string; sign: number }> {
  const sides = (c: ArithmeticCheck) => [
    ...c.left.map((t) => ({ sheet: t.sheet, column: letters(t.cell), sign: 1 })),
    ...c.right.map((t) => ({ sheet: t.sheet, column: letters(t.cell), sign: -1 })),
  ];
  const own = sides(check);
  for (const total of totals) {
    if (total.rule !== check.rule) continue;
    const all = sides(total);
    const matches = own.every((o) => all.some((a) => a.sheet === o.sheet && a.column === o.column && a.sign === o.sign));
    if (!matches) continue;
    return all.filter((a) => !own.some((o) => o.sheet === a.sheet));
  }
  return [];
}

export function missingRows(parsed: ParsedWorkbook, evaluated: readonly Evaluated[], failing: readonly number[]): MissingRow[] {
  // A per-code rule's 合计 check (no code) names every table and column the rule compares.
  const totals = evaluated.map((e) => e.check).filter((c) => c.at.code === undefined);
  const tables = new Map(classifiedTables(parsed).map((t) => [t.sheet, t] as const));
  const byCode = new Map<string, number[]>();
  evaluated.forEach((e, i) => {
    const code = e.check.at.code;
    if (code === undefined) return;
    const list = byCode.get(code);
    if (list) list.push(i);
    else byCode.set(code, [i]);
  });
  const out = new Map<CellKey, MissingRow>();
  for (const i of failing) {
    const check = evaluated[i]?.check;
    const code = check?.at.code;
    if (!check || code === undefined) continue;
    for (const gap of lacking(check, totals)) {
      const table = tables.get(gap.sheet);
      if (!table || rowsByCode(table).has(code)) continue;
      const column = table.columns.find((c) => letters(cellAddress(1, c.col)) === gap.column);
      if (!column) continue;
      const key = cellKey(gap.sheet, `#${code}:${gap.column}`);
      if (out.has(key)) continue;
      out.set(key, build(table, code, column, key, gap.column));
    }
  }
  return [...out.values()];

  function build(
    table: ParsedClassifiedTable,
    code: string,
    column: { key: string; label: string },
    key: CellKey,
    col: string,
  ): MissingRow {
    const rows = rowsByCode(table);
    let parent: string | null = null;
    for (let p = parentCode(code); p !== null; p = parentCode(p)) {
      const a = rows.get(p)?.amounts[column.key];
      if (a) {
        parent = a.cell;
        break;
      }
    }
    parent ??= table.total?.amounts[column.key]?.cell ?? null;
    // The row goes after the last row whose code sorts before it.
    const before = table.rows.filter((r) => r.code !== undefined && r.code < code);
    const after = before.length > 0 ? Math.max(...before.map((r) => r.row)) : table.firstDataRow - 1;
    const row = after + 1;
    const sources: string[] = [];
    let name = '';
    for (const other of tables.values()) {
      const r = rowsByCode(other).get(code);
      if (!r || other === table) continue;
      sources.push(other.sheet);
      name ||= r.name;
    }
    const direct = new Map<number, number>();
    for (const j of byCode.get(code) ?? []) {
      const c = evaluated[j]?.check;
      if (c) for (const g of lacking(c, totals)) if (g.sheet === table.sheet && g.column === col) direct.set(j, g.sign);
    }
    return {
      key,
      cell: {
        sheet: table.sheet,
        cell: `${col}${row}`,
        fen: 0,
        unit: table.unit,
        subject: `“${table.sheet}”${code} ${name}【${column.label}】`.replace(/\s+【/, '【'),
        code,
        column: column.label,
      },
      parentCell: parent,
      direct,
      missing: { sheet: table.sheet, code, name, row, sources },
    };
  }
}
