import { malformedTextPaths } from './well-formed';

describe('malformedTextPaths', () => {
  it('finds a lone surrogate in a string at any depth, high or low, by its path', () => {
    const value = { title: 'ok é ✓ 😀', kpis: [{ note: 'fixed \uDFFF' }, { note: 'a\uD800' }], deep: { a: { b: ['x', '\uD83D'] } } };
    expect(malformedTextPaths(value, 'records.3.value')).toEqual(['records.3.value.kpis.0.note', 'records.3.value.kpis.1.note', 'records.3.value.deep.a.b.1']);
  });

  it('finds one in a key, at the object holding it', () => {
    expect(malformedTextPaths({ names: { ['acc\uDC00']: 'Ann' } }, 'v')).toEqual(['v.names']);
  });

  it('passes well-formed text, pairs and numbers, and stops at the most it was asked for', () => {
    expect(malformedTextPaths({ a: '😀', b: 1, c: null, d: true, e: ['\uD83D\uDE00'] }, 'v')).toEqual([]);
    expect(
      malformedTextPaths(
        Array.from({ length: 30 }, () => '\uDFFF'),
        'v',
        5,
      ),
    ).toHaveLength(5);
  });
});
