// Classification-code shapes. Functional: 类 3 digits, 款 5, 项 7. Economic: 类 3, 款 5.

export type CodeKind = 'functional' | 'economic';
export type CodeLevel = 1 | 2 | 3;

const FULLWIDTH_DIGIT = /[０-９]/;
const FULLWIDTH_DIGITS = /[０-９]/g;

/** "２０８" → "208": full-width digits to ASCII; the text itself (no copy) when it has none, as most. */
export function halfWidthDigits(text: string): string {
  return FULLWIDTH_DIGIT.test(text) ? text.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

const CODE_DIGITS = /^\d{3}(\d{2}){0,2}$/;

/** "２０８ 01 01" / "208-01-01" → "2080101"; returns null when the text is not a code. */
export function normalizeCode(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  // Most codes are already plain digits: nothing to strip.
  const plain = String(raw);
  if (CODE_DIGITS.test(plain)) return plain;
  const text = halfWidthDigits(plain).replace(/[\s\u3000\-_.]/g, '');
  return /^\d{3}(\d{2}){0,2}$/.test(text) ? text : null;
}

export function codeLevel(code: string): CodeLevel {
  switch (code.length) {
    case 3:
      return 1;
    case 5:
      return 2;
    case 7:
      return 3;
    default:
      throw new RangeError(`codeLevel: 科目编码长度应为 3、5 或 7 位: "${code}"`);
  }
}

export function parentCode(code: string): string | null {
  const level = codeLevel(code);
  return level === 1 ? null : code.slice(0, level === 2 ? 3 : 5);
}

/** "2080101" → ["208", "01", "01"], as written in the 类/款/项 columns. */
export function splitCode(code: string): string[] {
  const parts = [code.slice(0, 3)];
  if (code.length >= 5) parts.push(code.slice(3, 5));
  if (code.length >= 7) parts.push(code.slice(5, 7));
  return parts;
}

export function leafLevel(kind: CodeKind): CodeLevel {
  return kind === 'functional' ? 3 : 2;
}
