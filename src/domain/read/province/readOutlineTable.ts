import { cellAddress } from '../../a1';
import type { OutlineTableDef } from '../../templates/formTypes';
import type { ParsedOutlineRow, ParsedOutlineTable } from './provinceTables';
import { canonLabel, readAmount, SheetCtx, sheetWidth, textAt } from './readCell';
import type { TableRegion } from './readFormTable';

/**
 * Reads an outline table (政府采购预算表): a row's level is the first level whose label columns
 * hold text; the figure is under the amount header; the 合计 row is the total.
 */
export function readOutlineTable(ctx: SheetCtx, def: OutlineTableDef, region: TableRegion, year: number | null): ParsedOutlineTable | null {
  const { snap } = ctx;
  const w = sheetWidth(snap);
  const colOf = (label: string, from: number): { row: number; col: number } | null => {
    const want = canonLabel(label);
    for (let r = from; r <= Math.min(region.endRow, from + 8); r++)
      for (let c = 1; c <= w; c++) if (canonLabel(textAt(snap, r, c)) === want) return { row: r, col: c };
    return null;
  };
  const amount = colOf(def.amountHeader, region.titleRow + 1);
  if (!amount) return null;
  const levelCols = def.levels.map((l) =>
    l.headers.map((h) => colOf(h, region.titleRow + 1)?.col).filter((c): c is number => c !== undefined),
  );
  const labelCols = levelCols.flat();
  const totalLabel = canonLabel(def.totalLabel);
  let total: ParsedOutlineTable['total'] = null;
  const rows: ParsedOutlineRow[] = [];
  for (let r = amount.row + 1; r <= region.endRow; r++) {
    const texts = labelCols.map((c) => ({ c, t: textAt(snap, r, c) })).filter((x) => x.t !== '');
    const [first] = texts;
    if (!first) continue;
    if (canonLabel(first.t) === totalLabel) {
      total ??= { row: r, labelCell: cellAddress(r, first.c), amount: readAmount(ctx, r, amount.col) };
      continue;
    }
    const level = levelCols.findIndex((cols) => cols.some((c) => textAt(snap, r, c) !== ''));
    rows.push({
      row: r,
      level,
      label: texts.map((x) => x.t).join(' '),
      labelCell: cellAddress(r, first.c),
      amount: readAmount(ctx, r, amount.col),
    });
  }
  return {
    kind: 'outline',
    tableId: def.id,
    sheet: snap.name,
    title: region.title,
    titleCell: cellAddress(region.titleRow, region.titleCol),
    year,
    unit: def.unit,
    total,
    rows,
  };
}
