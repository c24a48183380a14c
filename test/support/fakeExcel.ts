// A stand-in for the Office / Excel globals that behaves as Microsoft documents the API, used by the
// Office host's jest tests and injected (transpiled, as is) into Chromium for the taskpane.html test.
// Self-contained on purpose: no imports, so the browser test can load it without a bundler.
//
// What it keeps honest (each point is what the documentation says real Excel does):
//   - calls are QUEUED and take effect only at context.sync(), in order. A failing operation fails the
//     sync, but the operations queued before it HAVE been applied: a batch is not all or nothing.
//   - a loaded property throws when read before the sync that loads it (PropertyNotLoaded).
//   - Excel on the web's limits: a request or response over 5 MB fails the sync
//     (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so does reading more than
//     5,000,000 cells in one request; getMergedAreasOrNullObject fails above 512 areas.
//   - assigning Range.formulas is like typing: "205" becomes a number unless the cell is formatted "@",
//     a leading apostrophe marks text and is dropped from what `formulas` reads back.
//   - Range.conditionalFormats returns every format INTERSECTING the range, the user's included;
//     ConditionalFormat.getRange() throws when the format spans several areas (getRangeOrNullObject
//     returns a null object); inserting a row inside a format's range grows it and its formula's
//     references move as Excel moves them. Named ranges follow inserted and deleted rows too.
//   - Worksheet.delete() fails with InvalidOperation on a very hidden sheet and on the last visible one.
//   - in cell-edit mode a batch fails with InvalidOperationInCellEditMode unless Excel.run was given
//     delayForCellEdit: true, in which case it waits until the edit ends.
//   - pageLayout.zoom can silently not take (office-js#1860): `ignoreZoom` reproduces it.
//   - Excel.run options and sync() calls are recorded per run; Excel.createWorkbook(base64) is recorded.

export type Fill = {
  color: string | null;
  pattern: string;
  tintAndShade: number;
  patternColor: string | null;
  patternTintAndShade: number;
};
export type CellValue = string | number | boolean | null;

export interface FakeCell {
  formula: unknown;
  value: CellValue;
  numberFormat: string;
  fill: Fill;
}

