import { decodeXml, XmlError } from '../../src/hosts/xlsx/xmlScan';
import { prng } from '../support/prng';

// The reader decodes XML references without a regex (one indexOf per '&'). Against the regex it
// replaced, kept here as the oracle: the same text and the same refusals, on hand-picked cases and
// on random strings made of reference characters.

/** The reference decoding: one regex, as the SAX parser decodes. */
function referenceDecode(s: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlError('“&”未转义');
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const v = named[ref];
    if (v === undefined) throw new XmlError(`未知实体 ${whole}`);
    return v;
  });
}

function decoded(decode: (s: string) => string, s: string): string {
  try {
    return `=${decode(s)}`;
  } catch (e) {
    if (e instanceof XmlError || e instanceof RangeError) return `!${e.name}:${e.message}`;
    throw e;
  }
}

describe('decodeXml', () => {
  it('decodes and refuses as the regex did', () => {
    const cases = [
      'plain',
      'a&amp;b',
      '&lt;&gt;&quot;&apos;',
      '&#65;&#x4E2D;',
      '&#x;',
      '&#;',
      '&#x1g;',
      '&1;',
      '& ',
      '&amp',
      '&nbsp;',
      'x&',
      '&#1114112;',
      '&A1;',
    ];
    for (const s of cases) expect(decoded(decodeXml, s)).toEqual(decoded(referenceDecode, s));
    expect(decodeXml('预算&amp;决算 &#x4E2D;')).toBe('预算&决算 中');
  });

  it('agrees with the regex on 20,000 random strings of references', () => {
    const rnd = prng(7);
    const alphabet = ['&', ';', '#', 'x', 'X', 'a', 'm', 'p', 'l', 't', 'F', 'g', '0', '9', '1', ' ', '中'];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)] ?? '';
      expect(decoded(decodeXml, s)).toEqual(decoded(referenceDecode, s));
    }
  });
});
