import fs from 'node:fs';
import { OfficeMockObject } from 'office-addin-mock';
import { parseRangeAddress, rangeAddress } from '../src/domain/a1';
import { budgetDataFromPublished } from '../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../src/domain/plan/buildBudgetWorkbook';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../src/domain/plan/sheetPlan';
import {
  absoluteRows,
  charsToPoints,
  formulaCell,
  needsTextPrefix,
  OfficeWorkbook,
  rowBlocks,
  TimeoutError,
  toA1Grid,
  withTimeout,
} from '../src/hosts/office/officeWorkbook';
import { requirementNotices } from '../src/hosts/office/requirements';
import { CellValue, SheetConflictError } from '../src/domain/port/workbookPort';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum, and the manifest
// package's index pulls an ESM-only dependency jest's CommonJS runtime cannot load. Serve the real
// enum from its own (dependency-free) file instead.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: (jest.requireActual('office-addin-manifest/lib/officeApp') as { OfficeApp: unknown }).OfficeApp,
}));

// How the Office host is tested.
//
// office-addin-mock (OfficeMockObject) mirrors a STATIC object tree: objects created at run time
// (worksheets.add, getRange for any address, getUsedRangeOrNullObject) are not reached by its sync(),
// `items/name`-style collection loads throw, and queued calls take effect immediately instead of at
// sync. It is used below for activate(), which fits that model. Everything else runs against a small
// hand-rolled fake of the Excel object model that keeps the parts that matter honest:
//   - every call is QUEUED and only takes effect at context.sync(), in order; a failing operation fails
//     the sync (ItemNotFound, ItemAlreadyExists, wrong array shape, deleting the last visible sheet);
//   - loaded properties throw when read before the sync that loads them;
//   - assigning through Range.formulas behaves like typing: "205" becomes a number unless the cell is
//     already formatted "@", a leading apostrophe marks text, a formula typed into a "@" cell is text;
//   - sync() calls are counted per Excel.run, and operations still queued when Excel.run ends are
//     counted too (they would never reach Excel).

// ------------------------------------------------------------------------------------------------
// The fake.

class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface FakeCell {
  formula: unknown;
  value: CellValue;
  numberFormat: string;
  fill: string | null;
}
interface FakeCf {
  range: string;
  type: string;
  props: Record<string, unknown>;
}
interface Logged {
  run: number;
  sync: number;
  sheet: string;
  target: string;
  path: string;
  value: unknown;
}

function quoteName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class SheetState {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly cfs: FakeCf[] = [];
  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
  ) {}

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { formula: '', value: null, numberFormat: 'General', fill: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  usedBounds(): { r1: number; c1: number; r2: number; c2: number } | null {
    let b: { r1: number; c1: number; r2: number; c2: number } | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.formula === '' || cell.formula === null) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      b = b
        ? { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return b;
  }
}

class WorkbookState {
  sheets: SheetState[] = [];
  readonly log: Logged[] = [];
  active: string | null = null;
  selected: string | null = null;

  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet holding `rows` from `at` (default A1): strings starting with "=" are formulas with `results` as values. */
  addSheet(
    name: string,
    rows: PlanCell[][] = [],
    opts: { at?: string; results?: CellValue[][]; visibility?: SheetState['visibility'] } = {},
  ): SheetState {
    const s = new SheetState(name, opts.visibility);
    const { r1, c1 } = parseRangeAddress(opts.at ?? 'A1');
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = s.cell(r1 + i, c1 + j);
        cell.formula = v;
        cell.value = typeof v === 'string' && v.startsWith('=') ? (opts.results?.[i]?.[j] ?? null) : v;
      }),
    );
    this.sheets.push(s);
    return s;
  }

  fingerprint(): string {
    return JSON.stringify(this.sheets.map((s) => ({ n: s.name, v: s.visibility, c: [...s.cells], m: s.merges, f: s.cfs })));
  }
}

class Loaded<T> {
  private box: { value: T } | null = null;
  set(value: T): void {
    this.box = { value };
  }
  get(what: string): T {
    if (!this.box) throw new RichApiError('PropertyNotLoaded', `${what} was read before load() and context.sync()`);
    return this.box.value;
  }
}

interface SheetRef {
  state?: SheetState;
}

class FakeContext {
  syncs = 0;
  private queue: (() => void)[] = [];
  readonly workbook: { worksheets: FakeWorksheets };

  constructor(
    readonly wb: WorkbookState,
    readonly run: number,
  ) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }

  record(sheet: SheetState, target: string, path: string, value: unknown): void {
    this.wb.log.push({ run: this.run, sync: this.syncs, sheet: sheet.name, target, path, value });
  }

  sheetOf(ref: SheetRef): SheetState {
    if (!ref.state || !this.wb.sheets.includes(ref.state)) throw new RichApiError('ItemNotFound', 'sheet does not exist');
    return ref.state;
  }
}

