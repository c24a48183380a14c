import { parseRangeAddress } from '../../domain/a1';
import type { CellValue, SheetSnapshot, SheetVisibility } from '../../domain/port/workbookPort';
import { errorCode } from './errors';
import { stripSheet } from './overlays';

// Reading sheets inside Excel on the web's limits: a response over 5 MB, or over 5,000,000 cells,
// fails. So each wanted sheet's used-range ADDRESS is asked for first, then its cells are read in
// row blocks whose estimated size stays under the budget, one sync per group of blocks (small sheets
// share one sync). A block that still comes back too large is split in two and read again.
//
// Merged areas are read per sheet over its used range only (the whole grid would be 17 billion cells).
// getMergedAreasOrNullObject fails when a range holds more than 512 merged areas: the sheets are then
// read one by one, and a sheet over the limit is read without its merges, with a notice.

/** values + formulas JSON per cell, estimated high (CJK text is 3 bytes a character). */
export const READ_BYTES_PER_CELL = 200;

export function visibilityOf(v: string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

interface Used {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly ws: Excel.Worksheet;
  /** Used range without the sheet name ("C3:H20"); null for an empty sheet. */
  readonly address: string | null;
}

interface Block {
  readonly sheet: Used;
  /** 1-based first row and row count, inside the used range. */
  readonly row: number;
  readonly rows: number;
  readonly c1: number;
  readonly c2: number;
}

export interface ReadOptions {
  readonly mergedAreas: boolean;
  readonly maxBytes: number;
  readonly notice: (message: string) => void;
}

/**
 * 2 syncs (sheet list; used-range addresses) + one per group of row blocks (1 for a budget workbook)
 * + 1 for merged areas (ExcelApi 1.13; one per sheet after a failure over 512 areas).
 */
export async function readSnapshots(
  ctx: Excel.RequestContext,
  names: readonly string[] | undefined,
  o: ReadOptions,
): Promise<SheetSnapshot[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();
  const wanted = names ? new Set(names) : null;
  const chosen = sheets.items.filter((ws) => !wanted || wanted.has(ws.name));
  const usedRanges = chosen.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  if (chosen.length > 0) await ctx.sync();
  const used: Used[] = chosen.map((ws, i) => {
    const u = usedRanges[i];
    return { name: ws.name, visibility: visibilityOf(ws.visibility), ws, address: u && !u.isNullObject ? stripSheet(u.address) : null };
  });

  const grids = new Map<Used, { values: unknown[][]; formulas: unknown[][] }>();
  for (const u of used) if (u.address) grids.set(u, { values: [], formulas: [] });
  for (const group of groupBlocks(used, o.maxBytes)) await readGroup(ctx, group, grids);

  const merges = o.mergedAreas ? await readMerges(ctx, used, o.notice) : new Map<Used, string[]>();
  return used.map((u) => {
    const g = grids.get(u);
    const grid = u.address && g ? toA1Grid(u.address, g.values, g.formulas) : { values: [], formulas: [] };
    return { name: u.name, visibility: u.visibility, values: grid.values, formulas: grid.formulas, merges: merges.get(u) ?? [] };
  });
}

/** Row blocks under the budget, packed into groups that each stay under it: one sync per group. */
export function groupBlocks(used: readonly Used[], maxBytes: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const u of used) {
    if (!u.address) continue;
    const { r1, c1, r2, c2 } = parseRangeAddress(u.address);
    const rowBytes = (c2 - c1 + 1) * READ_BYTES_PER_CELL;
    const perBlock = Math.max(1, Math.floor(maxBytes / rowBytes));
    for (let row = r1; row <= r2; row += perBlock) {
      const rows = Math.min(perBlock, r2 - row + 1);
      const bytes = rows * rowBytes;
      if (current.length > 0 && size + bytes > maxBytes) {
        groups.push(current);
        current = [];
        size = 0;
      }
      current.push({ sheet: u, row, rows, c1, c2 });
      size += bytes;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function readGroup(
  ctx: Excel.RequestContext,
  group: readonly Block[],
  grids: Map<Used, { values: unknown[][]; formulas: unknown[][] }>,
): Promise<void> {
  const ranges = group.map((b) => b.sheet.ws.getRangeByIndexes(b.row - 1, b.c1 - 1, b.rows, b.c2 - b.c1 + 1).load('values,formulas'));
  try {
    await ctx.sync();
  } catch (e) {
    // Denser than estimated (long texts): the same rows in two halves, each its own request.
    if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || (group.every((b) => b.rows === 1) && group.length === 1)) throw e;
    const halves = splitGroup(group);
    for (const h of halves) await readGroup(ctx, h, grids);
    return;
  }
  group.forEach((b, i) => {
    const g = grids.get(b.sheet);
    const r = ranges[i];
    if (!g || !r) return;
    g.values.push(...(r.values as unknown[][]));
    g.formulas.push(...(r.formulas as unknown[][]));
  });
}

function splitGroup(group: readonly Block[]): Block[][] {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const b = group[0]!;
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, row: b.row + top, rows: b.rows - top }]];
}

