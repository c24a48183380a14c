import { cellAddress, columnLetter, columnNumber, parseCellAddress, parseRangeAddress, rangeAddress } from '../../src/domain/a1';
import type { CellValue, SheetSnapshot, SheetVisibility } from '../../src/domain/port/workbookPort';

// An editable copy of a workbook's sheets that remembers where every row and column came from, so
// that after rows are inserted or deleted, columns split or merged and sheets renamed, each original
// cell can be found again (findings are mapped through it) and formulas are rewritten as Excel would.

export interface GridCell {
  v: CellValue;
  /** Formula text with "=", in ORIGINAL coordinates until `toSnapshots` rewrites it. */
  f: string | null;
  /** Merge group: cells sharing an id form one merged area (its bounding box). */
  m?: number;
}

export interface GridSheet {
  name: string;
  readonly origName: string;
  visibility: SheetVisibility;
  /** Original 1-based row of each row; undefined for inserted rows. */
  rowOrigin: Array<number | undefined>;
  /** Original 1-based column of each column; undefined for inserted columns. */
  colOrigin: Array<number | undefined>;
  cells: GridCell[][];
}

let mergeIds = 0;
export function newMergeId(): number {
  return ++mergeIds;
}

const empty = (): GridCell => ({ v: null, f: null });

export function toGrid(snaps: readonly SheetSnapshot[]): GridSheet[] {
  return snaps.map((s) => {
    const width = Math.max(0, ...s.values.map((r) => r.length));
    const cells = s.values.map((row, r) =>
      Array.from({ length: width }, (_, c): GridCell => ({ v: row[c] ?? null, f: s.formulas[r]?.[c] ?? null })),
    );
    for (const m of s.merges) {
      const { r1, c1, r2, c2 } = parseRangeAddress(m);
      const id = newMergeId();
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (cells[r - 1]?.[c - 1]) cells[r - 1]![c - 1]!.m = id;
    }
    return {
      name: s.name,
      origName: s.name,
      visibility: s.visibility,
      rowOrigin: cells.map((_, i) => i + 1),
      colOrigin: Array.from({ length: width }, (_, i) => i + 1),
      cells,
    };
  });
}

export function width(g: GridSheet): number {
  return g.colOrigin.length;
}

/** Current 0-based index of an original 1-based row/column, or -1 when it was deleted. */
export function rowIndex(g: GridSheet, origRow: number): number {
  return g.rowOrigin.indexOf(origRow);
}
export function colIndex(g: GridSheet, origCol: number): number {
  return g.colOrigin.indexOf(origCol);
}

export function insertRows(g: GridSheet, at: number, rows: readonly (readonly GridCell[])[]): void {
  const w = width(g);
  const padded = rows.map((r) => Array.from({ length: w }, (_, c) => ({ ...(r[c] ?? empty()) })));
  g.cells.splice(at, 0, ...padded);
  g.rowOrigin.splice(at, 0, ...rows.map(() => undefined));
}

export function deleteRow(g: GridSheet, at: number): void {
  g.cells.splice(at, 1);
  g.rowOrigin.splice(at, 1);
}

/** Inserts an empty column before 0-based index `at`; it joins a merge that spans across it. */
export function insertColumn(g: GridSheet, at: number): void {
  g.colOrigin.splice(at, 0, undefined);
  for (const row of g.cells) {
    const left = row[at - 1]?.m;
    const right = row[at]?.m;
    row.splice(at, 0, left !== undefined && left === right ? { v: null, f: null, m: left } : empty());
  }
}

export function deleteColumn(g: GridSheet, at: number): void {
  g.colOrigin.splice(at, 1);
  for (const row of g.cells) row.splice(at, 1);
}

export function blankRow(): GridCell[] {
  return [];
}

/** Where the original cell is now, or null when its row or column was deleted. */
export type CellMap = (sheet: string, cell: string) => { sheet: string; cell: string } | null;

function sheetMaps(grids: readonly GridSheet[]) {
  const bySheet = new Map<string, { g: GridSheet; rows: Map<number, number>; cols: Map<number, number> }>();
  for (const g of grids) {
    const rows = new Map<number, number>();
    g.rowOrigin.forEach((o, i) => o !== undefined && rows.set(o, i + 1));
    const cols = new Map<number, number>();
    g.colOrigin.forEach((o, i) => o !== undefined && cols.set(o, i + 1));
    bySheet.set(g.origName, { g, rows, cols });
  }
  return bySheet;
}

export function cellMapOf(grids: readonly GridSheet[]): CellMap {
  const maps = sheetMaps(grids);
  return (sheet, cell) => {
    const m = maps.get(sheet);
    if (!m) return null;
    const { row, col } = parseCellAddress(cell);
    const r = m.rows.get(row);
    const c = m.cols.get(col);
    return r === undefined || c === undefined ? null : { sheet: m.g.name, cell: cellAddress(r, c) };
  };
}