class FakeWorksheets {
  private readonly loadedItems = new Loaded<FakeWorksheet[]>();
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems.get('worksheets.items');
  }

  load(_props?: string): this {
    this.ctx.enqueue(() => this.loadedItems.set(this.ctx.wb.sheets.map((s) => FakeWorksheet.loaded(this.ctx, s))));
    return this;
  }

  add(name: string): FakeWorksheet {
    const ref: SheetRef = {};
    this.ctx.enqueue(() => {
      if (this.ctx.wb.find(name)) throw new RichApiError('ItemAlreadyExists', `sheet ${name} exists`);
      const s = new SheetState(name);
      this.ctx.wb.sheets.push(s);
      ref.state = s;
      this.ctx.record(s, '', 'worksheets.add', name);
    });
    return new FakeWorksheet(this.ctx, ref);
  }

  getItem(name: string): FakeWorksheet {
    const ref: SheetRef = {};
    this.ctx.enqueue(() => {
      const s = this.ctx.wb.find(name);
      if (!s) throw new RichApiError('ItemNotFound', `sheet ${name} not found`);
      ref.state = s;
    });
    return new FakeWorksheet(this.ctx, ref);
  }
}

class FakeWorksheet {
  private readonly loadedName = new Loaded<string>();
  private readonly loadedVisibility = new Loaded<string>();
  constructor(
    private readonly ctx: FakeContext,
    readonly ref: SheetRef,
  ) {}

  static loaded(ctx: FakeContext, s: SheetState): FakeWorksheet {
    const ws = new FakeWorksheet(ctx, { state: s });
    ws.loadedName.set(s.name);
    ws.loadedVisibility.set(s.visibility);
    return ws;
  }

  get name(): string {
    return this.loadedName.get('worksheet.name');
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const other = this.ctx.wb.find(v);
      if (other && other !== s) throw new RichApiError('ItemAlreadyExists', `sheet ${v} exists`);
      this.ctx.record(s, '', 'name', v);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.loadedVisibility.get('worksheet.visibility');
  }
  set tabColor(v: string) {
    this.ctx.enqueue(() => this.ctx.record(this.ctx.sheetOf(this.ref), '', 'tabColor', v));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      if (!this.ctx.wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new RichApiError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      this.ctx.record(s, '', 'delete', null);
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((x) => x !== s);
    });
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.wb.active = this.ctx.sheetOf(this.ref).name));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.ref, address === undefined ? { whole: true } : { address });
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new RichApiError('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, this.ref, { address: rangeAddress(r + 1, c + 1, r + rows, c + cols) });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.ref, { used: true });
  }
  get freezePanes(): unknown {
    return recorder(this.ctx, this.ref, () => '', 'freezePanes');
  }
  get pageLayout(): unknown {
    return recorder(this.ctx, this.ref, () => '', 'pageLayout');
  }
}

interface RangeSpec {
  address?: string;
  whole?: boolean;
  used?: boolean;
}
interface RangeData {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

/** Typing `v` into `cell`, as Excel does it. */
function typeInto(cell: FakeCell, v: unknown): void {
  if (v === '' || v === null) {
    cell.formula = '';
    cell.value = null;
  } else if (typeof v !== 'string') {
    cell.formula = v;
    cell.value = v as CellValue;
  } else if (cell.numberFormat === '@') {
    cell.formula = v; // text, even "=SUM(…)" and "205"
    cell.value = v;
  } else if (v.startsWith("'")) {
    cell.formula = v.slice(1);
    cell.value = v.slice(1);
  } else if (v.startsWith('=')) {
    cell.formula = v;
    cell.value = null; // the fake does not calculate
  } else if (/^[-+]?\d+(\.\d+)?$/.test(v.trim())) {
    cell.formula = Number(v);
    cell.value = Number(v);
  } else {
    cell.formula = v;
    cell.value = v;
  }
}

class FakeRange {
  private readonly data = new Loaded<RangeData | null>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly spec: RangeSpec,
  ) {}

  /** The address the range covers, resolved at sync time. */
  bounds(): { r1: number; c1: number; r2: number; c2: number } | null {
    if (this.spec.address) return parseRangeAddress(this.spec.address);
    if (this.spec.whole) return { r1: 1, c1: 1, r2: 1048576, c2: 16384 };
    return this.ctx.sheetOf(this.ref).usedBounds();
  }

  describe(): string {
    return this.spec.address ?? (this.spec.whole ? '(sheet)' : '(used)');
  }

  get isNullObject(): boolean {
    return this.data.get('range.isNullObject') === null;
  }
  get address(): string {
    const d = this.data.get('range.address');
    if (!d) throw new RichApiError('InvalidObjectPath', 'null object');
    return d.address;
  }
  get values(): unknown[][] {
    const d = this.data.get('range.values');
    if (!d) throw new RichApiError('InvalidObjectPath', 'null object');
    return d.values;
  }
  get formulas(): unknown[][] {
    const d = this.data.get('range.formulas');
    if (!d) throw new RichApiError('InvalidObjectPath', 'null object');
    return d.formulas;
  }

  set formulas(grid: unknown[][]) {
    this.assign('formulas', grid, (cell, v) => typeInto(cell, v));
  }
  set numberFormat(grid: unknown[][]) {
    this.assign('numberFormat', grid, (cell, v) => (cell.numberFormat = String(v)));
  }

