import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { cellMapOf, deleteColumn, deleteRow, insertColumn, insertRows, toGrid, toSnapshots } from './grid';

// The generator's own machinery: rows and columns moved, formulas and cells follow them.

function sheet(name: string, values: SheetSnapshot['values'], formulas: SheetSnapshot['formulas'], merges: string[] = []): SheetSnapshot {
  return { name, visibility: 'visible', values, formulas, merges };
}

const A = sheet(
  'A',
  [
    ['标题', null, null],
    ['x', 1, null],
    ['y', 2, null],
    ['z', 3, null],
  ],
  [
    [null, null, null],
    [null, null, null],
    [null, null, '=SUM(B2:B4)'],
    [null, null, '=B2+B4'],
  ],
  ['A1:C1'],
);
const B = sheet('B', [[null]], [["='A'!B3*2"]]);

test('inserted rows and columns move the references, the merges and the cell map', () => {
  const grids = toGrid([A, B]);
  const a = grids[0]!;
  insertRows(a, 2, [[{ v: '插入', f: null }]]); // before original row 3
  insertColumn(a, 1); // before original column B, inside the A1:C1 merge
  grids[1]!.name = '表二';
  const [sa, sb] = toSnapshots(grids);
  expect(sa!.values[2]).toEqual(['插入', null, null, null]);
  expect(sa!.formulas[3]?.[3]).toBe('=SUM(C2:C5)');
  expect(sa!.formulas[4]?.[3]).toBe('=C2+C5');
  expect(sa!.merges).toEqual(['A1:D1']);
  expect(sb!.formulas[0]?.[0]).toBe("='A'!C4*2");
  const map = cellMapOf(grids);
  expect(map('A', 'B3')).toEqual({ sheet: 'A', cell: 'C4' });
  expect(map('B', 'A1')).toEqual({ sheet: '表二', cell: 'A1' });
});

test('a deleted row shrinks the ranges over it and breaks a direct reference, as in Excel', () => {
  const grids = toGrid([A, B]);
  deleteRow(grids[0]!, 2); // original row 3
  const [sa, sb] = toSnapshots(grids);
  expect(sa!.formulas[2]?.[2]).toBe('=B2+B3');
  expect(sb!.formulas[0]?.[0]).toBe('=#REF!*2');
  expect(cellMapOf(grids)('A', 'B3')).toBeNull();
});

test('a deleted column takes its cells out of the map; the range ends move inwards', () => {
  const s = sheet('S', [[1, 2, 3, null]], [[null, null, null, '=SUM(A1:C1)']]);
  const grids = toGrid([s]);
  deleteColumn(grids[0]!, 2);
  const [out] = toSnapshots(grids);
  expect(out!.values[0]).toEqual([1, 2, null]);
  expect(out!.formulas[0]?.[2]).toBe('=SUM(A1:B1)');
  expect(cellMapOf(grids)('S', 'C1')).toBeNull();
  expect(cellMapOf(grids)('S', 'D1')).toEqual({ sheet: 'S', cell: 'C1' });
});
