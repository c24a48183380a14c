// Amounts are integer 分 (cents) everywhere in the domain. Tables show 元 or 万元.

export type Fen = number;

/** Excel's ROUND: half away from zero, on a decimal string basis to avoid binary drift. */
export function excelRound(value: number, digits = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`excelRound: 不是有限数值: ${value}`);
  const factor = 10 ** digits;
  // toPrecision(15) strips binary noise the way Excel's 15-digit arithmetic does.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 ? -rounded : rounded;
}

export function yuanToFen(yuan: number): Fen {
  return excelRound(yuan * 100, 0);
}

export function fenToYuan(fen: Fen): number {
  return fen / 100;
}

/** 万元 → 分. Accepts numbers or decimal strings such as "1156.59". */
export function wanToFen(wan: number | string): Fen {
  const n = typeof wan === 'string' ? Number(wan.replace(/,/g, '')) : wan;
  if (!Number.isFinite(n)) throw new RangeError(`wanToFen: 无法解析的万元数: ${String(wan)}`);
  return excelRound(n * 1_000_000, 0);
}

/** 分 → 万元 rounded the Excel way. */
export function fenToWan(fen: Fen, digits = 2): number {
  return excelRound(fen / 1_000_000, digits);
}

/** Thousands separators, fixed decimals: 1156.59 → "1,156.59"; 253566 → "253,566". */
export function formatThousands(value: number, digits = 0): string {
  const fixed = excelRound(value, digits).toFixed(digits);
  const [int = '0', frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digitsOnly = sign ? int.slice(1) : int;
  const grouped = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac !== undefined ? `${sign}${grouped}.${frac}` : `${sign}${grouped}`;
}

/** "253,566万元" (digits=0) or "1,156.59万元" (digits=2). */
export function formatWan(fen: Fen, digits: 0 | 2): string {
  return `${formatThousands(fenToWan(fen, digits), digits)}万元`;
}

export function sumFen(values: ReadonlyArray<Fen | null | undefined>): Fen {
  let total = 0;
  for (const v of values) if (v != null) total += v;
  return total;
}