  private assign(path: string, grid: unknown[][], put: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds();
      if (!b) throw new RichApiError('InvalidArgument', 'null range');
      const rows = b.r2 - b.r1 + 1;
      const cols = b.c2 - b.c1 + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new RichApiError('InvalidArgument', `${path}: array is not ${rows}×${cols} for ${this.describe()}`);
      }
      grid.forEach((row, i) => row.forEach((v, j) => put(s.cell(b.r1 + i, b.c1 + j), v)));
      this.ctx.record(s, this.describe(), path, grid);
    });
  }

  load(_props?: string): this {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds();
      if (!b) return this.data.set(null);
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const vr: unknown[] = [];
        const fr: unknown[] = [];
        for (let c = b.c1; c <= b.c2; c++) {
          const cell = s.cells.get(`${r},${c}`);
          vr.push(cell?.value ?? '');
          fr.push(cell ? (cell.formula ?? '') : '');
        }
        values.push(vr);
        formulas.push(fr);
      }
      this.data.set({ address: `${quoteName(s.name)}!${rangeAddress(b.r1, b.c1, b.r2, b.c2)}`, values, formulas });
    });
    return this;
  }

  get format(): unknown {
    return recorder(this.ctx, this.ref, () => this.describe(), 'format', this);
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      if (!this.spec.address) throw new RichApiError('InvalidArgument', 'merge needs an address');
      s.merges.push(this.spec.address);
      this.ctx.record(s, this.spec.address, 'merge', across ?? false);
    });
  }

  select(): void {
    this.ctx.enqueue(() => (this.ctx.wb.selected = `${this.ctx.sheetOf(this.ref).name}!${this.describe()}`));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.ref, this.describe());
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.ref, this);
  }
}

class FakeRangeAreas {
  private readonly loaded = new Loaded<string[] | null>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly range: FakeRange,
  ) {}
  load(_props?: string): this {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.range.bounds();
      const inside = b
        ? s.merges.filter((m) => {
            const p = parseRangeAddress(m);
            return p.r1 <= b.r2 && p.r2 >= b.r1 && p.c1 <= b.c2 && p.c2 >= b.c1;
          })
        : [];
      this.loaded.set(inside.length === 0 ? null : inside.map((m) => `${quoteName(s.name)}!${m}`));
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get('rangeAreas.isNullObject') === null;
  }
  get areas(): { items: { address: string }[] } {
    const a = this.loaded.get('rangeAreas.areas');
    if (!a) throw new RichApiError('InvalidObjectPath', 'null object');
    return { items: a.map((address) => ({ address })) };
  }
}

class FakeConditionalFormats {
  private readonly loadedItems = new Loaded<FakeConditionalFormat[]>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly address: string,
  ) {}

  add(type: string): FakeConditionalFormat {
    const holder: { cf?: FakeCf } = {};
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      holder.cf = { range: this.address, type, props: {} };
      s.cfs.unshift(holder.cf); // a new format takes the top priority
      this.ctx.record(s, this.address, 'conditionalFormats.add', type);
    });
    return new FakeConditionalFormat(this.ctx, this.ref, holder);
  }

  load(_props?: string): this {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = parseRangeAddress(this.address);
      const hits = s.cfs.filter((cf) => {
        const p = parseRangeAddress(cf.range);
        return p.r1 <= b.r2 && p.r2 >= b.r1 && p.c1 <= b.c2 && p.c2 >= b.c1;
      });
      this.loadedItems.set(hits.map((cf) => new FakeConditionalFormat(this.ctx, this.ref, { cf }, cf.type)));
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    return this.loadedItems.get('conditionalFormats.items');
  }
}

class FakeConditionalFormat {
  private readonly loadedType = new Loaded<string>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly holder: { cf?: FakeCf },
    type?: string,
  ) {
    if (type !== undefined) this.loadedType.set(type);
  }
  get type(): string {
    return this.loadedType.get('conditionalFormat.type');
  }
  get custom(): unknown {
    return recorder(
      this.ctx,
      this.ref,
      () => this.holder.cf?.range ?? '',
      'cf.custom',
      undefined,
      (path, value) => {
        if (this.holder.cf) this.holder.cf.props[path] = value;
      },
    );
  }
  getRange(): FakeRange {
    const cf = this.holder.cf;
    return new FakeRange(this.ctx, this.ref, cf ? { address: cf.range } : {});
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const i = this.holder.cf ? s.cfs.indexOf(this.holder.cf) : -1;
      if (i < 0) throw new RichApiError('ItemNotFound', 'conditional format gone');
      s.cfs.splice(i, 1);
      this.ctx.record(s, this.holder.cf!.range, 'conditionalFormat.delete', null);
    });
  }
}

/**
 * Records property sets and method calls below a proxy (format.font.bold = true, pageLayout.zoom = …,
 * freezePanes.freezeAt(range)) as queued operations. format.fill.color / fill.clear() / fill.load()
 * also keep the cell fills, which the overlay test reads back.
 */
