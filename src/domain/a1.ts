// A1-notation helpers shared by the plan builders, the reader and both hosts.

export function columnLetter(col: number): string {
  // Every amount cell the reader reads is named by its address: the common columns' letters are made once.
  const cached = LETTERS[col - 1];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`columnLetter: 列号必须是正整数: ${col}`);
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const LETTERS: readonly string[] = Array.from({ length: 256 }, (_, i) => lettersOf(i + 1));

export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new RangeError(`columnNumber: 非法列字母: ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column → "E6". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  return `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
}

export function parseCellAddress(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(addr.trim().toUpperCase());
  if (!m || !m[1] || !m[2]) throw new RangeError(`parseCellAddress: 非法单元格地址: ${addr}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function parseRangeAddress(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = range.split(':');
  if (!a) throw new RangeError(`parseRangeAddress: 非法区域: ${range}`);
  const p = parseCellAddress(a);
  const q = b ? parseCellAddress(b) : p;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

/** Sheet-qualified reference, always quoted so names with spaces or CJK work in Excel and LibreOffice. */
export function sheetRef(sheet: string, addr: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${addr}`;
}
