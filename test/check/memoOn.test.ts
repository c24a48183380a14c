import { memoOn } from '../../src/domain/check/memoOn';

describe('memoOn', () => {
  it('computes once per object, and separately for each memo and each object', () => {
    let calls = 0;
    const rows = memoOn((t: { rows: number[] }) => {
      calls++;
      return t.rows.length;
    });
    const sum = memoOn((t: { rows: number[] }) => t.rows.reduce((a, b) => a + b, 0));
    const a = { rows: [1, 2, 3] };
    const b = { rows: [4] };
    expect([rows(a), rows(a), rows(b), sum(a), sum(b)]).toEqual([3, 3, 1, 6, 4]);
    expect(calls).toBe(2);
  });

  it('keeps an undefined result as computed', () => {
    let calls = 0;
    const none = memoOn<object, undefined>(() => {
      calls++;
      return undefined;
    });
    const o = {};
    none(o);
    none(o);
    expect(calls).toBe(1);
  });

  it('leaves the object as it was to keys, JSON, copies and deep equality', () => {
    const t = { sheet: '表一', rows: [1] };
    memoOn((x: typeof t) => x.rows.length)(t);
    expect(Object.keys(t)).toEqual(['sheet', 'rows']);
    expect(JSON.stringify(t)).toBe('{"sheet":"表一","rows":[1]}');
    expect(structuredClone(t)).toEqual({ sheet: '表一', rows: [1] });
    expect(t).toStrictEqual({ sheet: '表一', rows: [1] });
    expect({ ...t }).toStrictEqual({ sheet: '表一', rows: [1] });
  });
});
