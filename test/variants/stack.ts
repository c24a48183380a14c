import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../src/domain/a1';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import type { CellMap } from './grid';
import { replaceRefs } from './grid';

// All tables one under the other on a single sheet, as a PDF converted to Excel often comes out:
// each sheet's rows move down by the rows above them, and references follow.

export function stackSheets(
  sheets: readonly SheetSnapshot[],
  which: ReadonlySet<string>,
  name: string,
  gap: number,
): { sheets: SheetSnapshot[]; map: CellMap } {
  const offsets = new Map<string, number>();
  let rows = 0;
  for (const s of sheets) {
    if (!which.has(s.name)) continue;
    offsets.set(s.name, rows);
    rows += s.values.length + gap;
  }
  const width = Math.max(0, ...sheets.filter((s) => which.has(s.name)).map((s) => Math.max(0, ...s.values.map((r) => r.length))));
  const pad = <T>(r: readonly T[], fill: T): T[] => [...r, ...new Array<T>(Math.max(0, width - r.length)).fill(fill)];
  const move = (home: string, formula: string) =>
    replaceRefs(formula, (sheet, ref, whole) => {
      const target = sheet ?? home;
      const off = offsets.get(target);
      if (off === undefined) return whole;
      // The stacked sheet's own cells lose their sheet prefix; other sheets keep theirs.
      const one = `${ref.d1}${ref.col1}${ref.d2}${Number(ref.row1) + off}`;
      const two =
        ref.col2 !== undefined && ref.row2 !== undefined ? `:${ref.d3 ?? ''}${ref.col2}${ref.d4 ?? ''}${Number(ref.row2) + off}` : '';
      return `${one}${two}`;
    });
  const values: SheetSnapshot['values'][number][] = [];
  const formulas: SheetSnapshot['formulas'][number][] = [];
  const merges: string[] = [];
  let visibility: SheetSnapshot['visibility'] = 'visible';
  for (const s of sheets) {
    const off = offsets.get(s.name);
    if (off === undefined) continue;
    if (s.visibility !== 'visible') visibility = s.visibility;
    s.values.forEach((r, i) => {
      values.push(pad(r, null));
      formulas.push(
        pad(
          (s.formulas[i] ?? []).map((f) => (f === null ? null : move(s.name, f))),
          null,
        ),
      );
    });
    for (let i = 0; i < gap; i++) {
      values.push(pad([], null));
      formulas.push(pad([], null));
    }
    for (const m of s.merges) {
      const { r1, c1, r2, c2 } = parseRangeAddress(m);
      merges.push(rangeAddress(r1 + off, c1, r2 + off, c2));
    }
  }
  const stacked: SheetSnapshot = { name, visibility, values, formulas, merges };
  // Sheets that stay separate keep their cells; their references into the stacked ones follow.
  const rest = sheets
    .filter((s) => !which.has(s.name))
    .map((s) => ({ ...s, formulas: s.formulas.map((r) => r.map((f) => (f === null ? null : moveOther(f)))) }));
  function moveOther(formula: string): string {
    return replaceRefs(formula, (sheet, ref, whole) => {
      if (sheet === null || !offsets.has(sheet)) return whole;
      const off = offsets.get(sheet)!;
      const two =
        ref.col2 !== undefined && ref.row2 !== undefined ? `:${ref.d3 ?? ''}${ref.col2}${ref.d4 ?? ''}${Number(ref.row2) + off}` : '';
      return `'${name.replace(/'/g, "''")}'!${ref.d1}${ref.col1}${ref.d2}${Number(ref.row1) + off}${two}`;
    });
  }
  const firstAt = sheets.findIndex((s) => which.has(s.name));
  const out: SheetSnapshot[] = [...rest];
  out.splice(Math.max(0, Math.min(firstAt, out.length)), 0, stacked);
  const map: CellMap = (sheet, cell) => {
    const off = offsets.get(sheet);
    if (off === undefined) return { sheet, cell };
    const { row, col } = parseCellAddress(cell);
    return { sheet: name, cell: cellAddress(row + off, col) };
  };
  return { sheets: out, map };
}