export interface FakeCf {
  /** One or more areas ("E6:E43"); a format split by a paste or a deleted row has several. */
  ranges: string[];
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface Logged {
  run: number;
  sync: number;
  sheet: string;
  target: string;
  path: string;
  value: unknown;
}

export interface RunRecord {
  syncs: number;
  pendingAtEnd: number;
  options: Record<string, unknown> | null;
  /** JSON bytes sent and received per sync. */
  requestBytes: number[];
  responseBytes: number[];
  settled: boolean;
}

export interface Limits {
  requestBytes: number;
  responseBytes: number;
  cells: number;
  mergedAreas: number;
}

export const WEB_LIMITS: Limits = { requestBytes: 5_000_000, responseBytes: 5_000_000, cells: 5_000_000, mergedAreas: 512 };

type Bounds = { r1: number; c1: number; r2: number; c2: number };

export class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ------------------------------------------------------------------------------------------------
// A1 helpers (own copy: the file imports nothing).

function colLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
const MAX_ROW = 1048576;
const MAX_COL = 16384;

export function parseAddress(address: string): Bounds {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const clean = a.replace(/\$/g, '').toUpperCase();
  const rows = /^(\d+)(?::(\d+))?$/.exec(clean);
  if (rows) {
    const r1 = Number(rows[1]);
    const r2 = Number(rows[2] ?? rows[1]);
    return { r1: Math.min(r1, r2), c1: 1, r2: Math.max(r1, r2), c2: MAX_COL };
  }
  const cols = /^([A-Z]+)(?::([A-Z]+))?$/.exec(clean);
  if (cols) {
    const c1 = colNumber(cols[1]!);
    const c2 = colNumber(cols[2] ?? cols[1]!);
    return { r1: 1, c1: Math.min(c1, c2), r2: MAX_ROW, c2: Math.max(c1, c2) };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(clean);
  if (!m) throw new RichApiError('InvalidArgument', `bad address ${address}`);
  const p = { r: Number(m[2]), c: colNumber(m[1]!) };
  const q = m[3] ? { r: Number(m[4]), c: colNumber(m[3]) } : p;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

export function formatAddress(b: Bounds): string {
  if (b.c1 === 1 && b.c2 === MAX_COL) return `${b.r1}:${b.r2}`;
  const a = `${colLetter(b.c1)}${b.r1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? a : `${a}:${colLetter(b.c2)}${b.r2}`;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a.r1 <= b.r2 && a.r2 >= b.r1 && a.c1 <= b.c2 && a.c2 >= b.c1;
}

function quoteName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function jsonSize(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

const NO_FILL: Fill = { color: null, pattern: 'None', tintAndShade: 0, patternColor: null, patternTintAndShade: 0 };

/** Moves the row numbers of every A1 reference at or below `at` by `delta` (as Excel rewrites a formula). */
function shiftFormulaRows(formula: string, at: number, delta: number): string {
  return formula.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (m, col: string, row: string) => {
    const r = Number(row);
    return r >= at ? `${col}${Math.max(1, r + delta)}` : m;
  });
}

/** A range after rows [at, at+count) are inserted: moved down, or grown when the rows fall inside. */
function boundsAfterInsert(b: Bounds, at: number, count: number): Bounds {
  if (b.r2 < at) return b;
  if (b.r1 >= at) return { ...b, r1: b.r1 + count, r2: b.r2 + count };
  return { ...b, r2: b.r2 + count };
}

/** A range after rows [at, at+count) are deleted; null when it lay entirely inside them (#REF!). */
function boundsAfterDelete(b: Bounds, at: number, count: number): Bounds | null {
  const end = at + count - 1;
  if (b.r2 < at) return b;
  if (b.r1 > end) return { ...b, r1: b.r1 - count, r2: b.r2 - count };
  if (b.r1 >= at && b.r2 <= end) return null;
  const r1 = b.r1 < at ? b.r1 : at;
  const r2 = b.r2 - Math.min(count, b.r2 - Math.max(b.r1, at) + 1);
  return { ...b, r1, r2 };
}

// ------------------------------------------------------------------------------------------------
// Workbook state.

export class SheetState {
  readonly cells = new Map<string, FakeCell>();
  merges: string[] = [];
  cfs: FakeCf[] = [];
  readonly names = new Map<string, { bounds: Bounds | null; visible: boolean }>();
  readonly pageLayout: Record<string, unknown> = {};
  /** Reproduces office-js#1860: assignments to pageLayout.zoom are accepted but do not take. */
  ignoreZoom = false;
  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
  ) {}

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { formula: '', value: null, numberFormat: 'General', fill: { ...NO_FILL } };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  usedBounds(): Bounds | null {
    let b: Bounds | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.formula === '' || cell.formula === null) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      b = b
        ? { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return b;
  }

  insertRows(at: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      moved.set(r >= at ? `${r + count},${c}` : key, cell);
    }
    this.replaceCells(moved, (f) => shiftFormulaRows(f, at, count));
    this.merges = this.merges.map((m) => formatAddress(boundsAfterInsert(parseAddress(m), at, count)));
    for (const cf of this.cfs) {
      cf.ranges = cf.ranges.map((r) => formatAddress(boundsAfterInsert(parseAddress(r), at, count)));
      cf.formula = shiftFormulaRows(cf.formula, at, count);
    }
    for (const n of this.names.values()) if (n.bounds) n.bounds = boundsAfterInsert(n.bounds, at, count);
  }

  deleteRows(at: number, count: number): void {
    const end = at + count - 1;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r >= at && r <= end) continue;
      moved.set(r > end ? `${r - count},${c}` : key, cell);
    }
    this.replaceCells(moved, (f) => shiftFormulaRows(f, end + 1, -count));
    this.merges = this.merges.flatMap((m) => {
      const b = boundsAfterDelete(parseAddress(m), at, count);
      return b ? [formatAddress(b)] : [];
    });
    this.cfs = this.cfs.flatMap((cf) => {
      const ranges = cf.ranges.flatMap((r) => {
        const b = boundsAfterDelete(parseAddress(r), at, count);
        return b ? [formatAddress(b)] : [];
      });
      return ranges.length > 0 ? [{ ...cf, ranges, formula: shiftFormulaRows(cf.formula, end + 1, -count) }] : [];
    });
    for (const n of this.names.values()) if (n.bounds) n.bounds = boundsAfterDelete(n.bounds, at, count);
  }

  private replaceCells(moved: Map<string, FakeCell>, fix: (f: string) => string): void {
    this.cells.clear();
    for (const [k, v] of moved) {
      if (typeof v.formula === 'string' && v.formula.startsWith('=')) v.formula = fix(v.formula);
      this.cells.set(k, v);
    }
  }
}

export class WorkbookState {
  sheets: SheetState[] = [];
  readonly log: Logged[] = [];
  readonly runs: RunRecord[] = [];
  readonly created: string[] = [];
  active: string | null = null;
  selected: string | null = null;
  limits: Limits = { ...WEB_LIMITS };
  /** Requirement sets this Excel supports: "ExcelApi 1.20" → true. */
  readonly sets = new Set<string>();
  /** While true, batches fail (or wait, with delayForCellEdit) as in Excel's cell-edit mode. */
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  /** Sheets (by name) added later whose zoom assignments will not take, as in office-js#1860. */
  readonly ignoreZoomOn = new Set<string>();
  /** Fails the operation for which this returns true (then clears itself): a batch failing part way. */
  failWhen: ((path: string, sheet: string) => boolean) | null = null;

  /** Supports ExcelApi 1.1 … 1.maxMinor. */
  supportApi(maxMinor: number): this {
    for (let m = 1; m <= maxMinor; m++) this.sets.add(`ExcelApi 1.${m}`);
    return this;
  }

  supports(set: string, version: string): boolean {
    return this.sets.has(`${set} ${version}`);
  }

  enterCellEdit(): void {
    this.cellEditMode = true;
  }
  exitCellEdit(): void {
    this.cellEditMode = false;
    const w = this.editWaiters;
    this.editWaiters = [];
    w.forEach((f) => f());
  }
  waitForEditEnd(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetState {
    const s = this.find(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** A sheet holding `rows` from `at` (default A1): strings starting with "=" are formulas with `results` as values. */
  addSheet(
    name: string,
    rows: unknown[][] = [],
    opts: { at?: string; results?: CellValue[][]; visibility?: SheetState['visibility']; textCells?: boolean } = {},
  ): SheetState {
    const s = new SheetState(name, opts.visibility);
    const { r1, c1 } = parseAddress(opts.at ?? 'A1');
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const cell = s.cell(r1 + i, c1 + j);
        cell.formula = v;
        cell.value = typeof v === 'string' && v.startsWith('=') ? (opts.results?.[i]?.[j] ?? null) : (v as CellValue);
      }),
    );
    this.sheets.push(s);
    return s;
  }

  fingerprint(): string {
    return JSON.stringify(
      this.sheets.map((s) => ({ n: s.name, v: s.visibility, c: [...s.cells], m: s.merges, f: s.cfs, names: [...s.names] })),
    );
  }

  get last(): RunRecord {
    const r = this.runs[this.runs.length - 1];
    if (!r) throw new Error('fake: no Excel.run yet');
    return r;
  }
}

// ------------------------------------------------------------------------------------------------
// The object model.

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
  missing?: boolean;
}

interface Op {
  run: () => void;
  requestBytes: number;
  /** Bytes and cells this op returns, computed when it runs. */
  response?: () => { bytes: number; cells: number };
}

export class FakeContext {
  syncs = 0;
  private queue: Op[] = [];
  readonly workbook: { worksheets: FakeWorksheets };
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly wb: WorkbookState,
    readonly record: RunRecord,
    readonly runIndex: number,
  ) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
  }

  enqueue(run: () => void, requestBytes = 40, response?: () => { bytes: number; cells: number }): void {
    this.queue.push({ run, requestBytes, response });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.wb.cellEditMode) {
      if (this.record.options?.['delayForCellEdit'] !== true) {
        throw new RichApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      }
      await this.wb.waitForEditEnd();
    }
    const request = ops.reduce((n, o) => n + o.requestBytes, 0);
    this.record.requestBytes.push(request);
    if (request > this.wb.limits.requestBytes) {
      throw new RichApiError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    }
    let bytes = 0;
    let cells = 0;
    for (const op of ops) {
      op.run(); // throws: the ops before it stay applied, the rest are dropped
      const r = op.response?.();
      if (r) {
        bytes += r.bytes;
        cells += r.cells;
      }
    }
    if (cells > this.wb.limits.cells) throw new RichApiError('ResponsePayloadSizeLimitExceeded', `${cells} cells in one response`);
    if (bytes > this.wb.limits.responseBytes) throw new RichApiError('ResponsePayloadSizeLimitExceeded', `response of ${bytes} bytes`);
    this.record.responseBytes.push(bytes); // only responses that were delivered
  }

  log(sheet: SheetState, target: string, path: string, value: unknown): void {
    const fail = this.wb.failWhen;
    if (fail && fail(path, sheet.name)) {
      this.wb.failWhen = null;
      throw new RichApiError('GeneralException', `injected failure at ${path} on ${sheet.name}`);
    }
    this.wb.log.push({ run: this.runIndex, sync: this.syncs, sheet: sheet.name, target, path, value });
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

  load(): this {
    this.ctx.enqueue(
      () => this.loadedItems.set(this.ctx.wb.sheets.map((s) => FakeWorksheet.loaded(this.ctx, s))),
      40,
      () => ({ bytes: jsonSize(this.ctx.wb.sheets.map((s) => [s.name, s.visibility])), cells: 0 }),
    );
    return this;
  }

  add(name: string): FakeWorksheet {
    const ref: SheetRef = {};
    this.ctx.enqueue(() => {
      if (this.ctx.wb.find(name)) throw new RichApiError('ItemAlreadyExists', `sheet ${name} exists`);
      const s = new SheetState(name);
      s.ignoreZoom = this.ctx.wb.ignoreZoomOn.has(name);
      this.ctx.wb.sheets.push(s);
      ref.state = s;
      this.ctx.log(s, '', 'worksheets.add', name);
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

  getItemOrNullObject(name: string): FakeWorksheet {
    const ref: SheetRef = {};
    this.ctx.enqueue(() => {
      const s = this.ctx.wb.find(name);
      if (s) ref.state = s;
      else ref.missing = true;
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

  load(): this {
    this.ctx.enqueue(() => {
      if (this.ref.missing) return;
      const s = this.ctx.sheetOf(this.ref);
      this.loadedName.set(s.name);
      this.loadedVisibility.set(s.visibility);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.ref.missing === true;
  }
  get name(): string {
    return this.loadedName.get('worksheet.name');
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const other = this.ctx.wb.find(v);
      if (other && other !== s) throw new RichApiError('ItemAlreadyExists', `sheet ${v} exists`);
      this.ctx.log(s, '', 'name', v);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.loadedVisibility.get('worksheet.visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      this.ctx.log(s, '', 'visibility', v);
      s.visibility = v as SheetState['visibility'];
    });
  }
  set tabColor(v: string) {
    this.ctx.enqueue(() => this.ctx.log(this.ctx.sheetOf(this.ref), '', 'tabColor', v));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      if (s.visibility === 'VeryHidden') throw new RichApiError('InvalidOperation', 'a very hidden sheet cannot be deleted');
      if (!this.ctx.wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new RichApiError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      this.ctx.log(s, '', 'delete', null);
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
    return new FakeRange(this.ctx, this.ref, { address: formatAddress({ r1: r + 1, c1: c + 1, r2: r + rows, c2: c + cols }) });
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.ref, { used: true });
  }
  get names(): FakeNames {
    return new FakeNames(this.ctx, this.ref);
  }
  get freezePanes(): unknown {
    return recorder(this.ctx, this.ref, () => '', 'freezePanes');
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, this.ref);
  }
}

class FakePageLayout {
  private readonly loaded = new Loaded<Record<string, unknown>>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
  ) {
    return new Proxy(this, {
      get(t, prop, recv) {
        if (prop in t || typeof prop === 'symbol') return Reflect.get(t, prop, recv) as unknown;
        if (prop === 'then') return undefined;
        return (recorder(ctx, ref, () => '', 'pageLayout') as Record<string, unknown>)[prop];
      },
      set(t, prop, value) {
        if (typeof prop === 'symbol') return false;
        ctx.enqueue(() => {
          const s = ctx.sheetOf(ref);
          ctx.log(s, '', `pageLayout.${prop}`, value);
          if (prop === 'zoom' && s.ignoreZoom) return;
          s.pageLayout[prop] = value;
        });
        void t;
        return true;
      },
    });
  }
  load(): this {
    this.ctx.enqueue(() => this.loaded.set({ ...this.ctx.sheetOf(this.ref).pageLayout }));
    return this;
  }
  get zoom(): unknown {
    return this.loaded.get('pageLayout.zoom')['zoom'] ?? { scale: 100 };
  }
  get orientation(): unknown {
    return this.loaded.get('pageLayout.orientation')['orientation'] ?? 'Portrait';
  }
}

class FakeNames {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
  ) {}
  add(name: string, reference: FakeRange): FakeNamedItem {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      if (s.names.has(name)) throw new RichApiError('ItemAlreadyExists', `name ${name} exists`);
      s.names.set(name, { bounds: reference.bounds(), visible: true });
      this.ctx.log(s, formatAddress(reference.bounds()!), 'names.add', name);
    });
    return new FakeNamedItem(this.ctx, this.ref, name);
  }
  getItem(name: string): FakeNamedItem {
    this.ctx.enqueue(() => {
      if (!this.ctx.sheetOf(this.ref).names.has(name)) throw new RichApiError('ItemNotFound', `name ${name}`);
    });
    return new FakeNamedItem(this.ctx, this.ref, name);
  }
  load(): this {
    this.ctx.enqueue(() => this.loadedItems.set([...this.ctx.sheetOf(this.ref).names.keys()].map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.loadedItems.get('names.items');
  }
  private readonly loadedItems = new Loaded<{ name: string }[]>();
}

class FakeNamedItem {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly name: string,
  ) {}
  set visible(v: boolean) {
    this.ctx.enqueue(() => {
      const n = this.ctx.sheetOf(this.ref).names.get(this.name);
      if (n) n.visible = v;
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.ref, { named: this.name });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      if (!s.names.delete(this.name)) throw new RichApiError('ItemNotFound', `name ${this.name}`);
    });
  }
}

interface RangeSpec {
  address?: string;
  whole?: boolean;
  used?: boolean;
  named?: string;
  /** A conditional format's single area; multi-area formats give a null object or throw. */
  cf?: { cf: FakeCf; orNull: boolean };
}
interface RangeData {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  rowCount: number;
  columnCount: number;
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
    cell.formula = v.slice(1); // the apostrophe is a prefix, not content: formulas reads it back without
    cell.value = v.slice(1);
  } else if (v.startsWith('=')) {
    cell.formula = v;
    cell.value = null; // the fake does not calculate: like a file saved without results, the reader computes
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

  /** The cells the range covers, resolved at sync time; null for a null object. */
  bounds(): Bounds | null {
    if (this.spec.address) return parseAddress(this.spec.address);
    if (this.spec.whole) return { r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL };
    const s = this.ctx.sheetOf(this.ref);
    if (this.spec.named !== undefined) return s.names.get(this.spec.named)?.bounds ?? null;
    if (this.spec.cf) {
      const { cf, orNull } = this.spec.cf;
      if (cf.ranges.length !== 1) {
        if (orNull) return null;
        throw new RichApiError('InvalidOperation', 'the conditional format is applied to multiple ranges');
      }
      return parseAddress(cf.ranges[0]!);
    }
    return s.usedBounds();
  }

  describe(): string {
    return this.spec.address ?? (this.spec.whole ? '(sheet)' : '(used)');
  }

  private must(what: string): RangeData {
    const d = this.data.get(what);
    if (!d) throw new RichApiError('InvalidObjectPath', 'null object');
    return d;
  }

  load(props?: string): this {
    const wantsCells = !props || /values|formulas|numberFormat/.test(props);
    let cells = 0;
    let bytes = 0;
    this.ctx.enqueue(
      () => {
        const s = this.ctx.sheetOf(this.ref);
        const b = this.bounds();
        if (!b) {
          this.data.set(null);
          return;
        }
        const address = `${quoteName(s.name)}!${formatAddress(b)}`;
        const d: RangeData = {
          address,
          values: [],
          formulas: [],
          numberFormat: [],
          rowCount: b.r2 - b.r1 + 1,
          columnCount: b.c2 - b.c1 + 1,
        };
        if (wantsCells) {
          cells = d.rowCount * d.columnCount;
          if (cells > this.ctx.wb.limits.cells) throw new RichApiError('ResponsePayloadSizeLimitExceeded', `${cells} cells`);
          for (let r = b.r1; r <= b.r2; r++) {
            const vr: unknown[] = [];
            const fr: unknown[] = [];
            const nr: unknown[] = [];
            for (let c = b.c1; c <= b.c2; c++) {
              const cell = s.peek(r, c);
              vr.push(cell?.value ?? '');
              fr.push(cell ? (cell.formula ?? '') : '');
              nr.push(cell?.numberFormat ?? 'General');
            }
            d.values.push(vr);
            d.formulas.push(fr);
            d.numberFormat.push(nr);
          }
          bytes =
            (/values/.test(props ?? 'values') ? jsonSize(d.values) : 0) + (/formulas/.test(props ?? 'formulas') ? jsonSize(d.formulas) : 0);
        }
        this.data.set(d);
      },
      40,
      () => ({ bytes, cells }),
    );
    return this;
  }

  get isNullObject(): boolean {
    return this.data.get('range.isNullObject') === null;
  }
  get address(): string {
    return this.must('range.address').address;
  }
  get rowCount(): number {
    return this.must('range.rowCount').rowCount;
  }
  get columnCount(): number {
    return this.must('range.columnCount').columnCount;
  }
  get values(): unknown[][] {
    return this.must('range.values').values;
  }
  get formulas(): unknown[][] {
    return this.must('range.formulas').formulas;
  }
  get numberFormat(): unknown[][] {
    return this.must('range.numberFormat').numberFormat;
  }

  set formulas(grid: unknown[][]) {
    this.assign('formulas', grid, (cell, v) => typeInto(cell, v));
  }
  set numberFormat(grid: unknown[][]) {
    this.assign('numberFormat', grid, (cell, v) => (cell.numberFormat = String(v)));
  }
  set values(grid: unknown[][]) {
    this.assign('values', grid, (cell, v) => typeInto(cell, v));
  }

  private assign(path: string, grid: unknown[][], put: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds()!;
      const rows = b.r2 - b.r1 + 1;
      const cols = b.c2 - b.c1 + 1;
      if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
        throw new RichApiError('InvalidArgument', `${path}: ${grid.length}×${grid[0]?.length ?? 0} array for ${this.describe()}`);
      }
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) put(s.cell(b.r1 + r, b.c1 + c), grid[r]![c]);
      this.ctx.log(s, this.describe(), path, grid);
    }, jsonSize(grid));
  }

  insert(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds()!;
      this.ctx.log(s, this.describe(), 'insert', null);
      s.insertRows(b.r1, b.r2 - b.r1 + 1);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds()!;
      this.ctx.log(s, this.describe(), 'deleteRows', null);
      s.deleteRows(b.r1, b.r2 - b.r1 + 1);
    });
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.wb.selected = this.describe()));
  }
  merge(across?: boolean): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      s.merges.push(formatAddress(this.bounds()!));
      this.ctx.log(s, this.describe(), 'merge', [across]);
    });
  }

  getCellProperties(): { value: unknown[][] } {
    const result = new Loaded<unknown[][]>();
    this.ctx.enqueue(
      () => {
        const s = this.ctx.sheetOf(this.ref);
        const b = this.bounds()!;
        const grid: unknown[][] = [];
        for (let r = b.r1; r <= b.r2; r++) {
          const row: unknown[] = [];
          for (let c = b.c1; c <= b.c2; c++) {
            const f = s.peek(r, c)?.fill ?? NO_FILL;
            row.push({ format: { fill: { ...f, color: f.color ?? '#FFFFFF' } } });
          }
          grid.push(row);
        }
        result.set(grid);
      },
      60,
      () => ({ bytes: 120, cells: 0 }),
    );
    return {
      get value() {
        return result.get('cellProperties.value');
      },
    };
  }

  setCellProperties(grid: Array<Array<{ format?: { fill?: Partial<Fill> } }>>): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.bounds()!;
      if (grid.length !== b.r2 - b.r1 + 1 || grid.some((r) => r.length !== b.c2 - b.c1 + 1)) {
        throw new RichApiError('InvalidArgument', `setCellProperties: array does not match ${formatAddress(b)}`);
      }
      grid.forEach((row, i) =>
        row.forEach((p, j) => {
          const fill = p.format?.fill;
          if (!fill) return;
          const cell = s.cell(b.r1 + i, b.c1 + j);
          const next = { ...cell.fill, ...fill };
          if (next.pattern === 'None') next.color = null;
          cell.fill = next;
        }),
      );
      this.ctx.log(s, formatAddress(b), 'setCellProperties', grid);
    }, jsonSize(grid));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.ref, this);
  }
  get format(): unknown {
    return recorder(this.ctx, this.ref, () => this.describe(), 'format', this);
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.ref, this);
  }
}

class FakeRangeAreas {
  private readonly loaded = new Loaded<string[] | null>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly range: FakeRange,
  ) {}
  load(): this {
    let bytes = 0;
    this.ctx.enqueue(
      () => {
        const s = this.ctx.sheetOf(this.ref);
        const b = this.range.bounds();
        const inside = b ? s.merges.filter((m) => intersects(parseAddress(m), b)) : [];
        if (inside.length > this.ctx.wb.limits.mergedAreas) {
          throw new RichApiError('GeneralException', `${inside.length} merged areas: more than ${this.ctx.wb.limits.mergedAreas}`);
        }
        const list = inside.map((m) => `${quoteName(s.name)}!${m}`);
        bytes = jsonSize(list);
        this.loaded.set(inside.length === 0 ? null : list);
      },
      40,
      () => ({ bytes, cells: 0 }),
    );
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
    private readonly range: FakeRange,
  ) {}

  add(type: string): FakeConditionalFormat {
    const holder: { cf?: FakeCf } = {};
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      holder.cf = { ranges: [formatAddress(this.range.bounds()!)], type, formula: '', fill: null, fontColor: null };
      s.cfs.unshift(holder.cf); // a new format takes the top priority
      this.ctx.log(s, this.range.describe(), 'conditionalFormats.add', type);
    });
    return new FakeConditionalFormat(this.ctx, this.ref, holder);
  }

  load(): this {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const b = this.range.bounds()!;
      // Every format that intersects the range, whoever made it.
      const hits = s.cfs.filter((cf) => cf.ranges.some((r) => intersects(parseAddress(r), b)));
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
    const ctx = this.ctx;
    const holder = this.holder;
    const loaded = new Loaded<{ formula: string; fill: string | null; font: string | null }>();
    const must = () => {
      const cf = holder.cf;
      if (!cf) throw new RichApiError('InvalidObjectPath', 'conditional format not created');
      if (cf.type !== 'Custom') throw new RichApiError('InvalidArgument', 'not a custom conditional format');
      return cf;
    };
    const setter = (fn: (cf: FakeCf) => void, path: string, value: unknown) =>
      ctx.enqueue(() => {
        const cf = must();
        fn(cf);
        ctx.log(ctx.sheetOf(this.ref), cf.ranges.join(','), path, value);
      });
    const snapshot = () => ctx.enqueue(() => loaded.set({ formula: must().formula, fill: must().fill, font: must().fontColor }));
    return {
      load(): unknown {
        snapshot();
        return this;
      },
      rule: {
        set formula(v: string) {
          setter((cf) => (cf.formula = v), 'cf.custom.rule.formula', v);
        },
        get formula(): string {
          return loaded.get('custom.rule.formula').formula;
        },
        load(): unknown {
          snapshot();
          return this;
        },
      },
      format: {
        fill: {
          set color(v: string) {
            setter((cf) => (cf.fill = v), 'cf.custom.format.fill.color', v);
          },
          get color(): string {
            return loaded.get('custom.format.fill.color').fill ?? '#FFFFFF';
          },
          load(): unknown {
            snapshot();
            return this;
          },
        },
        font: {
          set color(v: string) {
            setter((cf) => (cf.fontColor = v), 'cf.custom.format.font.color', v);
          },
        },
      },
    };
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.ref, { cf: { cf: this.mustCf(), orNull: false } });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.ref, { cf: { cf: this.mustCf(), orNull: true } });
  }
  private mustCf(): FakeCf {
    if (!this.holder.cf) throw new RichApiError('InvalidObjectPath', 'conditional format not created');
    return this.holder.cf;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheetOf(this.ref);
      const i = this.holder.cf ? s.cfs.indexOf(this.holder.cf) : -1;
      if (i < 0) throw new RichApiError('ItemNotFound', 'conditional format gone');
      s.cfs.splice(i, 1);
      this.ctx.log(s, this.holder.cf!.ranges.join(','), 'conditionalFormat.delete', null);
    });
  }
}

/**
 * Records property sets and method calls below a proxy (format.font.bold = true, freezePanes.freezeAt(range))
 * as queued operations. format.fill.color / fill.clear() / fill.load() also keep the cell fills.
 */
function recorder(ctx: FakeContext, ref: SheetRef, target: () => string, path: string, range?: FakeRange): unknown {
  const each = (s: SheetState, fn: (cell: FakeCell) => void): void => {
    const b = range?.bounds();
    if (!b) return;
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) fn(s.cell(r, c));
  };
  const node = (p: string): unknown => {
    const loadedFill = new Loaded<Fill>();
    const fn = function () {};
    const proxy: unknown = new Proxy(fn, {
      get(_t, prop) {
        if (prop === 'then' || typeof prop === 'symbol') return undefined;
        if (p === 'format.fill' && prop === 'load') {
          return () => {
            ctx.enqueue(() => {
              const s = ctx.sheetOf(ref);
              const b = range!.bounds()!;
              loadedFill.set(s.peek(b.r1, b.c1)?.fill ?? NO_FILL);
            });
            return proxy;
          };
        }
        if (p === 'format.fill' && prop === 'pattern' && range) return loadedFill.get('fill.pattern').pattern;
        if (p === 'format.fill' && prop === 'color' && range) return loadedFill.get('fill.color').color ?? '#FFFFFF';
        return node(`${p}.${String(prop)}`);
      },
      set(_t, prop, value) {
        const full = `${p}.${String(prop)}`;
        ctx.enqueue(() => {
          const s = ctx.sheetOf(ref);
          if (full === 'format.fill.color') each(s, (cell) => (cell.fill = { ...NO_FILL, color: String(value), pattern: 'Solid' }));
          ctx.log(s, target(), full, value);
        });
        return true;
      },
      apply(_t, _this, args: unknown[]) {
        ctx.enqueue(() => {
          const s = ctx.sheetOf(ref);
          if (p === 'format.fill.clear') each(s, (cell) => (cell.fill = { ...NO_FILL }));
          ctx.log(
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

// ------------------------------------------------------------------------------------------------
// The globals.

export class FakeExcel {
  constructor(readonly wb: WorkbookState) {}

  readonly run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const options = typeof a === 'function' ? null : (a as Record<string, unknown>);
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<T>;
    const record: RunRecord = { syncs: 0, pendingAtEnd: 0, options, requestBytes: [], responseBytes: [], settled: false };
    this.wb.runs.push(record);
    const ctx = new FakeContext(this.wb, record, this.wb.runs.length);
    try {
      return await batch(ctx);
    } finally {
      record.syncs = ctx.syncs;
      record.pendingAtEnd = ctx.pending;
      record.settled = true;
    }
  };

  readonly createWorkbook = (base64?: string): Promise<void> => {
    if (!this.wb.supports('ExcelApi', '1.8'))
      return Promise.reject(new RichApiError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8'));
    this.wb.created.push(base64 ?? '');
    return Promise.resolve();
  };

  readonly InsertShiftDirection = { down: 'Down', right: 'Right' };
  readonly DeleteShiftDirection = { up: 'Up', left: 'Left' };
}

export interface FakeOffice {
  readonly HostType: { Excel: string };
  readonly context: { requirements: { isSetSupported(set: string, version: string): boolean } };
  onReady(): Promise<{ host: string | null; platform: string | null }>;
}

/** Installs Office and Excel on `target` (globalThis in jest, window in the browser). */
export function installFake(target: Record<string, unknown>, wb: WorkbookState, options: { readyAfterMs?: number } = {}): FakeExcel {
  const excel = new FakeExcel(wb);
  const office: FakeOffice = {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: (set, version) => wb.supports(set, version) } },
    onReady: () =>
      new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'OfficeOnline' }), options.readyAfterMs ?? 0)),
  };
  target['Excel'] = excel;
  target['Office'] = office;
  return excel;
}
