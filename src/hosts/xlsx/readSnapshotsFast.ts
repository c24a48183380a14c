import { unzipSync } from 'fflate';
import { zipParts, type InflateRaw } from './zipParts';
import type { CellValue, SavedResult, SheetSnapshot, SheetVisibility } from '../../domain/port/workbookPort';
import { slideFormula } from './slideFormula';
import { attr, decodeXml, scanXml, XmlError, type XmlHandler } from './xmlScan';

// The reader for checking: sheet snapshots straight from the .xlsx parts, without building ExcelJS's
// object model (styles, fonts, per-cell objects) that a check never looks at. It keeps only what a
// SheetSnapshot holds — values, formulas, cached results, merges, visibility — and gives exactly what
// XlsxWorkbook.readSheets gives for the same file (test/speed/fastReader.test.ts compares the two):
// the same sheet order, the same grid size, ExcelJS's reading of every cell type (shared strings,
// rich text, shared formulas, date formats, hyperlinks, merged cells). Where ExcelJS would crash
// reading a cell (a date-formatted error result) this reader keeps the plain value instead.
// Unzipping uses fflate; nothing here needs Node, so the page uses it too.

const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

/** Thrown for a package that is not a readable workbook; openXlsxBytes turns it into the officer's message. */
export class FastReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FastReadError';
  }
}

interface SheetDef {
  readonly name: string;
  readonly id: number;
  readonly state: string | undefined;
  readonly rId: string | undefined;
}

/** ExcelJS's second decoding pass over some texts (utils.xmlDecode). */
function xmlDecodeAgain(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&([a-z]*);/g, (c) =>
    c === '&lt;' ? '<' : c === '&gt;' ? '>' : c === '&amp;' ? '&' : c === '&apos;' ? "'" : c === '&quot;' ? '"' : c,
  );
}

/** Excel's escaped characters in <t> text (_x000D_), as ExcelJS's text reader decodes them. */
function decodeEscapes(s: string): string {
  return s.indexOf('_x') === -1 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

// Built-in number formats (ECMA-376 18.8.30) that ExcelJS knows, by id: only whether each is a date.
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function excelDate(serial: number, date1904: boolean): string | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function parseRels(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  if (xml === undefined) return rels;
  scanXml(xml, {
    open(name, x, s, e) {
      if (name !== 'Relationship') return;
      const id = attr(x, s, e, 'Id');
      const target = attr(x, s, e, 'Target');
      if (id !== undefined && target !== undefined) rels.set(id, target);
    },
    text() {},
    close() {},
  });
  return rels;
}

function parseWorkbook(xml: string): { sheets: SheetDef[]; date1904: boolean } {
  const sheets: SheetDef[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, x, s, e) {
      if (name === 'sheet') {
        sheets.push({
          name: xmlDecodeAgain(attr(x, s, e, 'name') ?? ''),
          id: parseInt(attr(x, s, e, 'sheetId') ?? '', 10),
          state: attr(x, s, e, 'state'),
          rId: attr(x, s, e, 'r:id'),
        });
      } else if (name === 'workbookPr') date1904 = attr(x, s, e, 'date1904') === '1';
    },
    text() {},
    close() {},
  });
  return { sheets, date1904 };
}

/** Shared strings: the text a cell shows, and whether ExcelJS holds it as a plain string. */
interface SharedStrings {
  /** null for an <si> with no text at all. */
  readonly text: Array<string | null>;
  readonly plain: boolean[];
}

function parseSharedStrings(xml: string): SharedStrings {
  const text: Array<string | null> = [];
  const plain: boolean[] = [];
  let si: { plain: string | null; runs: Array<string | undefined> | null } | null = null;
  let inRun = false;
  let inPhonetic = 0;
  let tParts: string[] | null = null;
  let runText: string | undefined;
  scanXml(xml, {
    open(name, _x, _s, _e, selfClosing) {
      if (name === 'si' && !si) {
        si = { plain: null, runs: null };
        return;
      }
      if (!si) return;
      if (name === 'rPh') inPhonetic++;
      else if (inPhonetic > 0) return;
      else if (name === 'r') {
        inRun = true;
        runText = undefined;
      } else if (name === 't') {
        tParts = [];
        if (selfClosing) tParts = [];
      }
    },
    text(x, s, e) {
      if (tParts && inPhonetic === 0) tParts.push(decodeXml(x.slice(s, e)));
    },
    close(name) {
      if (!si) return;
      if (name === 'rPh') {
        inPhonetic--;
        return;
      }
      if (inPhonetic > 0) return;
      if (name === 't' && tParts) {
        const t = decodeEscapes(tParts.join(''));
        tParts = null;
        if (inRun) runText = t;
        else si.plain = t;
      } else if (name === 'r' && inRun) {
        inRun = false;
        // A run after a plain <t> is lost in ExcelJS (it cannot hang runs on a string).
        if (si.plain === null) (si.runs ??= []).push(runText);
      } else if (name === 'si') {
        if (si.plain !== null) {
          text.push(si.plain);
          plain.push(true);
        } else if (si.runs) {
          text.push(si.runs.map((r) => r ?? '').join(''));
          plain.push(false);
        } else {
          // <si/>: no text at all, an empty cell (ExcelJS's value is an empty object).
          text.push(null);
          plain.push(false);
        }
        si = null;
      }
    },
  });
  return { text, plain };
}

