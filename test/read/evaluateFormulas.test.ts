import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { type Evaluated, FormulaEvaluator } from '../../src/domain/read/evaluateFormulas';

// The evaluator the reader uses for formulas saved without results: what it computes, why it
// declines, and that a fault inside it is not turned into "unsupported".

/** A sheet from rows of cells: a string starting with "=" is a formula without a saved result. */
function sheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>): SheetSnapshot {
  return {
    name,
    visibility: 'visible',
    values: rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : v))),
    formulas: rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : null))),
    merges: [],
  };
}

function at(rows: ReadonlyArray<ReadonlyArray<CellValue>>, extra: SheetSnapshot[] = []) {
  const ev = new FormulaEvaluator([sheet('表', rows), ...extra]);
  return (addr: string) => {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    return ev.valueAt('表', Number(m[2]), m[1]!.charCodeAt(0) - 64);
  };
}

test.each<[string, ReadonlyArray<ReadonlyArray<CellValue>>, string, CellValue]>([
  ['a number', [['=12.5']], 'A1', 12.5],
  ['precedence and parentheses', [[2, 3, 4, '=A1+B1*C1', '=(A1+B1)*C1', '=-A1+-(B1-C1)/2']], 'F1', -1.5],
  ['precedence', [[2, 3, 4, '=A1+B1*C1']], 'D1', 14],
  ['SUM over a range skips text and blanks', [[1], ['说明'], [null], [2.5], ['=SUM(A1:A4)']], 'A5', 3.5],
  ['SUM of several arguments and a bare reference', [[1, 2, '=SUM(A1,B1,10)']], 'C1', 13],
  ['a saved value wins over the formula', [[1, 999]], 'B1', 999],
  ['ROUND half away from zero', [[-2.345, '=ROUND(A1,2)']], 'B1', -2.35],
  ['15 significant digits like the spreadsheet', [[0.1, 0.2, '=A1+B1']], 'C1', 0.3],
  ['a formula over other formulas', [[1, '=A1*2', '=B1*2', '=SUM(A1:C1)']], 'D1', 7],
  ['a blank cell counts 0 in arithmetic', [[null, '=A1+1']], 'B1', 1],
  ['an integer result is itself, and −0 is 0', [[0, '=-A1']], 'B1', 0],
  ['an integer of 16 digits keeps 15 significant digits', [[1e15, '=A1+1']], 'B1', 1e15],
  // IF and comparisons, above all the =IF(…,"",…) that leaves a zero line blank.
  ['IF leaves a zero blank', [[0, '=IF(A1=0,"",A1)']], 'B1', ''],
  ['IF gives the figure otherwise', [[12.5, '=IF(A1=0,"",A1)']], 'B1', 12.5],
  ['SUM skips the blanks an IF leaves', [[0, 3, '=IF(A1=0,"",A1)', '=IF(B1=0,"",B1)', '=SUM(C1:D1)']], 'E1', 3],
  ['a blank cell equals "" and 0', [[null, '=IF(A1="",1,0)+IF(A1=0,2,0)']], 'B1', 3],
  ['only the branch taken is computed', [[1, '=IF(A1>0,A1*2,A1/0)']], 'B1', 2],
  ['IF without a third argument: FALSE', [[0, '=IF(A1>0,1)']], 'B1', false],
  ['comparisons', [[2, 3, '=IF(A1<B1,1,0)+IF(A1>=2,10,0)+IF(A1<>B1,100,0)+IF(B1<=2,1000,0)']], 'C1', 111],
  ['texts compare without regard to case; a text is above any number', [['abc', '=IF(A1="ABC",1,0)+IF(A1>999,10,0)']], 'B1', 11],
  ['a comparison on its own is TRUE or FALSE', [[1, '=A1>0']], 'B1', true],
  ['a reference on its own shows the cell, text included', [['说明', '=A1']], 'B1', '说明'],
  ['a reference to a blank cell shows 0', [[null, '=A1']], 'B1', 0],
  ['a quote inside a text', [['=IF(1>0,"他说""好""",0)']], 'A1', '他说"好"'],
])('%s', (_label, rows, addr, value) => {
  expect(at(rows)(addr)).toEqual({ ok: true, value });
});

test('a formula it cannot compute has the 0 or FALSE the file saved; one it can compute is computed', () => {
  const s: SheetSnapshot = {
    ...sheet('表', [[5, '=MIN(A1,0)', '=ISBLANK(A1)', '=SUM(A1)', '=VLOOKUP(A1,A1:A1,1)']]),
    savedResults: [
      { row: 1, col: 2, value: 0 },
      { row: 1, col: 3, value: false },
      { row: 1, col: 4, value: 0 },
    ],
  };
  const ev = new FormulaEvaluator([s]);
  expect([2, 3, 4, 5].map((c) => ev.valueAt('表', 1, c))).toEqual([
    { ok: true, value: 0, saved: true },
    { ok: true, value: false, saved: true },
    { ok: true, value: 5 },
    { ok: false, reason: 'unsupported' },
  ]);
});

test('references to another sheet, quoted names with an apostrophe included', () => {
  const other = sheet("部门's 表", [[100, 200]]);
  const get = at([["='部门''s 表'!A1+'部门''s 表'!B1", "=SUM('部门''s 表'!A1:B1)"]], [other]);
  expect(get('A1')).toEqual({ ok: true, value: 300 });
  expect(get('B1')).toEqual({ ok: true, value: 300 });
});

