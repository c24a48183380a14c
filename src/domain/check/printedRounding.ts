/**
 * How far a figure printed in `unit` may be from the exact sum it stands for because it is printed
 * rounded: half the last printed digit (万元 to 2 decimals: 0.005 万元 = 5,000 分; 元: 0.5 元). Used
 * where a 万元 table (三公) is compared with 元 tables by ≤ / ≥.
 */
export function printedRounding(unit: '元' | '万元'): number {
  return unit === '万元' ? 5_000 : 50;
}