/** Which cell style ids (cellXfs index) carry a date format. */
function parseDateStyles(xml: string | undefined): ((styleId: number) => boolean) | null {
  if (xml === undefined) return null;
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  scanXml(xml, {
    open(name, x, s, e) {
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'numFmt' && inNumFmts) {
        const id = parseInt(attr(x, s, e, 'numFmtId') ?? '', 10);
        const code = attr(x, s, e, 'formatCode');
        if (code !== undefined) formats.set(id, code.replace(/[\\](.)/g, '$1'));
      } else if (name === 'xf' && inCellXfs) xfs.push(parseInt(attr(x, s, e, 'numFmtId') ?? '', 10));
    },
    text() {},
    close(name) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const memo = new Map<number, boolean>();
  return (styleId) => {
    let known = memo.get(styleId);
    if (known === undefined) {
      const fmtId = xfs[styleId];
      known = false;
      if (fmtId) {
        const custom = formats.get(fmtId);
        known = custom ? isDateFormat(custom) : BUILT_IN_DATE_IDS.has(fmtId);
      }
      memo.set(styleId, known);
    }
    return known;
  };
}

// Kinds of cell in a row, as ExcelJS keeps them: styled but empty (does not count as a value), a value,
// a value that is a plain string (matters only under a hyperlink).
const STYLED_EMPTY = 1;
const VALUE = 2;
const PLAIN_STRING = 3;

interface Row {
  readonly v: CellValue[];
  /** Formulas by column; null until the row has one (most rows have none). */
  f: (string | null)[] | null;
  readonly k: number[];
  /** Cells ExcelJS holds in this row (its cellCount): the last column with any cell. */
  width: number;
  /** A formula's cached 0 or FALSE, which v leaves empty; null until the row has one. A hyperlink reads it, and the snapshot's savedResults. */
  z: CellValue[] | null;
}

function newRow(): Row {
  return { v: [], f: null, k: [], width: 0, z: null };
}

function decodeAddress(a: string): { row: number; col: number } | null {
  return readAddress(a, 0, a.length) ? { row: placeRow, col: placeCol } : null;
}

function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// The column and row of the address readAddress last read.
let placeCol = 0;
let placeRow = 0;

/**
 * The A1 address in x[from, to) ("B7", "$B$7") into placeCol and placeRow, without a string: a
 * cell's r="…" is read where it stands. False when it is not an address (row 0 is, as in ExcelJS).
 */
function readAddress(x: string, from: number, to: number): boolean {
  let col = 0;
  let row = 0;
  let i = from;
  if (i < to && x.charCodeAt(i) === 36) i++;
  for (; i < to; i++) {
    const c = x.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i < to && x.charCodeAt(i) === 36) i++;
  const digits = i;
  for (; i < to; i++) {
    const c = x.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + c - 48;
  }
  if (col === 0 || i === digits) return false;
  placeCol = col;
  placeRow = row;
  return true;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

// What startTagInPlace last read: where the values of r, s and t are (−1 when absent), where the
// tag's '>' is, and whether it closes itself.
let tagR0 = -1;
let tagR1 = -1;
let tagS0 = -1;
let tagS1 = -1;
let tagT0 = -1;
let tagT1 = -1;
let tagEnd = -1;
let tagSelfClosing = false;

/** "<n>" at x[p], for a one-letter name n (startsWith costs more for these). */
const tagAt = (x: string, p: number, n: number): boolean =>
  x.charCodeAt(p) === 60 && x.charCodeAt(p + 1) === n && x.charCodeAt(p + 2) === 62;

/** "</n>" at x[p], for a one-letter name n. */
const endTagAt = (x: string, p: number, n: number): boolean =>
  x.charCodeAt(p) === 60 && x.charCodeAt(p + 1) === 47 && x.charCodeAt(p + 2) === n && x.charCodeAt(p + 3) === 62;

/**
 * The attributes of a start tag whose name ends at x[from], when they are all name="value" or
 * name='value' with nothing else between them but white space. False for any other form, which the
 * element scan reads (and refuses when it is not XML).
 */
function startTagInPlace(x: string, from: number): boolean {
  const n = x.length;
  let i = from;
  const first = x.charCodeAt(i);
  if (!isSpace(first) && first !== 62 /* > */ && first !== 47 /* / */) return false; // another name
  tagR0 = tagS0 = tagT0 = -1;
  while (i < n) {
    const c = x.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 62) {
      tagEnd = i;
      tagSelfClosing = false;
      return true;
    }
    if (c === 47) {
      if (x.charCodeAt(i + 1) !== 62) return false;
      tagEnd = i + 1;
      tagSelfClosing = true;
      return true;
    }
    const k = i;
    // Excel's attributes here are one letter (r, s, t) but for a row's; tested first.
    if (x.charCodeAt(i + 1) === 61) i++;
    else {
      for (; i < n; i++) {
        const d = x.charCodeAt(i);
        if (d === 61 /* = */ || d <= 32 || d === 62 || d === 47 || d === 60 || d === 34 || d === 39) break;
      }
      if (i === k || x.charCodeAt(i) !== 61) return false;
    }
    const quote = x.charCodeAt(i + 1);
    if (quote !== 34 && quote !== 39) return false;
    // Character by character, not indexOf: a value here is a few characters.
    let close = i + 2;
    while (close < n && x.charCodeAt(close) !== quote) close++;
    if (close >= n) return false;
    if (i - k === 1) {
      const key = x.charCodeAt(k);
      if (key === 114 /* r */) {
        tagR0 = i + 2;
        tagR1 = close;
      } else if (key === 115 /* s */) {
        tagS0 = i + 2;
        tagS1 = close;
      } else if (key === 116 /* t */) {
        tagT0 = i + 2;
        tagT1 = close;
      }
    }
    i = close + 1;
  }
  return false;
}

/** t="…" as one of the constant strings compared later; undefined for anything else (read as text). */
function typeInPlace(x: string, from: number, to: number): string | undefined {
  const len = to - from;
  const c = x.charCodeAt(from);
  if (len === 1) return c === 115 ? 's' : c === 110 ? 'n' : c === 98 ? 'b' : c === 101 ? 'e' : undefined;
  if (len === 3 && x.startsWith('str', from)) return 'str';
  if (len === 9 && x.startsWith('inlineStr', from)) return 'inlineStr';
  return undefined;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal number in x[from, to) ("-1234.56", "007"), at most 15 digits: what parseFloat gives
 * for it (with integerOnly, a run of digits: what parseInt gives), without a string. Below 2^53 the digits and the power of ten are exact, so one division is
 * the correctly rounded value, as parseFloat's is. Undefined for any other form (exponent, sign
 * without digits, white space, "1.", ".5"): the caller parses the text.
 */
function numberInPlace(x: string, from: number, to: number, integerOnly: boolean): number | undefined {
  let i = from;
  const negative = x.charCodeAt(i) === 45; /* - */
  if (negative) {
    if (integerOnly) return undefined;
    i++;
  }
  let digits = 0;
  let decimals = -1;
  let m = 0;
  for (; i < to; i++) {
    const c = x.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + c - 48;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 /* . */ && decimals < 0 && !integerOnly) decimals = 0;
    else return undefined;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return undefined;
  const v = decimals > 0 ? m / (POWERS_OF_TEN[decimals] ?? NaN) : m;
  return negative ? -v : v;
}

interface SheetContext {
  readonly strings: SharedStrings | null;
  readonly isDateStyle: ((styleId: number) => boolean) | null;
  readonly date1904: boolean;
  /** The sheet's relationships (hyperlink targets), read only when it has hyperlinks. */
  readonly rels: () => Map<string, string>;
}

/** cValue of a value read in place (see cInPlace): not empty, so it counts as a value. */
const IN_PLACE = '#';

const NODE_NONE = 0;
const NODE_F = 1;
const NODE_V = 2;
const NODE_T = 3;

function readSheet(name: string, visibility: SheetVisibility, xml: string, ctx: SheetContext): SheetSnapshot {
  const rows: Array<Row | undefined> = [];
  const merges: string[] = [];
  const hyperlinks: Array<{ ref: string; rId: string }> = [];
  const masters = new Map<string, { row: number; col: number }>();
  /** A master's formula by its cell (row × 16384 + column). */
  const masterFormula = new Map<number, string>();

  let inSheetData = false;
  let inMergeCells = false;
  let inHyperlinks = false;
  let row: Row | null = null;
  let prevCol = 0;
  let prevRow = 0;
  // The cell being read.
  let inCell = false;
  let cAddr: string | undefined;
  /** The address read in place from r="…" (0 when the cell has none, or its text needs decoding: then cAddr). */
  let cCol = 0;
  let cRow = 0;
  let cT: string | undefined;
  let cStyle = 0;
  let cFormula: string | undefined;
  let cShare: string | undefined;
  let cSi: string | undefined;
  let cRef: string | undefined;
  let cValue: string | undefined;
  /** The value was read in place (cValue is IN_PLACE): the number read from the XML, and where its text is. */
  let cInPlace = false;
  let cNum = 0;
  let cV0 = 0;
  let cV1 = 0;
  /** The value's text (for a message), also when it was read in place. */
  const valueText = (): string | undefined => (cInPlace ? xml.slice(cV0, cV1) : cValue);
  let cRuns: Array<string | undefined> | null = null;
  let node = NODE_NONE;
  let inRun = false;
  let runT: string[] | null = null;
  let runText: string | undefined;

  const finishCell = (): void => {
    if (!row) return;
    // Where the cell goes: its own address, or the column after the previous cell when it has none.
    let col: number;
    let addrRow: number;
    if (cCol > 0) {
      col = cCol;
      addrRow = cRow;
    } else if (cAddr !== undefined) {
      const a = decodeAddress(cAddr);
      if (!a) throw new FastReadError(`单元格地址无效：${cAddr}`);
      col = a.col;
      addrRow = a.row;
    } else {
      if (prevCol === 0) throw new FastReadError('单元格缺少地址');
      col = prevCol + 1;
      addrRow = prevRow;
      cAddr = `${columnLetters(col)}${addrRow}`;
    }
    let kind: number;
    let value: CellValue = null;
    let formula: string | null = null;
    let dropped: CellValue = null;
    const dateStyle = cStyle > 0 && ctx.isDateStyle !== null && ctx.isDateStyle(cStyle);
    if (cFormula || cShare) {
      // A formula: its cached result by type; ExcelJS drops a falsy result (0, FALSE) and reads it as empty.
      // Kept so on purpose: a 0 may be no result at all (an .xls that LibreOffice converted from a
      // file saved without results reads back 0 for ="=100%"), so a 0 is calculated again; the
      // snapshot's savedResults keeps it for a formula the reader cannot calculate.
      let result: CellValue | { error: string } | undefined;
      let plainString = false;
      if (cValue) {
        if (cT === 'str') {
          result = xmlDecodeAgain(cValue);
          plainString = true;
        } else if (cT === 'b') result = parseInt(cValue, 10) !== 0;
        else if (cT === 'e') result = { error: cValue };
        else result = cInPlace ? cNum : parseFloat(cValue);
      }
      if (result !== undefined && dateStyle) {
        const serial = typeof result === 'object' ? NaN : Number(result);
        const d = excelDate(serial, ctx.date1904);
        if (d !== null) {
          result = d;
          plainString = false;
        }
      }
      let text: string | undefined = cFormula || undefined;
      let shared = false;
      if (cShare === 'shared') {
        // ExcelJS links followers to their master by si as a key, even when si is missing.
        if (cRef) {
          masters.set(String(cSi), { row: addrRow, col });
          if (cFormula) masterFormula.set(addrRow * 16384 + col, cFormula);
        } else {
          const m = masters.get(String(cSi));
          if (m) {
            shared = true;
            if (!text) {
              const f = masterFormula.get(m.row * 16384 + m.col);
              text = f === undefined ? undefined : slideFormula(f, m, { row: addrRow, col });
            }
          }
        }
      }
      kind = plainString ? PLAIN_STRING : VALUE;
      if (cFormula || shared) {
        formula = text ? `=${text}` : null;
        if (result) value = typeof result === 'object' && result !== null ? result.error : result;
        else if (result !== undefined) dropped = result;
      } else value = null; // a formula cell with no text at all (ExcelJS's value is an empty object): empty
    } else if (cValue !== undefined || cRuns !== null) {
      kind = VALUE;
      if (cRuns !== null && cT === 'inlineStr') value = cRuns.map((r) => r ?? '').join('');
      else if (cValue === undefined) value = null;
      else if (cT === 's') {
        const i = cInPlace ? cNum : parseInt(cValue, 10);
        if (ctx.strings) {
          const s = ctx.strings.text[i];
          if (s === undefined) throw new FastReadError(`共享字符串 ${valueText() ?? ''} 不存在`);
          value = s;
          if (ctx.strings.plain[i]) kind = PLAIN_STRING;
        } else value = i;
      } else if (cT === 'str') {
        value = xmlDecodeAgain(cValue);
        kind = PLAIN_STRING;
      } else if (cT === 'inlineStr') {
        value = cValue;
        kind = PLAIN_STRING;
      } else if (cT === 'b') value = parseInt(cValue, 10) !== 0;
      else if (cT === 'e') value = cValue;
      else {
        const num = cInPlace ? cNum : parseFloat(cValue);
        value = num;
        if (dateStyle) value = excelDate(num, ctx.date1904) ?? num;
      }
    } else if (cStyle) kind = STYLED_EMPTY;
    else kind = 0; // no value, no style: ExcelJS does not keep the cell

    if (kind !== 0) {
      row.v[col - 1] = value;
      if (formula !== null) (row.f ??= [])[col - 1] = formula;
      else if (row.f) row.f[col - 1] = null;
      row.k[col - 1] = kind;
      if (dropped !== null) (row.z ??= [])[col - 1] = dropped;
      else if (row.z) row.z[col - 1] = null;
      if (col > row.width) row.width = col;
      prevCol = col;
      prevRow = addrRow;
    } else if (row.k[col - 1] === undefined) {
      // Not kept, but present: a hyperlink on it still makes a cell (see applyHyperlinks).
      row.k[col - 1] = 0;
    }
  };

  /** Row r (1-based) is read next, by either path. */
  const startRow = (r: number): void => {
    if (r >= 1) {
      // A repeated row number replaces the earlier row, as in ExcelJS.
      row = newRow();
      rows[r - 1] = row;
    } else row = null; // ExcelJS files row 0 nowhere: its cells are not read
    prevCol = 0;
  };

  /** r, t and s of a <c> start tag whose attributes are x[s, e), for the element scan. */
  const cellAttributes = (x: string, s: number, e: number): void => {
    cAddr = cT = undefined;
    cCol = cRow = 0;
    cStyle = 0;
    // r, t and s in one pass over the attributes (a plain cell is read by cellInPlace instead).
    let i = s;
    while (i < e) {
      // Character by character, not indexOf: every distance here is a few characters.
      let eq = i;
      while (eq < e && x.charCodeAt(eq) !== 61 /* = */) eq++;
      if (eq >= e) break;
      let k = i;
      while (x.charCodeAt(k) <= 32) k++;
      let q = eq + 1;
      while (q < e && x.charCodeAt(q) !== 34 && x.charCodeAt(q) !== 39) q++;
      if (q >= e) throw new XmlError('单元格属性未结束');
      const quote = x.charCodeAt(q);
      let close = q + 1;
      while (close < e && x.charCodeAt(close) !== quote) close++;
      if (close >= e) throw new XmlError('单元格属性未结束');
      let ke = eq;
      while (x.charCodeAt(ke - 1) <= 32) ke--;
      if (ke - k === 1) {
        const key = x.charCodeAt(k);
        // The common forms (r="B7", t="s", s="12") are read in place, without a string each.
        if (key === 114 /* r */) {
          if (!readAddress(x, q + 1, close)) {
            cCol = cRow = 0;
            cAddr = decodeXml(x.slice(q + 1, close));
          } else {
            cCol = placeCol;
            cRow = placeRow;
            cAddr = undefined;
          }
        } else if (key === 116 /* t */) cT = typeInPlace(x, q + 1, close) ?? decodeXml(x.slice(q + 1, close));
        else if (key === 115 /* s */) cStyle = numberInPlace(x, q + 1, close, true) ?? (parseInt(x.slice(q + 1, close), 10) || 0);
      }
      i = close + 1;
    }
  };

  /** A new cell: nothing read of its content yet. */
  const cellContentReset = (): void => {
    cFormula = cShare = cSi = cRef = cValue = undefined;
    cInPlace = false;
    cRuns = null;
    node = NODE_NONE;
  };

  /**
   * The content Excel writes for nearly every cell, read in one step from p (just past the cell's
   * start tag): "<v>…</v></c>", "<f>…</f><v>…</v></c>" or "</c>". Returns the index past "</c>", or
   * −1 with nothing read for anything else (attributes on <f>, <is>, white space, CDATA), which the
   * element-by-element scan reads.
   */
  const cellContent = (x: string, from: number): number => {
    let p = from;
    let f0 = -1;
    let f1 = -1;
    if (tagAt(x, p, 102 /* f */)) {
      f0 = p + 3;
      f1 = x.indexOf('<', f0);
      if (f1 === -1 || !endTagAt(x, f1, 102)) return -1;
      p = f1 + 4;
    }
    let v0 = -1;
    let v1 = -1;
    if (tagAt(x, p, 118 /* v */)) {
      v0 = p + 3;
      v1 = x.indexOf('<', v0);
      if (v1 === -1 || !endTagAt(x, v1, 118)) return -1;
      p = v1 + 4;
    }
    if (!endTagAt(x, p, 99 /* c */)) return -1;
    if (f1 > f0) cFormula = decodeXml(x.slice(f0, f1));
    if (v1 > v0) {
      // A number (or a shared string's index) is read where it stands: no string for it.
      const n = cT === undefined || cT === 'n' || cT === 's' ? numberInPlace(x, v0, v1, cT === 's') : undefined;
      if (n === undefined) cValue = decodeXml(x.slice(v0, v1));
      else {
        cValue = IN_PLACE;
        cInPlace = true;
        cNum = n;
        cV0 = v0;
        cV1 = v1;
      }
    }
    return p + 4;
  };

  /**
   * A cell whose start tag startTagInPlace has just read: its address, type and style
   * read where they stand and its content in one step, then kept. Returns the index past the cell,
   * or −1, with nothing kept, for any other form (an address or type to decode, no address, content
   * for the element scan).
   */
  const cellInPlace = (x: string): number => {
    if (tagR0 < 0 || !readAddress(x, tagR0, tagR1)) return -1;
    let type: string | undefined;
    if (tagT0 >= 0) {
      type = typeInPlace(x, tagT0, tagT1);
      if (type === undefined) return -1;
    }
    let style = 0;
    if (tagS0 >= 0) {
      const n = numberInPlace(x, tagS0, tagS1, true);
      if (n === undefined) return -1;
      style = n;
    }
    cCol = placeCol;
    cRow = placeRow;
    cAddr = undefined;
    cT = type;
    cStyle = style;
    cellContentReset();
    const end = tagSelfClosing ? tagEnd + 1 : cellContent(x, tagEnd + 1);
    if (end >= 0) finishCell();
    return end;
  };

  /**
   * The rows of sheetData as Excel writes them, read from `from` (just past an open row's start tag)
   * without the element scan, which costs several times more per cell: cells read by cellInPlace, then
   * "</row>", then the next row's plain start tag, and so on. Where anything else comes, the element
   * scan goes on: returns −(i + 1) when it stopped at i inside a row (that row stays open), or i when
   * it stopped between rows (the rows read are closed).
   */
  const rowsInPlace = (x: string, from: number): number => {
    let p = from;
    for (;;) {
      if (row) {
        // The cells of the open row.
        for (;;) {
          while (isSpace(x.charCodeAt(p))) p++;
          if (x.charCodeAt(p) !== 60 /* < */) return -(p + 1);
          if (x.charCodeAt(p + 1) === 99 /* c */ && startTagInPlace(x, p + 2)) {
            const end = cellInPlace(x);
            if (end < 0) return -(p + 1);
            p = end;
          } else if (x.charCodeAt(p + 1) === 47 && x.startsWith('</row>', p)) {
            p += 6;
            row = null;
            break;
          } else return -(p + 1);
        }
      }
      // Between rows: the next row's start tag, with a plain row number.
      const between = p;
      while (isSpace(x.charCodeAt(p))) p++;
      if (!x.startsWith('<row', p) || !startTagInPlace(x, p + 4) || tagR0 < 0) return between;
      const r = numberInPlace(x, tagR0, tagR1, true);
      if (r === undefined || r < 1) return between;
      startRow(r);
      p = tagEnd + 1;
      if (tagSelfClosing) row = null;
    }
  };

  const handler: XmlHandler = {
    open(tag, x, s, e, selfClosing) {
      if (inCell) {
        if (inRun) {
          if (tag === 't') runT = [];
          return;
        }
        if (tag === 'f') {
          node = NODE_F;
          cSi = attr(x, s, e, 'si');
          cShare = attr(x, s, e, 't');
          cRef = attr(x, s, e, 'ref');
        } else if (tag === 'v') node = NODE_V;
        else if (tag === 't') node = NODE_T;
        else if (tag === 'r') {
          inRun = true;
          runText = undefined;
        }
        return;
      }
      if (tag === 'c' && row) {
        inCell = true;
        cellAttributes(x, s, e);
        cellContentReset();
        if (selfClosing) return;
        const end = cellContent(x, e + 1);
        if (end < 0) return;
        inCell = false;
        finishCell();
        return end;
      }
      if (tag === 'row' && inSheetData) {
        const r = parseInt(attr(x, s, e, 'r') ?? '', 10);
        if (Number.isNaN(r)) throw new FastReadError('行缺少行号'); // ExcelJS refuses it too
        startRow(r);
        // The rows that follow are read in place as far as they go (see rowsInPlace).
        return row && !selfClosing ? rowsInPlace(x, e + 1) : undefined;
      }
      if (tag === 'sheetData') inSheetData = true;
      else if (tag === 'mergeCells') inMergeCells = true;
      else if (tag === 'mergeCell' && inMergeCells) {
        const ref = attr(x, s, e, 'ref');
        if (ref !== undefined) merges.push(ref);
      } else if (tag === 'hyperlinks') inHyperlinks = true;
      else if (tag === 'hyperlink' && inHyperlinks) {
        const ref = attr(x, s, e, 'ref');
        const rId = attr(x, s, e, 'r:id');
        if (ref !== undefined && rId) hyperlinks.push({ ref, rId });
      }
    },
    text(x, s, e) {
      if (!inCell) return;
      if (inRun) {
        if (runT) runT.push(x.slice(s, e));
        return;
      }
      if (node === NODE_NONE) return;
      const t = decodeXml(x.slice(s, e));
      if (node === NODE_F) cFormula = cFormula === undefined ? t : cFormula + t;
      else if (cRuns === null) cValue = cValue === undefined ? t : cValue + t;
    },
    close(tag) {
      if (inCell) {
        if (inRun) {
          if (tag === 't' && runT) {
            runText = decodeEscapes(decodeXml(runT.join('')));
            runT = null;
          } else if (tag === 'r') {
            inRun = false;
            (cRuns ??= []).push(runText);
          }
          return;
        }
        if (tag === 'c') {
          inCell = false;
          finishCell();
        } else if (tag === 'f' || tag === 'v' || tag === 'is' || tag === 't') node = NODE_NONE;
        return;
      }
      if (tag === 'row') row = null;
      else if (tag === 'sheetData') inSheetData = false;
      else if (tag === 'mergeCells') inMergeCells = false;
      else if (tag === 'hyperlinks') inHyperlinks = false;
    },
  };
  scanXml(xml, handler);

  if (hyperlinks.length > 0) applyHyperlinks(rows, hyperlinks, ctx.rels());
  const areas = mergeAreas(merges);
  for (const m of areas) {
    for (let r = m.top; r <= m.bottom; r++) {
      const rw = (rows[r - 1] ??= newRow());
      if (m.right > rw.width) rw.width = m.right;
    }
  }

  // Grid size as ExcelJS reports it: rows up to the last row it holds, columns up to the widest row
  // that holds a value (a merged cell counts; a cell that is only styled does not).
  const slaveRows = new Set<number>();
  for (const m of areas) {
    for (let r = m.top; r <= m.bottom; r++) if (r > m.top || m.right > m.left) slaveRows.add(r);
  }
  let lastRow = rows.length;
  while (lastRow > 0 && rows[lastRow - 1] === undefined) lastRow--;
  let anyValues = false;
  let cols = 0;
  for (let r = 1; r <= lastRow; r++) {
    const rw = rows[r - 1];
    if (!rw) continue;
    let has = slaveRows.has(r);
    if (!has) for (const k of rw.k) if (k !== undefined && k > STYLED_EMPTY) has = true;
    if (has) {
      anyValues = true;
      if (rw.width > cols) cols = rw.width;
    }
  }
  const height = anyValues ? lastRow : 0;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(height);
  // Snapshot rows are read-only (SheetSnapshot): the rows with no formula, in an exported or typed
  // workbook all of them, share one row of nulls, and so do the rows the file leaves out.
  const nulls = <T>(): T[] => new Array<T>(cols).fill(null as T);
  const noFormulas = nulls<string | null>();
  let noValues: CellValue[] | null = null;
  let saved: SavedResult[] | undefined;
  for (let r = 0; r < height; r++) {
    const rw = rows[r];
    if (!rw) {
      values[r] = noValues ??= nulls<CellValue>();
      formulas[r] = noFormulas;
      continue;
    }
    const v = nulls<CellValue>();
    const rf = rw.f;
    const f = rf ? nulls<string | null>() : noFormulas;
    const k = rw.k;
    const z = rw.z;
    for (let c = 0; c < k.length && c < cols; c++) {
      const kind = k[c];
      if (kind === undefined || kind <= STYLED_EMPTY) continue;
      v[c] = rw.v[c] ?? null;
      if (rf) f[c] = rf[c] ?? null;
      const zc = z?.[c];
      if ((zc === 0 || zc === false) && v[c] === null && f[c] !== null) (saved ??= []).push({ row: r + 1, col: c + 1, value: zc });
    }
    values[r] = v;
    formulas[r] = f;
  }
  // Merged cells other than the top-left one read as empty, as in Excel.
  for (const m of areas) {
    for (let r = m.top; r <= m.bottom && r <= height; r++) {
      for (let c = m.left; c <= m.right && c <= cols; c++) {
        if (r === m.top && c === m.left) continue;
        values[r - 1]![c - 1] = null;
        formulas[r - 1]![c - 1] = null;
      }
    }
  }
  // A merged slave's formula is gone with its value: its saved result too.
  const savedResults = saved?.filter((x) => formulas[x.row - 1]?.[x.col - 1] != null);
  return {
    name,
    visibility,
    values,
    formulas,
    merges: areas.map((m) => m.range),
    ...(savedResults && savedResults.length > 0 ? { savedResults } : {}),
  };
}

/** A cell under an external hyperlink reads as its text (ExcelJS's hyperlink value): the value it shows, no formula. */
function applyHyperlinks(
  rows: Array<Row | undefined>,
  links: ReadonlyArray<{ ref: string; rId: string }>,
  rels: Map<string, string>,
): void {
  for (const { ref, rId } of links) {
    if (!rels.has(rId)) throw new FastReadError(`超链接 ${ref} 指向的关系 ${rId} 不存在`); // as ExcelJS refuses it
    const a = decodeAddress(ref);
    if (!a || ref.indexOf('$') !== -1) continue; // a range or odd reference never matches a cell
    const rw = rows[a.row - 1];
    if (!rw) continue;
    const c = a.col - 1;
    const kind = rw.k[c];
    if (kind === undefined) continue; // no <c> element there: nothing to link
    if (kind === PLAIN_STRING) {
      if (rw.f) rw.f[c] = null;
    } else {
      // Its value, or a formula's cached result (even the 0 or FALSE a formula cell otherwise reads
      // as empty: z holds it, and only for a formula cell), without the formula; nothing when the
      // cell has no value.
      rw.v[c] = rw.v[c] ?? rw.z?.[c] ?? null;
      if (rw.f) rw.f[c] = null;
      rw.k[c] = VALUE;
      if (a.col > rw.width) rw.width = a.col;
    }
  }
}

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly range: string;
}

