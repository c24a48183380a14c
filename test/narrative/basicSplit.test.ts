import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { setCell, zxSnapshots } from '../jiangsu/support';

// The 人员经费 and 公用经费 a 江苏 情况说明 states of each 基本支出, summed from the 经济科目 table as
// the edition's data says: 301 + 303, and every other 类. 省政协办公厅 2019: 301 4,367.96, 302
// 1,130.74, 303 944.05 (合计 6,442.75; the text: 人员经费 5,312.01, 公用经费 1,130.74).

const FISCAL = '公开06表 财政拨款基本支出(经济)';

function split(sheets: SheetSnapshot[]) {
  const a = narrativeFromSheets({ sheets }).facts?.amounts;
  const of = (k: 'fiscal.personnel' | 'fiscal.public' | 'generalPublic.personnel' | 'generalPublic.public') => [
    a?.[k]?.fen,
    a?.[k]?.source?.cell,
  ];
  return {
    fiscal: [of('fiscal.personnel'), of('fiscal.public')],
    generalPublic: [of('generalPublic.personnel'), of('generalPublic.public')],
  };
}

test('as published: each 基本支出 table gives its own split', () => {
  expect(split(zxSnapshots())).toEqual({
    fiscal: [
      [5_312_010_000, 'C5'],
      [1_130_740_000, 'C15'],
    ],
    generalPublic: [
      [5_312_010_000, 'C5'],
      [1_130_740_000, 'C15'],
    ],
  });
});

test('a 类 printed without its own row is the sum of its 款', () => {
  // 301's row loses its code: its 款 30101 … 30199 (C6:C14, 4,367.96 together) stand for it.
  const sheets = setCell(zxSnapshots(), FISCAL, 'A5', null);
  expect(split(sheets).fiscal).toEqual([
    [5_312_010_000, 'C6'],
    [1_130_740_000, 'C15'],
  ]);
});

test('a 类 row is taken as printed, not re-added from its 款', () => {
  // 302 printed as 1,200.00 (its 款 still add to 1,130.74): the 类 row is what the table states.
  const sheets = setCell(zxSnapshots(), FISCAL, 'C15', 1200);
  expect(split(sheets).fiscal).toEqual([
    [5_312_010_000, 'C5'],
    [1_200_000_000, 'C15'],
  ]);
});