const QUOTED = String.raw`'((?:[^']|'')+)'!`;
const BARE = String.raw`([^\s'!(),+\-*/:=<>&^"]+)!`;
const CELL = String.raw`(\$?)([A-Z]{1,3})(\$?)(\d+)`;
const REF = new RegExp(String.raw`(?:${QUOTED}|${BARE})?${CELL}(?::${CELL})?(?![A-Za-z0-9_(])`, 'g');

/** First surviving original index ≥ lo (forward) or ≤ hi (backward) in a map of original → new. */
function nearest(map: Map<number, number>, from: number, to: number, step: 1 | -1): number | undefined {
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    const hit = map.get(i);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Each cell reference of a formula, with its sheet (or null for the formula's own sheet), replaced. */
export function replaceRefs(
  formula: string,
  replace: (
    sheet: string | null,
    ref: { d1: string; col1: string; d2: string; row1: string; d3?: string; col2?: string; d4?: string; row2?: string },
    whole: string,
  ) => string,
): string {
  return formula.replace(REF, (whole, quoted: string | undefined, bare: string | undefined, ...rest: string[]) => {
    const [d1 = '', col1 = '', d2 = '', row1 = '', d3 = '', col2, d4 = '', row2] = rest as Array<string | undefined>;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? null);
    return replace(sheet, { d1, col1, d2, row1, ...(col2 !== undefined && row2 !== undefined ? { d3, col2, d4, row2 } : {}) }, whole);
  });
}

/** A formula's references moved to the new layout, as Excel adjusts them; a deleted cell becomes #REF!. */
export function rewriteFormula(formula: string, home: string, maps: ReturnType<typeof sheetMaps>): string {
  return replaceRefs(formula, (sheet, { d1, col1, d2, row1, d3, col2, d4, row2 }, whole) => {
    const m = maps.get(sheet ?? home);
    if (!m || !col1 || !row1) return whole;
    const prefix = sheet !== null ? `'${m.g.name.replace(/'/g, "''")}'!` : '';
    const r1 = Number(row1);
    const c1 = columnNumber(col1);
    if (col2 === undefined || row2 === undefined || d3 === undefined || d4 === undefined) {
      const r = m.rows.get(r1);
      const c = m.cols.get(c1);
      if (r === undefined || c === undefined) return '#REF!';
      return `${prefix}${d1}${columnLetter(c)}${d2}${r}`;
    }
    const r2 = Number(row2);
    const c2 = columnNumber(col2);
    const nr1 = nearest(m.rows, r1, r2, 1);
    const nr2 = nearest(m.rows, r2, r1, -1);
    const nc1 = nearest(m.cols, c1, c2, 1);
    const nc2 = nearest(m.cols, c2, c1, -1);
    if (nr1 === undefined || nr2 === undefined || nc1 === undefined || nc2 === undefined) return '#REF!';
    return `${prefix}${d1}${columnLetter(nc1)}${d2}${nr1}:${d3}${columnLetter(nc2)}${d4}${nr2}`;
  });
}

/** The grids as snapshots: formulas rewritten to the new places, merges from the merge groups. */
export function toSnapshots(grids: readonly GridSheet[]): SheetSnapshot[] {
  const maps = sheetMaps(grids);
  return grids.map((g) => {
    const boxes = new Map<number, { r1: number; c1: number; r2: number; c2: number }>();
    g.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.m === undefined) return;
        const b = boxes.get(cell.m);
        if (!b) boxes.set(cell.m, { r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 });
        else {
          b.r1 = Math.min(b.r1, r + 1);
          b.c1 = Math.min(b.c1, c + 1);
          b.r2 = Math.max(b.r2, r + 1);
          b.c2 = Math.max(b.c2, c + 1);
        }
      }),
    );
    const merges = [...boxes.values()].filter((b) => b.r1 !== b.r2 || b.c1 !== b.c2).map((b) => rangeAddress(b.r1, b.c1, b.r2, b.c2));
    // Merged areas read as empty except their top-left cell, as in Excel.
    const inMerge = new Set<string>();
    for (const b of boxes.values()) {
      for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) if (r !== b.r1 || c !== b.c1) inMerge.add(`${r},${c}`);
    }
    const values = g.cells.map((row, r) => row.map((cell, c) => (inMerge.has(`${r + 1},${c + 1}`) ? null : cell.v)));
    const formulas = g.cells.map((row, r) =>
      row.map((cell, c) => (inMerge.has(`${r + 1},${c + 1}`) || cell.f === null ? null : rewriteFormula(cell.f, g.origName, maps))),
    );
    return { name: g.name, visibility: g.visibility, values, formulas, merges };
  });
}
