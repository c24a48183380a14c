import { formatThousands } from '../domain/money';

/** 分 → "1,820,686,591 元" / "1,234.56 元": thousands separators, cents only when there are any. */
export function yuan(fen: number): string {
  return `${formatThousands(fen / 100, Number.isInteger(fen / 100) ? 0 : 2)} 元`;
}

/** Signed, for differences: "+33,626,591 元", "-33,626,591 元". */
export function signedYuan(fen: number): string {
  return `${fen > 0 ? '+' : ''}${yuan(fen)}`;
}
