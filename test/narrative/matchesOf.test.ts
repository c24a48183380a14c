import { matchesOf } from '../../src/domain/narrative/textCheck/matchesOf';

// matchesOf replaces String.prototype.matchAll in the text check's hot loops: the same matches,
// groups and indexes, the pattern left reusable, and a pattern without g refused as misuse.

const texts = ['下属3家机关，2家参公事业单位。下属12家机关', '', '无数字', '1,156.59万元和0.5万元', 'aaa'];
const patterns = [/下属(\d+)家机关/g, /(\d[\d,]*(?:\.\d+)?)万元/g, /a*/g, /(?:)/g, /(\d+)家/gu];

describe('matchesOf', () => {
  it.each(patterns.flatMap((re) => texts.map((t) => [re, t] as const)))('%s on “%s” gives what matchAll gives', (re, text) => {
    const expected = [...text.matchAll(re)].map((m) => ({ all: [...m], index: m.index }));
    expect(matchesOf(re, text).map((m) => ({ all: [...m], index: m.index }))).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });

  it('can be called again on the same pattern, and from inside its own results', () => {
    const re = /(\d+)/g;
    const outer = matchesOf(re, '1 22 333');
    expect(outer.map((m) => m[1])).toEqual(['1', '22', '333']);
    expect(outer.flatMap((m) => matchesOf(re, `${m[1]}-${m[1]}`).map((x) => x[1]))).toEqual(['1', '1', '22', '22', '333', '333']);
  });

  it('refuses a pattern without the g flag, naming it', () => {
    expect(() => matchesOf(/(\d+)家/, '3家')).toThrow('matchesOf 需要带 g 标志的正则表达式，而不是 /(\\d+)家/');
  });
});