function recorder(
  ctx: FakeContext,
  ref: SheetRef,
  target: () => string,
  path: string,
  range?: FakeRange,
  onSet?: (path: string, value: unknown) => void,
): unknown {
  const fills = (s: SheetState, fn: (cell: FakeCell) => void): void => {
    const b = range?.bounds();
    if (!b) return;
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) fn(s.cell(r, c));
  };
  const node = (p: string): unknown => {
    const loadedFill = new Loaded<string | null>();
    const fn = function () {};
    const proxy: unknown = new Proxy(fn, {
      get(_t, prop) {
        if (prop === 'then' || typeof prop === 'symbol') return undefined;
        if (p === 'format.fill' && prop === 'load') {
          return () => {
            ctx.enqueue(() => {
              const s = ctx.sheetOf(ref);
              const b = range!.bounds()!;
              loadedFill.set(s.cells.get(`${b.r1},${b.c1}`)?.fill ?? null);
            });
            return proxy;
          };
        }
        if (p === 'format.fill' && prop === 'pattern' && range) {
          return loadedFill.get('fill.pattern') === null ? 'None' : 'Solid';
        }
        if (p === 'format.fill' && prop === 'color' && range) {
          // Excel reports a cell without fill as white.
          return loadedFill.get('fill.color') ?? '#FFFFFF';
        }
        return node(`${p}.${String(prop)}`);
      },
      set(_t, prop, value) {
        const full = `${p}.${String(prop)}`;
        ctx.enqueue(() => {
          const s = ctx.sheetOf(ref);
          if (full === 'format.fill.color') fills(s, (cell) => (cell.fill = String(value)));
          onSet?.(full, value);
          ctx.record(s, target(), full, value);
        });
        return true;
      },
      apply(_t, _this, args: unknown[]) {
        ctx.enqueue(() => {
          const s = ctx.sheetOf(ref);
          if (p === 'format.fill.clear') fills(s, (cell) => (cell.fill = null));
          ctx.record(
            s,
            target(),
            `${p}()`,
            args.map((a) => (a instanceof FakeRange ? a.describe() : a)),
          );
        });
        return node(`${p}()`);
      },
    });
    return proxy;
  };
  return node(path);
}

interface RunRecord {
  syncs: number;
  pendingAtEnd: number;
}

class FakeExcel {
  readonly runs: RunRecord[] = [];
  constructor(readonly wb: WorkbookState) {}
  readonly run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this.wb, this.runs.length + 1);
    const record: RunRecord = { syncs: 0, pendingAtEnd: 0 };
    this.runs.push(record);
    try {
      return await batch(ctx);
    } finally {
      record.syncs = ctx.syncs;
      record.pendingAtEnd = ctx.pending;
    }
  };
  get last(): RunRecord {
    return this.runs[this.runs.length - 1]!;
  }
}

function install(wb = new WorkbookState()): FakeExcel {
  const fake = new FakeExcel(wb);
  (globalThis as unknown as { Excel: unknown }).Excel = fake;
  return fake;
}

const ALL_SETS = (): boolean => true;
const NO_SETS = (): boolean => false;

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

// ------------------------------------------------------------------------------------------------
// Plans.

function demoPlan(): WorkbookPlan {
  const seed: unknown = JSON.parse(fs.readFileSync('seeds/sh-hrss-2024.json', 'utf8'));
  return buildBudgetWorkbook(budgetDataFromPublished(seed)).plan;
}

/** The same sheets with the body rows repeated `times` times (styles repeated with them). */
function scaledPlan(plan: WorkbookPlan, times: number): WorkbookPlan {
  return {
    sheets: plan.sheets.map((s): SheetPlan => {
      const head = s.layout?.headerRows ?? 5;
      const body = s.cells.slice(head);
      const cells = [...s.cells.slice(0, head)];
      for (let t = 0; t < times; t++) cells.push(...body);
      const styles = [...s.styles];
      for (let t = 1; t < times; t++) {
        for (const st of s.styles) {
          const p = parseRangeAddress(st.range);
          if (p.r1 <= head) continue;
          const shift = t * body.length;
          styles.push({ range: rangeAddress(p.r1 + shift, p.c1, p.r2 + shift, p.c2), style: st.style });
        }
      }
      return { ...s, cells, styles };
    }),
  };
}

function expectedFormulas(plan: SheetPlan, formats: readonly (readonly unknown[])[]): unknown[][] {
  const cols = plan.cells.reduce((m, r) => Math.max(m, r.length), 0);
  return plan.cells.map((row, r) => Array.from({ length: cols }, (_, c) => formulaCell(row[c] ?? null, String(formats[r]?.[c]))));
}

function opsOf(wb: WorkbookState, sheet: string, path: string): Logged[] {
  return wb.log.filter((l) => l.sheet === sheet && l.path === path);
}

// ------------------------------------------------------------------------------------------------