async function readMerges(ctx: Excel.RequestContext, used: readonly Used[], notice: (m: string) => void): Promise<Map<Used, string[]>> {
  const out = new Map<Used, string[]>();
  const withData = used.filter((u) => u.address);
  if (withData.length === 0) return out;
  const load = (u: Used) => u.ws.getRange(u.address!).getMergedAreasOrNullObject().load('areas/items/address');
  const take = (u: Used, areas: Excel.RangeAreas) =>
    out.set(u, areas.isNullObject ? [] : areas.areas.items.map((r) => stripSheet(r.address)));
  const all = withData.map(load);
  try {
    await ctx.sync();
    withData.forEach((u, i) => take(u, all[i]!));
    return out;
  } catch (e) {
    if (errorCode(e) === undefined) throw e;
  }
  // One sheet has more than 512 merged areas (or another per-sheet failure): sheet by sheet.
  for (const u of withData) {
    const areas = load(u);
    try {
      await ctx.sync();
      take(u, areas);
    } catch (e) {
      if (errorCode(e) === undefined) throw e;
      out.set(u, []);
      notice(`“${u.name}”的合并单元格超过 Excel 一次可读取的 512 处，已按未合并读取；表头核对可能不完整。`);
    }
  }
  return out;
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v); // rich values (entities, errors as objects) kept readable
}

/**
 * The used range's values and formulas placed on an A1-based grid: the used range need not start at A1
 * (a sheet whose first filled cell is C3), so rows and columns before it are padded with null.
 *
 * Range.formulas returns a text cell's text without its apostrophe prefix, so the text "=A1" (typed
 * as '=A1) reads back as "=A1" in formulas AND values: a formula is a cell whose formula text is not
 * also its value.
 */
export function toA1Grid(
  address: string,
  values: readonly unknown[][],
  formulas: readonly unknown[][],
): {
  values: CellValue[][];
  formulas: (string | null)[][];
} {
  const { r1, c1 } = parseRangeAddress(stripSheet(address));
  const width = c1 - 1 + values.reduce((m, r) => Math.max(m, r.length), 0);
  const outValues: CellValue[][] = [];
  const outFormulas: (string | null)[][] = [];
  for (let r = 1; r < r1; r++) {
    outValues.push(new Array<CellValue>(width).fill(null));
    outFormulas.push(new Array<string | null>(width).fill(null));
  }
  values.forEach((row, i) => {
    const vr = new Array<CellValue>(width).fill(null);
    const fr = new Array<string | null>(width).fill(null);
    const frow = formulas[i] ?? [];
    row.forEach((v, j) => {
      vr[c1 - 1 + j] = plainValue(v);
      const f = frow[j];
      fr[c1 - 1 + j] = typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
    });
    outValues.push(vr);
    outFormulas.push(fr);
  });
  return { values: outValues, formulas: outFormulas };
}
