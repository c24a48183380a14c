import { cellAddress } from '../../a1';
import type { FormTableDef } from '../../templates/formTypes';
import type { ParsedFormField, ParsedFormTable, ParsedListLine } from './provinceTables';
import { canonLabel, hasFigure, mergeEnd, readAmount, SheetCtx, sheetWidth, textAt } from './readCell';

export interface TableRegion {
  readonly titleRow: number;
  readonly titleCol: number;
  readonly endRow: number;
  readonly title: string;
}

const HEADER_SCAN_ROWS = 8;

/**
 * Reads a table of labelled figures by its labels, not by position: in a rows form each figure is
 * right of its label under the amount header ("金额"); in a columns form it is under its header.
 */
export function readFormTable(ctx: SheetCtx, def: FormTableDef, region: TableRegion, year: number | null): ParsedFormTable {
  const { snap } = ctx;
  const w = sheetWidth(snap);
  const cells: Array<{ row: number; col: number; canon: string }> = [];
  for (let r = region.titleRow + 1; r <= region.endRow; r++)
    for (let c = 1; c <= w; c++) {
      const t = textAt(snap, r, c);
      if (t !== '') cells.push({ row: r, col: c, canon: canonLabel(t) });
    }
  const fields: Record<string, ParsedFormField> = {};
  const lists: Record<string, ParsedListLine[]> = {};
  if (def.orientation === 'rows') {
    const amountHeader = canonLabel(def.amountHeader ?? '金额');
    const amountCols = [
      ...new Set(cells.filter((c) => c.canon === amountHeader && c.row <= region.titleRow + HEADER_SCAN_ROWS).map((c) => c.col)),
    ].sort((a, b) => a - b);
    const amountColAfter = (row: number, col: number): number => {
      const end = mergeEnd(snap, row, col);
      return amountCols.find((c) => c > end) ?? end + 1;
    };
    // A repeated label ("小计") is told apart by its group: the nearest text above-or-level in the column to its left.
    const groupOf = (row: number, col: number): string => {
      for (let r = row; r > region.titleRow; r--) {
        const t = textAt(snap, r, col - 1);
        if (t !== '') return canonLabel(t);
      }
      return '';
    };
    for (const field of def.fields) {
      const label = canonLabel(field.label);
      const under = field.under !== undefined ? canonLabel(field.under) : undefined;
      const hit = cells.find((c) => c.canon === label && (under === undefined || groupOf(c.row, c.col) === under));
      if (!hit) continue;
      const col = amountColAfter(hit.row, hit.col);
      fields[field.key] = { ...readAmount(ctx, hit.row, col), labelCell: cellAddress(hit.row, hit.col) };
    }
    for (const list of def.lists ?? []) {
      const head = cells.find((c) => c.canon === canonLabel(list.labelHeader));
      if (!head) continue;
      const until = cells.find((c) => c.col === head.col && c.row > head.row && c.canon === canonLabel(list.until));
      const last = until ? until.row - 1 : region.endRow;
      const lines: ParsedListLine[] = [];
      for (let r = head.row + 1; r <= last; r++) {
        const label = textAt(snap, r, head.col);
        if (label === '') continue;
        lines.push({
          label,
          name: canonLabel(label),
          labelCell: cellAddress(r, head.col),
          amount: readAmount(ctx, r, amountColAfter(r, head.col)),
        });
      }
      lists[list.key] = lines;
    }
  } else {
    // The header right above a cell: the nearest text in the row above, at or left of its column.
    const parentOf = (row: number, col: number): string => {
      for (let r = row - 1; r > region.titleRow; r--)
        for (let c = col; c >= 1; c--) {
          const t = textAt(snap, r, c);
          if (t !== '') return canonLabel(t);
        }
      return '';
    };
    const found: Array<{ key: string; row: number; col: number }> = [];
    for (const field of def.fields) {
      const label = canonLabel(field.label);
      const under = field.under !== undefined ? canonLabel(field.under) : undefined;
      const hit = cells.find(
        (c) =>
          c.canon === label &&
          c.row <= region.titleRow + HEADER_SCAN_ROWS &&
          (under === undefined || parentOf(c.row, c.col) === under) &&
          !found.some((x) => x.col === c.col),
      );
      if (hit) found.push({ key: field.key, row: hit.row, col: hit.col });
    }
    const headerEnd = Math.max(region.titleRow + 1, ...found.map((x) => x.row));
    let valueRow = headerEnd + 1;
    for (let r = headerEnd + 1; r <= region.endRow; r++)
      if (found.some((x) => hasFigure(snap, r, x.col))) {
        valueRow = r;
        break;
      }
    for (const x of found) fields[x.key] = { ...readAmount(ctx, valueRow, x.col), labelCell: cellAddress(x.row, x.col) };
  }
  return {
    kind: 'form',
    tableId: def.id,
    sheet: snap.name,
    title: region.title,
    titleCell: cellAddress(region.titleRow, region.titleCol),
    year,
    unit: def.unit,
    fields,
    lists,
  };
}