describe('OfficeWorkbook.writePlan', () => {
  test('the demo plan and a plan with 10× the rows take the same two syncs', async () => {
    const plan = demoPlan();
    const big = scaledPlan(plan, 10);
    expect(big.sheets[1]!.cells.length).toBeGreaterThan(plan.sheets[1]!.cells.length * 8);

    const counts: number[] = [];
    for (const p of [plan, big]) {
      const wb = new WorkbookState();
      wb.addSheet('Sheet1');
      const excel = install(wb);
      const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(p, 'fail');
      expect(result.written).toEqual(p.sheets.map((s) => s.name));
      expect(excel.runs).toHaveLength(1);
      expect(excel.last.pendingAtEnd).toBe(0);
      counts.push(excel.last.syncs);
      // Every write happened in the final sync.
      expect(new Set(wb.log.map((l) => l.sync))).toEqual(new Set([2]));
    }
    expect(counts).toEqual([2, 2]);
  });

  test('formulas go in as one 2D array per sheet, after the number formats, equal to the plan', async () => {
    const plan = demoPlan();
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'fail');

    for (const sheet of plan.sheets) {
      const formulas = opsOf(wb, sheet.name, 'formulas');
      const formats = opsOf(wb, sheet.name, 'numberFormat');
      expect(formulas).toHaveLength(1);
      expect(formats.length).toBeGreaterThanOrEqual(1);
      const cols = sheet.cells.reduce((m, r) => Math.max(m, r.length), 0);
      expect(formulas[0]!.target).toBe(rangeAddress(1, 1, sheet.cells.length, cols));
      expect(formats[0]!.target).toBe(formulas[0]!.target);
      expect(wb.log.indexOf(formats[0]!)).toBeLessThan(wb.log.indexOf(formulas[0]!));

      const nf = formats[0]!.value as string[][];
      const written = formulas[0]!.value as unknown[][];
      expect(written).toEqual(expectedFormulas(sheet, nf));
      // Cell by cell: null → "", "=…" and numbers unchanged, text only ever gains the apostrophe prefix.
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          const w = written[r]![c];
          if (v === null) expect(w).toBe('');
          else if (typeof v !== 'string' || v.startsWith('=') || nf[r]![c] === '@') expect(w).toBe(v);
          else expect(w === v || w === `'${v}`).toBe(true);
        }),
      );
    }
  });

  test('what lands in the sheets reads back as the plan: codes stay text, formulas stay formulas', async () => {
    const plan = demoPlan();
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    const excel = install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    await host.writePlan(plan, 'fail');
    const snapshots = await host.readSheets(plan.sheets.map((s) => s.name));
    expect(excel.last.syncs).toBe(2);
    expect(snapshots.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));

    let codes = 0;
    for (const [i, sheet] of plan.sheets.entries()) {
      const snap = snapshots[i]!;
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string' && v.startsWith('=')) expect(snap.formulas[r]?.[c]).toBe(v);
          else expect(snap.values[r]?.[c] ?? null).toBe(v);
          if (typeof v === 'string' && /^\d+$/.test(v)) codes++;
        }),
      );
      expect([...snap.merges].sort()).toEqual([...sheet.merges].sort());
    }
    expect(codes).toBeGreaterThan(50); // "205", "08" … came back as strings
  });

  test('styles, widths, freeze panes, print setup, conditional formats and tab colour are queued', async () => {
    const base = demoPlan().sheets[1]!;
    const sheet: SheetPlan = {
      ...base,
      conditionalFormats: [{ range: 'E6:E43', formula: '=E6<0', fill: '#FFC7CE', fontColor: '#9C0006' }],
      tab: { color: '#1F4E79' },
    };
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS }).writePlan({ sheets: [sheet] }, 'fail');
    const ops = wb.log.filter((l) => l.sheet === sheet.name);
    const find = (path: string, target?: string) => ops.filter((o) => o.path === path && (target === undefined || o.target === target));

    expect(
      find('merge')
        .map((o) => o.target)
        .sort(),
    ).toEqual([...sheet.merges].sort());
    expect(find('format.font.name').every((o) => o.value === '宋体')).toBe(true);
    expect(find('format.font.bold', 'A1:I1')[0]?.value).toBe(true);
    expect(find('format.horizontalAlignment', 'A1:I1')[0]?.value).toBe('Center');
    expect(find('format.verticalAlignment', 'A1:I1')[0]?.value).toBe('Center');
    expect(find('format.fill.color', 'A3:I5')[0]?.value).toBe('#F2F2F2');
    expect(find('format.wrapText', 'A3:I5')[0]?.value).toBe(true);
    const borderEdges = find('format.borders.getItem()', 'A3:I5').map((o) => (o.value as string[])[0]);
    expect(borderEdges.sort()).toEqual(['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical']);
    expect(find('format.borders.getItem().weight', 'A3:I5').every((o) => o.value === 'Thin')).toBe(true);
    expect(find('format.columnWidth', 'D:D')[0]?.value).toBe(charsToPoints(36));
    expect(find('format.rowHeight', '1:1')[0]?.value).toBe(30);
    expect(find('freezePanes.freezeAt()')[0]?.value).toEqual(['A1:D5']);
    expect(find('pageLayout.orientation')[0]?.value).toBe('Landscape');
    expect(find('pageLayout.paperSize')[0]?.value).toBe('A4');
    expect(find('pageLayout.zoom')[0]?.value).toEqual({ horizontalFitToPages: 1 });
    expect(find('pageLayout.setPrintTitleRows()')[0]?.value).toEqual(['$3:$5']);
    expect(find('pageLayout.centerHorizontally')[0]?.value).toBe(true);
    expect(find('pageLayout.headersFooters.defaultForAllPages.centerFooter')[0]?.value).toBe('第 &P 页，共 &N 页');
    expect(find('conditionalFormats.add', 'E6:E43')[0]?.value).toBe('Custom');
    expect(find('cf.custom.rule.formula', 'E6:E43')[0]?.value).toBe('=E6<0');
    expect(find('cf.custom.format.fill.color', 'E6:E43')[0]?.value).toBe('#FFC7CE');
    expect(find('cf.custom.format.font.color', 'E6:E43')[0]?.value).toBe('#9C0006');
    expect(find('tabColor')[0]?.value).toBe('#1F4E79');
  });

  test('without ExcelApi 1.9 the print setup is left out instead of failing', async () => {
    const plan = { sheets: [demoPlan().sheets[0]!] };
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    const excel = install(wb);
    await new OfficeWorkbook({ supports: NO_SETS }).writePlan(plan, 'fail');
    expect(excel.last.syncs).toBe(2);
    expect(wb.log.some((l) => l.path.startsWith('pageLayout'))).toBe(false);
    expect(opsOf(wb, plan.sheets[0]!.name, 'formulas')).toHaveLength(1);
  });

  test("policy 'fail' over a sheet holding data rejects with SheetConflictError and writes nothing", async () => {
    const plan = demoPlan();
    const wb = new WorkbookState();
    wb.addSheet('Sheet1', [['自己的表']]);
    wb.addSheet(plan.sheets[2]!.name, [['205', '教育支出', 123]]);
    const before = wb.fingerprint();
    const excel = install(wb);

    const err = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'fail').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetConflictError);
    expect((err as SheetConflictError).sheets).toEqual([plan.sheets[2]!.name]);
    expect(wb.fingerprint()).toBe(before);
    expect(wb.log).toEqual([]);
    expect(excel.last.syncs).toBe(2); // sheet list, then whether the same-named sheet holds data
    expect(excel.last.pendingAtEnd).toBe(0);
  });

  test("policy 'fail' over an EMPTY sheet of the same name replaces it", async () => {
    const plan = demoPlan();
    const wb = new WorkbookState();
    wb.addSheet(plan.sheets[0]!.name);
    const excel = install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'fail');
    expect(excel.last.syncs).toBe(3);
    expect(wb.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  test("policy 'replace' swaps the sheets even when they are the workbook's only ones", async () => {
    const plan = demoPlan();
    const wb = new WorkbookState();
    for (const s of plan.sheets) wb.addSheet(s.name, [['旧数据', 1]]);
    const excel = install(wb);
    const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'replace');
    expect(excel.last.syncs).toBe(3);
    expect(result.renamed).toEqual({});
    expect(wb.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.sheets.every((s) => s.cells.get('1,1')?.value !== '旧数据')).toBe(true);
    expect(wb.log.filter((l) => l.path === 'delete')).toHaveLength(plan.sheets.length);
  });

  test("policy 'rename' keeps the user's sheet and points formulas at the renamed one", async () => {
    const plan = demoPlan();
    const taken = plan.sheets.find((s) => s.name.startsWith('5 '))!.name;
    const wb = new WorkbookState();
    wb.addSheet(taken, [['用户自己的数据', 42]]);
    const excel = install(wb);
    const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'rename');
    expect(excel.last.syncs).toBe(3);
    const renamed = result.renamed[taken]!;
    expect(renamed).toBe(`${taken} (2)`);
    expect(wb.find(taken)!.cells.get('1,1')?.value).toBe('用户自己的数据');
    const summary = opsOf(wb, plan.sheets[0]!.name, 'formulas')[0]!.value as unknown[][];
    const refs = summary.flat().filter((v): v is string => typeof v === 'string' && v.includes('一般公共预算支出功能分类'));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((f) => f.includes(`'${renamed}'!`))).toBe(true);
  });

  test('a grid over the payload budget is sent in row blocks, one extra sync per full request', async () => {
    const plan = scaledPlan({ sheets: [demoPlan().sheets[1]!] }, 10);
    const sheet = plan.sheets[0]!;
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    const excel = install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS, maxBlockBytes: 4_000 }).writePlan(plan, 'fail');
    // Requests stay under the budget: the sync count grows with the payload, never per row.
    const payload = opsOf(wb, sheet.name, 'formulas')
      .concat(opsOf(wb, sheet.name, 'numberFormat'))
      .reduce((n, op) => n + JSON.stringify(op.value).length, 0);
    expect(excel.last.syncs).toBeGreaterThan(2);
    expect(excel.last.syncs).toBeLessThanOrEqual(2 + Math.ceil((payload * 3) / 4_000));
    const perSync = new Map<number, number>();
    for (const op of wb.log.filter((o) => o.path === 'formulas' || o.path === 'numberFormat'))
      perSync.set(op.sync, (perSync.get(op.sync) ?? 0) + JSON.stringify(op.value).length);
    for (const n of perSync.values()) expect(n).toBeLessThanOrEqual(4_000 * 2);
    const blocks = opsOf(wb, sheet.name, 'formulas');
    expect(blocks.length).toBeGreaterThan(3);
    const formats = opsOf(wb, sheet.name, 'numberFormat');
    // Every number-format block is queued before the first formula block.
    expect(Math.max(...formats.map((f) => wb.log.indexOf(f)))).toBeLessThan(wb.log.indexOf(blocks[0]!));
    const nf = formats.flatMap((f) => f.value as string[][]);
    expect(blocks.flatMap((b) => b.value as unknown[][])).toEqual(expectedFormulas(sheet, nf));
    for (const b of blocks) expect(JSON.stringify(b.value).length).toBeLessThan(4_000 * 2);
  });
});

