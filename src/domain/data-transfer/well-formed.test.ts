import { CANNOT_STORE_DEPTH, CANNOT_STORE_SIZE, unknownFieldPaths, unstorableIssues } from './well-formed';

const ENCODE = 'contains characters that cannot be encoded';
const nested = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

describe('unstorableIssues', () => {
  it('finds a lone surrogate in a string at any depth, high or low, by its path, in the value’s order', () => {
    const value = { title: 'ok é ✓ 😀', kpis: [{ note: 'fixed \uDFFF' }, { note: 'a\uD800' }], deep: { a: { b: ['x', '\uD83D'] } } };
    expect(unstorableIssues(value, 'records.3.value').map((i) => i.path)).toEqual([
      'records.3.value.kpis.0.note',
      'records.3.value.kpis.1.note',
      'records.3.value.deep.a.b.1',
    ]);
    expect(unstorableIssues({ n: 'x\uDFFF' }, 'v')).toEqual([{ path: 'v.n', message: ENCODE }]);
  });

  it('finds one in a key, at the object holding it', () => {
    expect(unstorableIssues({ names: { ['acc\uDC00']: 'Ann' } }, 'v')).toEqual([{ path: 'v.names', message: ENCODE }]);
  });

  it('keeps what storage keeps: 31 containers and the leaf; one more is refused, however deep, without recursion', () => {
    expect(unstorableIssues(nested(31), 'v')).toEqual([]);
    expect(unstorableIssues(nested(32), 'v')).toEqual([{ path: `v${'.0'.repeat(31)}`, message: CANNOT_STORE_DEPTH }]);
    expect(unstorableIssues({ note: nested(100_000) }, 'v')).toHaveLength(1);
  });

  it('refuses a value larger than 240 KiB in UTF-8, counting a character of three bytes as three', () => {
    expect(unstorableIssues({ t: 'x'.repeat(240 * 1024 - 20) }, 'v')).toEqual([]);
    expect(unstorableIssues({ t: '✓'.repeat(82_000) }, 'v')).toEqual([{ path: 'v', message: CANNOT_STORE_SIZE }]);
  });

  it('passes well-formed text, pairs and numbers, and stops at the most it was asked for', () => {
    expect(unstorableIssues({ a: '😀', b: 1, c: null, d: true, e: ['\uD83D\uDE00'] }, 'v')).toEqual([]);
    expect(
      unstorableIssues(
        Array.from({ length: 30 }, () => '\uDFFF'),
        'v',
        5,
      ),
    ).toHaveLength(5);
  });
});

describe('unknownFieldPaths', () => {
  it('names the fields a schema dropped, at any depth, and none where it kept everything', () => {
    const input = { record: { id: 'k', note: [[1]], target: { value: 3, extra: true } }, ['__proto__']: { polluted: 'yes' } };
    const output = { record: { id: 'k', target: { value: 3 } } };
    expect(unknownFieldPaths(JSON.parse(JSON.stringify(input)) as unknown, output, 'v').sort()).toEqual(
      ['v.__proto__', 'v.record.note', 'v.record.target.extra'].sort(),
    );
    expect(unknownFieldPaths({ a: [{ b: 1 }] }, { a: [{ b: 1 }], c: 'default' }, 'v')).toEqual([]);
  });
});
