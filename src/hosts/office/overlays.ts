import { cellAddress, parseRangeAddress } from '../../domain/a1';
import type { ConditionalFormatPlan } from '../../domain/plan/sheetPlan';
import type { OverlayUndo, SheetOverlay } from '../../domain/port/workbookPort';

// Highlights over the user's sheets and taking them off again.
//
// - Original fills are recorded per RANGE with getCellProperties (ExcelApi 1.9: color, pattern, tint,
//   pattern colour and tint) and put back with one setCellProperties per range. Without 1.9, per
//   cell through format.fill (color only; "no fill" told apart from white by pattern, ExcelApi 1.15).
// - Every recorded range gets a hidden sheet-level name: Excel moves names with inserted and deleted
//   rows, so the restore paints the cells where they are now, not where they were.
// - Range.conditionalFormats returns every format that INTERSECTS a range, the user's own included,
//   and Excel grows a format's range (and rewrites its formula's references) when a row is inserted
//   inside it. The product's own formats are therefore recognised by rule formula (references
//   masked) and fill, never by an exact address; getRangeOrNullObject because getRange throws on a
//   format that spans several areas.

const CELL_FILL: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, tintAndShade: true, patternColor: true, patternTintAndShade: true } },
};

let nameSeq = 0;
/** A workbook-unique, valid defined name ("_BudgetFill_k3x9_1"). */
function trackingName(): string {
  nameSeq++;
  return `_BudgetFill_${Date.now().toString(36)}_${nameSeq}`;
}

export function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const format = ws.getRange(cf.range).conditionalFormats.add('Custom');
  format.custom.rule.formula = ruleFormula(cf.formula);
  format.custom.format.fill.color = cf.fill;
  if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
}