describe('OfficeWorkbook reading', () => {
  test('readSheets: two syncs, A1-based grid padded when the used range starts further in', async () => {
    const wb = new WorkbookState();
    const s = wb.addSheet(
      '数据',
      [
        ['205', '=SUM(E3:E4)'],
        [null, 7],
      ],
      { at: 'C3', results: [[null, 99]] },
    );
    s.merges.push('C3:D3');
    wb.addSheet('隐藏', [['x']], { visibility: 'Hidden' });
    wb.addSheet('空表');
    const excel = install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });

    const all = await host.readSheets();
    expect(excel.last.syncs).toBe(2);
    expect(all.map((x) => [x.name, x.visibility])).toEqual([
      ['数据', 'visible'],
      ['隐藏', 'hidden'],
      ['空表', 'visible'],
    ]);
    const data = all[0]!;
    expect(data.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, '205', 99],
      [null, null, null, 7],
    ]);
    expect(data.formulas).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, '=SUM(E3:E4)'],
      [null, null, null, null],
    ]);
    expect(data.merges).toEqual(['C3:D3']);
    expect(all[2]).toEqual({ name: '空表', visibility: 'visible', values: [], formulas: [], merges: [] });

    const some = await host.readSheets(['隐藏']);
    expect(excel.last.syncs).toBe(2);
    expect(some.map((x) => x.name)).toEqual(['隐藏']);
  });

  test('readSheets without ExcelApi 1.13 returns no merges', async () => {
    const wb = new WorkbookState();
    wb.addSheet('数据', [['标题', null]]).merges.push('A1:B1');
    install(wb);
    const [snap] = await new OfficeWorkbook({ supports: NO_SETS }).readSheets();
    expect(snap!.merges).toEqual([]);
  });

  test('listSheets: two syncs, emptiness from the used range', async () => {
    const wb = new WorkbookState();
    wb.addSheet('有数', [[1]]);
    wb.addSheet('空', []);
    wb.addSheet('深藏', [['x']], { visibility: 'VeryHidden' });
    const excel = install(wb);
    expect(await new OfficeWorkbook({ supports: ALL_SETS }).listSheets()).toEqual([
      { name: '有数', visibility: 'visible', empty: false },
      { name: '空', visibility: 'visible', empty: true },
      { name: '深藏', visibility: 'veryHidden', empty: false },
    ]);
    expect(excel.last.syncs).toBe(2);
  });

  test('toA1Grid pads and trims formulas to "=…" strings', () => {
    expect(toA1Grid("'表 1'!B2:C2", [[1, '']], [['=A1', '']])).toEqual({
      values: [
        [null, null, null],
        [null, 1, null],
      ],
      formulas: [
        [null, null, null],
        [null, '=A1', null],
      ],
    });
  });
});

