// A shared formula's text at another cell, moved the way ExcelJS moves it (utils/shared-formula.js),
// so the fast reader shows the same formula text as the ExcelJS host for every follower cell.

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function letters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function number(colLetters: string): number {
  let n = 0;
  for (let i = 0; i < colLetters.length; i++) n = n * 26 + (colLetters.charCodeAt(i) - 64);
  return n;
}

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _name: string | undefined, part: string, paren?: string) => {
    if (paren) return whole;
    const m = CELL.exec(part);
    if (!m) return whole;
    const colDollar = m[1] ?? '';
    const colStr = m[2]!.toUpperCase();
    const rowDollar = m[3] ?? '';
    // Beyond XFD it is a name, not a column.
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return whole;
    let col = number(colStr);
    let row = parseInt(m[4]!, 10);
    if (!colDollar) col += to.col - from.col;
    if (!rowDollar) row += to.row - from.row;
    return `${sheet ?? ''}${colDollar}${letters(col)}${rowDollar}${row}`;
  });
}
