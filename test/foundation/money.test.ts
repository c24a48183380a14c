import { excelRound, fenToWan, formatThousands, formatWan, wanToFen, yuanToFen } from '../../src/domain/money';

describe('excelRound: half away from zero, like Excel ROUND', () => {
  test.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01], // binary 1.00499999… still rounds up, as in Excel
    [2372.5, 0, 2373],
    [158.495, 2, 158.5],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [253566.285, 0, 253566],
  ])('ROUND(%p, %p) = %p', (v, d, want) => expect(excelRound(v, d)).toBe(want));
  test('rejects NaN with the bad value in the message', () => expect(() => excelRound(Number.NaN)).toThrow('NaN'));
});

test('元, 万元 and 分 conversions', () => {
  expect(yuanToFen(2535662850)).toBe(253566285000);
  expect(yuanToFen(0.1 + 0.2)).toBe(30);
  expect(wanToFen('1156.59')).toBe(11565900 * 100);
  expect(wanToFen('15,460.88')).toBe(154608800 * 100);
  expect(fenToWan(253566285000, 0)).toBe(253566);
  expect(fenToWan(1156590000, 2)).toBe(1156.59);
});

test.each([
  [253566, 0, '253,566'],
  [1156.59, 2, '1,156.59'],
  [-3.5, 2, '-3.50'],
  [0, 0, '0'],
  [999.995, 2, '1,000.00'],
])('formatThousands(%p, %p) = %p', (v, d, want) => expect(formatThousands(v, d)).toBe(want));

test('formatWan picks whole or 2-decimal 万元 as the seeds print them', () => {
  expect(formatWan(253566285000, 0)).toBe('253,566万元');
  expect(formatWan(1156590000, 2)).toBe('1,156.59万元');
});