describe('OfficeWorkbook.activate', () => {
  test('activates the sheet and selects the cell in one sync (office-addin-mock)', async () => {
    const SHEET = '3 支出预算总表';
    let syncs = 0;
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              activated: false,
              range: {
                address: '',
                selected: false,
                select() {
                  this.selected = true;
                },
              },
              activate() {
                this.activated = true;
              },
              getRange(address: string) {
                this.range.address = address;
                return this.range;
              },
            },
            getItem(name: string) {
              return name === SHEET ? this.sheet : undefined;
            },
          },
        },
      },
      run: async function (batch: (ctx: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as unknown as {
      context: {
        sync: () => Promise<void>;
        workbook: { worksheets: { sheet: { activated: boolean; range: { address: string; selected: boolean } } } };
      };
    };
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = async () => {
      syncs++;
      await sync();
    };
    (globalThis as unknown as { Excel: unknown }).Excel = mock;

    await new OfficeWorkbook({ supports: ALL_SETS }).activate(SHEET, 'E9');
    const sheet = mock.context.workbook.worksheets.sheet;
    expect(sheet.activated).toBe(true);
    expect(sheet.range.address).toBe('E9');
    expect(sheet.range.selected).toBe(true);
    expect(syncs).toBe(1);
  });

  test('a missing sheet is a RangeError naming it', async () => {
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    install(wb);
    await expect(new OfficeWorkbook().activate('不存在', 'A1')).rejects.toThrow('activate: 工作表“不存在”不存在');
  });
});