test.each<[string, ReadonlyArray<ReadonlyArray<CellValue>>, string, string]>([
  ['a function it does not compute', [['=VLOOKUP(1,B1:C2,2,FALSE)']], 'A1', 'unsupported'],
  ['text in arithmetic (locale-dependent in Excel)', [['一百', '=A1+1']], 'B1', 'unsupported'],
  ['text as a direct SUM argument', [['一百', '=SUM(A1+1)']], 'B1', 'unsupported'],
  ['a text as IF’s test', [['是', '=IF(A1,1,0)']], 'B1', 'error'],
  ['a comparison with an error value', [['#N/A', '=IF(A1=0,"",A1)']], 'B1', 'error'],
  ['text from an IF in arithmetic', [[0, '=IF(A1=0,"",A1)', '=B1+1']], 'C1', 'unsupported'],
  ['an IF with a range as its value', [[1, 2, '=IF(A1>0,A1:B1,0)']], 'C1', 'unsupported'],
  ['an error value referenced', [['#REF!', '=A1*2']], 'B1', 'error'],
  ['an error value inside a SUM range', [[1, '#N/A', '=SUM(A1:B1)']], 'C1', 'error'],
  ['division by zero', [[1, 0, '=A1/B1']], 'C1', 'error'],
  ['ROUND of an overflowing number', [['=ROUND(1E308*10,0)']], 'A1', 'error'],
  ['a sheet that does not exist', [["='没有'!A1+1"]], 'A1', 'missing-sheet'],
  ['a range on a sheet that does not exist', [["=SUM('没有'!A1:A3)"]], 'A1', 'missing-sheet'],
  ['a cycle', [['=B1', '=A1']], 'A1', 'cycle'],
  ['a cell summing itself', [[1, '=SUM(A1:B1)']], 'B1', 'cycle'],
])('declines %s', (_label, rows, addr, reason) => {
  expect(at(rows)(addr)).toEqual({ ok: false, reason });
});

test('a running total thousands of rows long is computed, not a stack overflow turned into "unsupported"', () => {
  const rows: CellValue[][] = [[1]];
  for (let r = 2; r <= 5000; r++) rows.push([`=A${r - 1}+1`]);
  const get = at(rows);
  expect(get('A5000')).toEqual({ ok: true, value: 5000 });
});

test('a cycle longer than the evaluation depth is still found to be a cycle', () => {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= 2000; r++) rows.push([`=A${r === 2000 ? 1 : r + 1}+1`]);
  const ev = new FormulaEvaluator([sheet('表', rows)]);
  expect(ev.valueAt('表', 1, 1)).toEqual({ ok: false, reason: 'cycle' });
  expect(ev.valueAt('表', 1500, 1)).toEqual({ ok: false, reason: 'cycle' });
});

test('a fault inside the evaluator surfaces as itself, not as "unsupported"', () => {
  // A snapshot breaking the port's contract (a formula that is not text) is misuse: the TypeError
  // must reach the caller. Before, any exception became { ok: false, reason: 'unsupported' }.
  const broken: SheetSnapshot = { name: '表', visibility: 'visible', values: [[null]], formulas: [[42 as unknown as string]], merges: [] };
  const ev = new FormulaEvaluator([broken]);
  expect(() => ev.valueAt('表', 1, 1)).toThrow(TypeError);
});

test('a fault deep in a chain surfaces too', () => {
  const rows: ReadonlyArray<ReadonlyArray<CellValue>> = [['=B1+1', null]];
  const snap = sheet('表', rows);
  const broken: SheetSnapshot = { ...snap, formulas: [['=B1+1', 7 as unknown as string]] };
  expect(() => new FormulaEvaluator([broken]).valueAt('表', 1, 1)).toThrow(TypeError);
});

test('the same formula text in another workbook is computed from that workbook’s cells', () => {
  // Compiled formulas are kept per text across workbooks; the figures never are.
  const first = at([[1, 2, '=SUM(A1:B1)*2+A1']]);
  const second = at([[10, 20, '=SUM(A1:B1)*2+A1']]);
  const unsupported = at([[1, '=A1&"元"']]);
  expect([first('C1'), second('C1'), first('C1'), unsupported('B1'), at([[3, '=A1&"元"']])('B1')]).toEqual([
    { ok: true, value: 7 },
    { ok: true, value: 70 },
    { ok: true, value: 7 },
    { ok: false, reason: 'unsupported' },
    { ok: false, reason: 'unsupported' },
  ]);
});

// Compiled once and evaluated later, a formula still gives the reason met first in its text: a
// reference computed before a syntax error decides, as when text was parsed and computed in one pass.
test.each<[string, ReadonlyArray<ReadonlyArray<CellValue>>, string, Evaluated]>([
  ['an error value before an unclosed parenthesis', [['#DIV/0!', '=A1+(2']], 'B1', { ok: false, reason: 'error' }],
  ['an unclosed parenthesis alone', [[1, '=(A1+2']], 'B1', { ok: false, reason: 'unsupported' }],
  ['a missing sheet before trailing text', [['=其他表!A1+1)']], 'A1', { ok: false, reason: 'missing-sheet' }],
  ['a cycle before an unknown function', [['=A1+FOO(2)']], 'A1', { ok: false, reason: 'cycle' }],
  ['an unknown function after its error-valued argument', [['#N/A', '=FOO(A1)']], 'B1', { ok: false, reason: 'unsupported' }],
  ['a division by a zero sum', [[5, 0, '=A1/(B1-0)']], 'C1', { ok: false, reason: 'error' }],
  ['ROUND of a two-cell range', [[1.25, 2, '=ROUND(A1:B1,1)']], 'C1', { ok: false, reason: 'unsupported' }],
  ['unary minus over a call', [[1, 2, '=-SUM(A1:B1)*2']], 'C1', { ok: true, value: -6 }],
])('%s', (_label, rows, addr, expected) => {
  expect(at(rows)(addr)).toEqual(expected);
});
