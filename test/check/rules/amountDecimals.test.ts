import { amountDecimals, exactToFen } from '../../../src/domain/check/rules/amountDecimals';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, published, set, SG, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';
import { withCell } from '../support/snapshots';

// amount-decimals: amounts are to the 分: at most 2 decimals in 元, 6 in 万元.

ruleTester(amountDecimals, {
  valid: [
    { name: 'whole 元 and 分', sheets: exp((r) => set(r, '2080101', 1, 300.25)) },
    { name: '万元 to 6 decimals', sheets: () => publishedSnapshots() },
    { name: '万元 to exactly 6 decimals in the 三公 table', sheets: published((s) => withCell(s, SG, 'C6', 159.890001)) },
  ],
  invalid: [
    {
      name: 'fractions of a 分 in an 元 table',
      sheets: exp((r) => set(r, '2080101', 1, 300.125)),
      findings: [
        {
          sheet: SHEET,
          cell: 'F8',
          code: '2080101',
          severity: 'warning',
          column: '基本支出',
          message: '2080101 行政运行【基本支出】的金额 300.125元 超过 2 位小数（精确到分以下），显示和打印的数与合计可能对不上',
        },
      ],
    },
    {
      name: 'fractions of a 分 in the 三公 table (万元)',
      sheets: published((s) => withCell(s, SG, 'C6', 159.8900001)),
      findings: [
        {
          sheet: SG,
          cell: 'C6',
          severity: 'warning',
          column: '公务接待费',
          message: '公务接待费的金额 159.8900001万元 超过 6 位小数（精确到分以下），显示和打印的数与合计可能对不上',
        },
      ],
    },
  ],
});

test('the quick test for a whole number of 分 agrees with the 15-digit rounding on every kind of amount', () => {
  const slow = (x: number) => Number.isInteger(Number(x.toPrecision(15)));
  // A fixed walk (no Math.random): 元 with 0–4 decimals, 万元 with 4–8, from 1 分 to 10^13 元.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let checked = 0;
  let notWhole = 0;
  for (let i = 0; i < 20_000; i++) {
    const decimals = Math.floor(next() * 9);
    const magnitude = 10 ** Math.floor(next() * 14);
    const v = Math.round(next() * magnitude * 10 ** decimals) / 10 ** decimals;
    for (const fenPerUnit of [100, 1_000_000]) {
      const x = v * fenPerUnit;
      expect([v, fenPerUnit, exactToFen(x)]).toEqual([v, fenPerUnit, slow(x)]);
      checked++;
      if (!slow(x)) notWhole++;
    }
  }
  for (const x of [0, 0.1 * 100, 300.125 * 100, 159.8900001 * 1e6, 1e15 + 0.5, 4.5e15 + 0.5, -1234.56 * 100, 1e-9])
    expect(exactToFen(x)).toBe(slow(x));
  expect(checked).toBe(40_000);
  expect(notWhole).toBeGreaterThan(1000); // both outcomes are exercised
});