describe('OfficeWorkbook overlays', () => {
  test('applyOverlay records the old fills and removeOverlay restores them and drops its formats', async () => {
    const wb = new WorkbookState();
    const s = wb.addSheet('数据', [[1, 2, 3]]);
    s.cell(1, 2).fill = '#00FF00';
    s.cfs.push({ range: 'A1:Z99', type: 'Custom', props: {} }); // the user's own
    const excel = install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });

    const undo = await host.applyOverlay([
      {
        sheet: '数据',
        fills: [{ range: 'A1:B1', color: '#FFFF00' }],
        conditionalFormats: [{ range: 'C1', formula: '=C1>2', fill: '#FFC7CE' }],
      },
    ]);
    expect(excel.last.syncs).toBe(3);
    expect(undo.fills).toEqual([
      { sheet: '数据', range: 'A1', color: null },
      { sheet: '数据', range: 'B1', color: '#00FF00' },
    ]);
    expect(s.cell(1, 1).fill).toBe('#FFFF00');
    expect(s.cfs.map((c) => c.range)).toEqual(['C1', 'A1:Z99']);

    await host.removeOverlay(undo);
    expect(excel.last.syncs).toBe(4);
    expect(s.cell(1, 1).fill).toBeNull();
    expect(s.cell(1, 2).fill).toBe('#00FF00');
    expect(s.cfs.map((c) => c.range)).toEqual(['A1:Z99']);
  });

  test('without ExcelApi 1.15 a white fill reads as no fill', async () => {
    const wb = new WorkbookState();
    wb.addSheet('数据', [[1, 2]]).cell(1, 2).fill = '#FFFFFF';
    install(wb);
    const undo = await new OfficeWorkbook({ supports: (_s, v) => v !== '1.15' }).applyOverlay([
      { sheet: '数据', fills: [{ range: 'A1:B1', color: '#FFFF00' }] },
    ]);
    expect(undo.fills.map((f) => f.color)).toEqual([null, null]);
  });

  test('applyOverlay on a missing sheet throws before changing anything', async () => {
    const wb = new WorkbookState();
    wb.addSheet('数据', [[1]]);
    const before = wb.fingerprint();
    install(wb);
    await expect(
      new OfficeWorkbook({ supports: ALL_SETS }).applyOverlay([{ sheet: '无', fills: [{ range: 'A1', color: '#FF0000' }] }]),
    ).rejects.toThrow('applyOverlay: 工作表“无”不存在');
    expect(wb.fingerprint()).toBe(before);
  });
});

describe('OfficeWorkbook.applyEdits', () => {
  test('a fix and its undo are each one batch with one sync, whatever the number of cells', async () => {
    const wb = new WorkbookState();
    const s = wb.addSheet('3 支出预算总表', [
      [1, 2, 3],
      [4, 5, 999],
    ]);
    const excel = install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    await host.applyEdits([
      { kind: 'set', sheet: '3 支出预算总表', cell: 'C2', value: '=SUM(A2:B2)' },
      { kind: 'set', sheet: '3 支出预算总表', cell: 'C1', value: null },
    ]);
    expect(excel.last.syncs).toBe(1);
    expect(s.cell(2, 3).formula).toBe('=SUM(A2:B2)');
    await host.applyEdits([{ kind: 'set', sheet: '3 支出预算总表', cell: 'C2', value: 999 }]);
    expect(excel.last.syncs).toBe(1);
    expect(s.cell(2, 3).value).toBe(999);
  });
});

describe('helpers', () => {
  test('withTimeout rejects with the zh-CN message when the promise hangs, passes results through otherwise', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20, '同步超时')).rejects.toThrow(new TimeoutError('同步超时'));
    await expect(withTimeout(Promise.resolve(7), 1000, '不会超时')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('原错误')), 1000, '不会超时')).rejects.toThrow('原错误');
  });

  test('a hanging Excel.run becomes a timeout error for the pane', async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = { run: () => new Promise(() => undefined) };
    await expect(new OfficeWorkbook({ timeoutMs: 30 }).listSheets()).rejects.toThrow(/读取工作表列表超时/);
  });

  test('column widths: Excel characters to points (8.43 → 48 pt, the default column)', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charsToPoints(0)).toBe(0);
  });

  test('print title rows become absolute', () => {
    expect(absoluteRows('3:5')).toBe('$3:$5');
    expect(absoluteRows('3')).toBe('$3:$3');
  });

  test('text Excel would convert gets the apostrophe prefix outside "@" cells only', () => {
    expect(needsTextPrefix('205')).toBe(true);
    expect(needsTextPrefix('2024-1')).toBe(true);
    expect(needsTextPrefix('5%')).toBe(true);
    expect(needsTextPrefix('TRUE')).toBe(true);
    expect(needsTextPrefix('2024年部门收入预算总表')).toBe(false);
    expect(needsTextPrefix('一、财政拨款收入')).toBe(false);
    expect(formulaCell('205', 'General')).toBe("'205");
    expect(formulaCell('205', '@')).toBe('205');
    expect(formulaCell('=SUM(A1)', 'General')).toBe('=SUM(A1)');
    expect(formulaCell(null, '@')).toBe('');
  });

  test('rowBlocks keeps every block under the budget and covers all rows once', () => {
    const grid = Array.from({ length: 100 }, (_, i) => [`第${i}行`, i, '=A1']);
    const blocks = rowBlocks(grid, 200);
    expect(blocks.reduce((n, [, c]) => n + c, 0)).toBe(100);
    expect(blocks[0]![0]).toBe(0);
    blocks.forEach(([start, count], i) => {
      if (i > 0) expect(start).toBe(blocks[i - 1]![0] + blocks[i - 1]![1]);
      expect(count).toBeGreaterThan(0);
    });
    expect(rowBlocks(grid, 1e9)).toEqual([[0, 100]]);
  });

  test('requirement notices name what is missing, in Chinese', () => {
    expect(requirementNotices(() => true)).toEqual([]);
    const notices = requirementNotices((_set, v) => v === '1.9');
    expect(notices).toHaveLength(2);
    expect(notices.join('')).toContain('ExcelApi 1.13');
    expect(notices.join('')).toContain('ExcelApi 1.18');
  });
});
