import { cellAddress, parseCellAddress } from '../../src/domain/a1';
import { excelRound } from '../../src/domain/money';
import type { ParsedAmount, ParsedClassifiedTable, ParsedRow } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { pick } from '../support/prng';
import { deleteRow, rowIndex, toGrid, toSnapshots } from './grid';
import { withCachedResults, withoutCachedResults } from './cachedResults';

// Faults officers really make, planted in the original layout: a 项 changed (only there), a
// parent typed over with a wrong number, a row deleted, a figure typed in 万元 into an 元 table.

export type FaultKind = 'changed-leaf' | 'typed-over-parent' | 'missing-row' | 'unit-slip';
export const FAULT_KINDS: readonly FaultKind[] = ['changed-leaf', 'typed-over-parent', 'missing-row', 'unit-slip'];

export interface PlantedFault {
  readonly kind: FaultKind;
  readonly sheet: string;
  /** The cell changed, or the first cell of the deleted row. */
  readonly cell: string;
  readonly description: string;
}

interface Candidate {
  readonly table: ParsedClassifiedTable;
  readonly row: ParsedRow;
  readonly amount: ParsedAmount;
}

function candidates(sheets: readonly SheetSnapshot[], test: (c: Candidate, formulas: boolean) => boolean): Candidate[] {
  const { workbook } = readBudgetTables(sheets);
  const out: Candidate[] = [];
  for (const table of workbook.tables) {
    if (table.kind !== 'classified') continue;
    for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
      for (const amount of Object.values(row.amounts))
        if (test({ table, row, amount }, amount.formula !== null)) out.push({ table, row, amount });
    }
  }
  return out;
}

const perUnit = (t: ParsedClassifiedTable) => (t.unit === '万元' ? 1_000_000 : 100);

/** Between 20,000 and 90,000 元: large enough to stay an error after rounding to 0.01 万元. */
function delta(rand: () => number): number {
  return (20_000 + Math.floor(rand() * 70_000)) * 100;
}

function siblings(t: ParsedClassifiedTable, row: ParsedRow): number {
  const parent = row.code?.slice(0, row.code.length - 2);
  return t.rows.filter((r) => r.role === row.role && r.code?.length === row.code?.length && r.code?.startsWith(parent ?? '')).length;
}

/** Plants one fault of `kind`; formula results are recalculated afterwards, as Excel would. */
export function plantFault(
  base: readonly SheetSnapshot[],
  kind: FaultKind,
  rand: () => number,
): { sheets: SheetSnapshot[]; fault: PlantedFault } {
  const plain = withoutCachedResults(base);
  const isLeaf = (c: Candidate) =>
    c.row.role === 'item' || (c.table.tableId === 'economic' && c.row.role !== 'class' && c.row.role !== 'total');
  let pool: Candidate[];
  if (kind === 'changed-leaf') pool = candidates(plain, (c, f) => isLeaf(c) && !f && (c.amount.fen ?? 0) > 0);
  else if (kind === 'typed-over-parent') pool = candidates(plain, (c) => !isLeaf(c) && (c.amount.fen ?? 0) > 0);
  else if (kind === 'unit-slip') pool = candidates(plain, (c, f) => isLeaf(c) && !f && (c.amount.fen ?? 0) >= 10_000_000);
  else
    pool = candidates(
      plain,
      (c) => isLeaf(c) && c.amount === Object.values(c.row.amounts)[0] && siblings(c.table, c.row) >= 2 && (c.amount.fen ?? 0) > 0,
    );
  if (pool.length === 0) throw new Error(`plantFault: 无处可植入 ${kind}`);
  const { table, row, amount } = pick(rand, pool);
  const { row: r, col: c } = parseCellAddress(amount.cell);
  const grids = toGrid(plain);
  const g = grids.find((x) => x.origName === table.sheet)!;
  const cell = g.cells[rowIndex(g, r)]![c - 1]!;
  const fen = amount.fen ?? 0;
  const d = delta(rand);
  let description: string;
  if (kind === 'changed-leaf') {
    const signed = fen > d && rand() < 0.5 ? -d : d;
    cell.v = (fen + signed) / perUnit(table);
    description = `${table.sheet}!${amount.cell} ${row.code} ${signed > 0 ? '+' : ''}${signed / 100} 元`;
  } else if (kind === 'typed-over-parent') {
    cell.v = (fen + d) / perUnit(table);
    cell.f = null;
    description = `${table.sheet}!${amount.cell} ${row.code ?? '合计'} typed over, +${d / 100} 元`;
  } else if (kind === 'unit-slip') {
    cell.v = excelRound(fen / perUnit(table) / 10_000, 2);
    description = `${table.sheet}!${amount.cell} ${row.code} typed in 万元: ${cell.v}`;
  } else {
    deleteRow(g, rowIndex(g, r));
    description = `${table.sheet} row ${r} (${row.code} ${row.name}) deleted`;
  }
  const sheets = withCachedResults(toSnapshots(grids));
  return { sheets, fault: { kind, sheet: table.sheet, cell: kind === 'missing-row' ? cellAddress(r, 1) : amount.cell, description } };
}