function ruleFormula(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** A formula with the row numbers of its references masked: what stays when Excel moves or grows the range. */
export function formulaShape(formula: string): string {
  return ruleFormula(formula)
    .replace(/(\$?[A-Z]{1,3}\$?)\d+/g, '$1#')
    .replace(/\s+/g, '')
    .toUpperCase();
}

function cellsOf(range: string): string[] {
  const { r1, c1, r2, c2 } = parseRangeAddress(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(cellAddress(r, c));
  return out;
}

/**
 * A cell without fill reads back as white. RangeFill.pattern (ExcelApi 1.15) tells "no fill" from a
 * white fill; without it white is taken as no fill, which looks the same once restored.
 */
function fillColorOf(fill: { color?: string; pattern?: string }, withPattern: boolean): string | null {
  if (withPattern && fill.pattern === 'None') return null;
  const color = fill.color;
  if (!color || (!withPattern && color.toUpperCase() === '#FFFFFF')) return null;
  return color;
}

export interface OverlayFeatures {
  /** ExcelApi 1.9 */
  readonly cellProperties: boolean;
  /** ExcelApi 1.15 */
  readonly fillPattern: boolean;
}

/** 3 syncs: the sheet list; the fills being covered (and their tracking names); the highlights. */
export async function applyOverlays(
  ctx: Excel.RequestContext,
  overlays: readonly SheetOverlay[],
  f: OverlayFeatures,
): Promise<OverlayUndo> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const names = new Set(sheets.items.map((ws) => ws.name));
  const missing = overlays.find((o) => !names.has(o.sheet));
  if (missing) throw new RangeError(`applyOverlay: 工作表“${missing.sheet}”不存在`);

  const records = overlays.flatMap((o) => {
    const ws = sheets.getItem(o.sheet);
    return (o.fills ?? []).map((fill) => {
      const range = ws.getRange(fill.range);
      const name = trackingName();
      ws.names.add(name, range).visible = false;
      if (f.cellProperties) return { sheet: o.sheet, range: fill.range, name, props: range.getCellProperties(CELL_FILL), cells: null };
      // Without ExcelApi 1.9: the fill of each cell, one load per cell.
      const cells = cellsOf(fill.range).map((cell) => ws.getRange(cell).format.fill.load(f.fillPattern ? 'color,pattern' : 'color'));
      return { sheet: o.sheet, range: fill.range, name, props: null, cells };
    });
  });
  if (records.length > 0) await ctx.sync();

  const fills: OverlayUndo['fills'][number][] = records.map((r) => {
    if (r.props) {
      const grid = r.props.value;
      const first = grid[0]?.[0]?.format?.fill ?? {};
      return { sheet: r.sheet, range: r.range, color: fillColorOf(first, true), original: grid, trackingName: r.name };
    }
    const cells = (r.cells ?? []).map((c) =>
      fillColorOf({ color: c.color, pattern: f.fillPattern ? c.pattern : undefined }, f.fillPattern),
    );
    return { sheet: r.sheet, range: r.range, color: cells[0] ?? null, original: { perCell: cells }, trackingName: r.name };
  });

  const cfs: OverlayUndo['conditionalFormats'][number][] = [];
  for (const o of overlays) {
    const ws = sheets.getItem(o.sheet);
    for (const fill of o.fills ?? []) ws.getRange(fill.range).format.fill.color = fill.color;
    for (const cf of o.conditionalFormats ?? []) {
      addConditionalFormat(ws, cf);
      cfs.push({ sheet: o.sheet, range: cf.range, formula: ruleFormula(cf.formula), fill: cf.fill });
    }
  }
  await ctx.sync();
  return { fills, conditionalFormats: cfs };
}

interface CfCandidate {
  readonly sheet: string;
  readonly format: Excel.ConditionalFormat;
  readonly rule: Excel.ConditionalFormatRule;
  readonly fill: Excel.ConditionalRangeFill;
  readonly range: Excel.Range;
}

/**
 * 4 syncs: the sheet list; the formats and names on the recorded sheets; the custom formats' rules,
 * fills and ranges with the named ranges' addresses; the deletions and restores. 2 when there is
 * nothing to look up.
 */
export async function removeOverlays(ctx: Excel.RequestContext, undo: OverlayUndo, f: OverlayFeatures): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const present = new Set(sheets.items.map((ws) => ws.name));
  const cfRecords = undo.conditionalFormats.filter((c) => present.has(c.sheet));
  const fillRecords = undo.fills.filter((x) => present.has(x.sheet));
  const sheetNames = [...new Set([...cfRecords.map((c) => c.sheet), ...fillRecords.filter((x) => x.trackingName).map((x) => x.sheet)])];

  // Every format on the sheet (whole-sheet range): a format the product added may have moved.
  const lookups = sheetNames.map((sheet) => {
    const ws = sheets.getItem(sheet);
    return {
      sheet,
      formats: cfRecords.some((c) => c.sheet === sheet) ? ws.getRange().conditionalFormats.load('items/type') : null,
      names: ws.names.load('items/name'),
    };
  });
  if (lookups.length > 0) await ctx.sync();

  const candidates: CfCandidate[] = lookups.flatMap((l) =>
    (l.formats?.items ?? [])
      .filter((fmt) => fmt.type === 'Custom')
      .map((fmt) => ({
        sheet: l.sheet,
        format: fmt,
        rule: fmt.custom.rule.load('formula'),
        fill: fmt.custom.format.fill.load('color'),
        range: fmt.getRangeOrNullObject().load('address'),
      })),
  );
  const namesBySheet = new Map(lookups.map((l) => [l.sheet, new Set(l.names.items.map((n) => n.name))]));
  const tracked = fillRecords.map((rec) => {
    const ws = sheets.getItem(rec.sheet);
    const name = rec.trackingName;
    const named = name !== undefined && namesBySheet.get(rec.sheet)?.has(name) === true ? ws.names.getItem(name) : null;
    return { rec, named, range: named ? named.getRangeOrNullObject().load('address,rowCount,columnCount') : null };
  });
  if (candidates.length > 0 || tracked.some((t) => t.range)) await ctx.sync();

  const taken = new Set<CfCandidate>();
  for (const rec of cfRecords) {
    const hit = candidates.find((c) => !taken.has(c) && c.sheet === rec.sheet && isOwnFormat(c, rec));
    if (hit) {
      taken.add(hit);
      hit.format.delete();
    }
  }

  for (const t of [...tracked].reverse()) {
    const ws = sheets.getItem(t.rec.sheet);
    // A tracked range whose rows were all deleted is gone (#REF!): nothing of it is left to restore.
    if (t.range?.isNullObject) {
      t.named?.delete();
      continue;
    }
    const address = t.range ? stripSheet(t.range.address) : t.rec.range;
    restoreFill(ws, address, t.rec, f, t.range ? { rows: t.range.rowCount, cols: t.range.columnCount } : null);
    t.named?.delete();
  }
  await ctx.sync();
}

