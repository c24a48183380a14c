import { cellAddress, columnLetter, columnNumber } from '../../src/domain/a1';

// Column letters, made once for the first 256 columns and computed beyond: the same either way.

test.each([
  [1, 'A'],
  [26, 'Z'],
  [27, 'AA'],
  [256, 'IV'],
  [257, 'IW'],
  [702, 'ZZ'],
  [703, 'AAA'],
  [16_384, 'XFD'],
])('column %i is %s, and back', (col, letters) => {
  expect(columnLetter(col)).toBe(letters);
  expect(columnNumber(letters)).toBe(col);
});

test.each([0, -1, 1.5, Number.NaN])('column %p is misuse, named in the error', (col) => {
  expect(() => columnLetter(col)).toThrow(`columnLetter: 列号必须是正整数: ${col}`);
});

test('an address is the letters and the row', () => {
  expect(cellAddress(6, 5)).toBe('E6');
  expect(cellAddress(1_048_576, 16_384)).toBe('XFD1048576');
});