/** Merge references as areas; overlapping merges make ExcelJS refuse the file, and so does this reader. */
function mergeAreas(refs: readonly string[]): Area[] {
  const out: Area[] = [];
  for (const ref of refs) {
    const parts = ref.split(':');
    const a = parts[0] === undefined ? null : decodeAddress(parts[0]);
    const b = parts.length === 2 && parts[1] !== undefined ? decodeAddress(parts[1]) : parts.length === 1 ? a : null;
    if (!a || !b) throw new FastReadError(`合并区域无效：${ref}`);
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const right = Math.max(a.col, b.col);
    for (const o of out) {
      if (o.top <= bottom && top <= o.bottom && o.left <= right && left <= o.right)
        throw new FastReadError(`合并区域重叠：${o.range} 与 ${ref}`);
    }
    out.push({ top, left, bottom, right, range: `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}` });
  }
  return out;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

const decoder = new TextDecoder('utf-8');

export interface FastReadOptions {
  /**
   * Sheets whose cells the caller is not expected to read (the check passes over its own 校验
   * sheet): their XML is still scanned, so a damaged part is refused as before, but their values,
   * formulas and merges are built only if something reads them.
   */
  readonly deferCells?: (sheetName: string) => boolean;
  /** Node's native paths, which the CLI gives (the page has neither): fflate and TextDecoder otherwise. */
  readonly native?: NativeDecoding;
}

export interface NativeDecoding {
  /** Inflates the package's parts (zlib). */
  readonly inflate: InflateRaw;
  /**
   * Each byte as one character (Buffer's latin1): a deferred sheet is scanned in this form. Its tags,
   * quotes and entities are ASCII, and no byte of a multi-byte UTF-8 character is, so the scan sees
   * the same structure as in the decoded text, at an eighth of the cost of decoding it.
   */
  readonly latin1: (bytes: Uint8Array) => string;
}

/**
 * Sheet snapshots of an .xlsx package, in workbook order, optionally only the named sheets.
 * Throws FastReadError (or fflate's error) for a package that is not a readable workbook.
 */
export function readSnapshotsFast(bytes: Uint8Array, names?: readonly string[], options: FastReadOptions = {}): SheetSnapshot[] {
  const keep = (name: string) => {
    const n = name.replace(/^\//, '');
    return (
      n === 'xl/workbook.xml' ||
      n === 'xl/_rels/workbook.xml.rels' ||
      n === 'xl/sharedStrings.xml' ||
      n === 'xl/styles.xml' ||
      WORKSHEET.test(n) ||
      WORKSHEET_RELS.test(n)
    );
  };
  let files: Record<string, Uint8Array>;
  try {
    files = options.native ? zipParts(bytes, keep, options.native.inflate) : unzipSync(bytes, { filter: (f) => keep(f.name) });
  } catch (e) {
    throw new FastReadError(`压缩包无法解开：${e instanceof Error ? e.message : String(e)}`);
  }
  const entries = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(files)) entries.set(k.replace(/^\//, ''), v);
  const text = (path: string): string | undefined => {
    const b = entries.get(path);
    return b === undefined ? undefined : decoder.decode(b);
  };
  try {
    return readPackage(entries, text, names, options);
  } catch (e) {
    if (e instanceof XmlError) throw new FastReadError(`XML 无法解析：${e.message}`);
    throw e;
  }
}

function readPackage(
  entries: ReadonlyMap<string, Uint8Array>,
  text: (path: string) => string | undefined,
  names: readonly string[] | undefined,
  options: FastReadOptions,
): SheetSnapshot[] {
  const workbookXml = text('xl/workbook.xml');
  const { sheets, date1904 } = workbookXml === undefined ? { sheets: [], date1904: false } : parseWorkbook(workbookXml);
  const rels = parseRels(text('xl/_rels/workbook.xml.rels'));

  // Sheet files in package order, as ExcelJS meets them; each named by the workbook entries pointing at it.
  const files: Array<{ path: string; sheetNo: string; def: SheetDef | null }> = [];
  const byPath = new Map<string, { path: string; sheetNo: string; def: SheetDef | null }>();
  for (const path of entries.keys()) {
    const m = WORKSHEET.exec(path);
    if (!m || WORKSHEET_RELS.test(path)) continue;
    const f = { path, sheetNo: m[1]!, def: null };
    files.push(f);
    byPath.set(path, f);
  }
  for (const s of sheets) {
    const target = s.rId === undefined ? undefined : rels.get(s.rId);
    if (target === undefined) continue;
    const f = byPath.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
    if (f) f.def = s;
  }
  // ExcelJS files each sheet under its sheetId (a later one with the same id wins; ids below 1 are
  // dropped), then orders them by the first workbook entry with that id.
  const byId = new Map<number, { path: string; sheetNo: string; def: SheetDef }>();
  for (const f of files) if (f.def && Number.isInteger(f.def.id) && f.def.id >= 1) byId.set(f.def.id, { ...f, def: f.def });
  const ordered = [...byId.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, f]) => ({ ...f, order: sheets.findIndex((s) => s.id === id) }))
    .sort((a, b) => a.order - b.order);

  const wanted = names ? new Set(names) : null;
  const chosen = ordered.filter((f) => !wanted || wanted.has(f.def.name));
  if (chosen.length === 0) return [];
  const ssXml = text('xl/sharedStrings.xml');
  const strings = ssXml === undefined ? null : parseSharedStrings(ssXml);
  const isDateStyle = parseDateStyles(text('xl/styles.xml'));
  return chosen.map((f) => {
    let sheetRels: Map<string, string> | null = null;
    const name = f.def.name;
    const visibility = visibilityOf(f.def.state);
    const read = (xml = text(f.path) ?? '') =>
      readSheet(name, visibility, xml, {
        strings,
        isDateStyle,
        date1904,
        rels: () => (sheetRels ??= parseRels(text(`xl/worksheets/_rels/sheet${f.sheetNo}.xml.rels`))),
      });
    if (!options.deferCells?.(name)) return read();
    // Refused now if damaged, as when it is read; decoded only if something reads its cells.
    const { native } = options;
    if (native) {
      scanXml(native.latin1(entries.get(f.path) ?? new Uint8Array(0)), NO_EVENTS);
      return deferredSheet(name, visibility, () => read());
    }
    const xml = text(f.path) ?? '';
    scanXml(xml, NO_EVENTS);
    return deferredSheet(name, visibility, () => read(xml));
  });
}

const NO_EVENTS: XmlHandler = { open() {}, text() {}, close() {} };

/** A snapshot whose cells are read on first use (a later fault in them throws FastReadError then). */
function deferredSheet(name: string, visibility: SheetVisibility, read: () => SheetSnapshot): SheetSnapshot {
  let sheet: SheetSnapshot | undefined;
  const cells = () => (sheet ??= read());
  return {
    name,
    visibility,
    get values() {
      return cells().values;
    },
    get formulas() {
      return cells().formulas;
    },
    get merges() {
      return cells().merges;
    },
    get savedResults() {
      return cells().savedResults;
    },
  };
}