function isOwnFormat(c: CfCandidate, rec: OverlayUndo['conditionalFormats'][number]): boolean {
  if (rec.formula === undefined) {
    // A record from before formulas were kept: only a format still exactly on its range.
    return !c.range.isNullObject && sameRange(stripSheet(c.range.address), rec.range);
  }
  if (formulaShape(c.rule.formula) !== formulaShape(rec.formula)) return false;
  return rec.fill === undefined || c.fill.color.toUpperCase() === rec.fill.toUpperCase();
}

type CellProps = Excel.CellProperties;

function restoreFill(
  ws: Excel.Worksheet,
  address: string,
  rec: OverlayUndo['fills'][number],
  f: OverlayFeatures,
  size: { rows: number; cols: number } | null,
): void {
  const range = ws.getRange(address);
  const original = rec.original;
  if (f.cellProperties && Array.isArray(original)) {
    const grid = original as CellProps[][];
    const rows = size?.rows ?? grid.length;
    const cols = size?.cols ?? grid[0]?.length ?? 0;
    const flat = grid.flat();
    const uniform = flat.every((p) => JSON.stringify(p) === JSON.stringify(flat[0]));
    // The range may have grown (a row inserted inside it): a uniform record covers the new cells too;
    // otherwise the record is laid from the top-left and new cells keep no fill.
    const at = (r: number, c: number): CellProps | undefined => (uniform ? flat[0] : grid[r]?.[c]);
    range.format.fill.clear();
    const settable: Excel.SettableCellProperties[][] = [];
    let any = false;
    for (let r = 0; r < rows; r++) {
      const line: Excel.SettableCellProperties[] = [];
      for (let c = 0; c < cols; c++) {
        const fill = at(r, c)?.format?.fill;
        if (!fill || fill.pattern === 'None' || fill.pattern === undefined) line.push({});
        else {
          any = true;
          line.push({
            format: {
              fill: {
                color: fill.color,
                pattern: fill.pattern,
                tintAndShade: fill.tintAndShade,
                patternColor: fill.patternColor,
                patternTintAndShade: fill.patternTintAndShade,
              },
            },
          });
        }
      }
      settable.push(line);
    }
    if (any) range.setCellProperties(settable);
    return;
  }
  const perCell = (original as { perCell?: (string | null)[] } | undefined)?.perCell;
  const cells = cellsOf(address);
  cells.forEach((cell, i) => {
    const color = perCell ? (perCell[i] ?? perCell[0] ?? null) : rec.color;
    const fill = ws.getRange(cell).format.fill;
    if (color === null) fill.clear();
    else fill.color = color;
  });
}

function sameRange(a: string, b: string): boolean {
  const p = parseRangeAddress(a);
  const q = parseRangeAddress(b);
  return p.r1 === q.r1 && p.c1 === q.c1 && p.r2 === q.r2 && p.c2 === q.c2;
}

/** "'2 收入预算总表'!C3:H20" → "C3:H20". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}
