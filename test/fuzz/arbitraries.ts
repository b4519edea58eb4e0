// Generators of hostile input for the resolver fuzz suite: strings that break encodings, JavaScript's special
// keys, deep nesting, odd numbers, other people's ids and forged extension contexts, and mutations of valid
// payloads (one field replaced, dropped or added), so most cases get past the outer shape and reach the use case.
import fc from 'fast-check';

const NASTY_STRINGS = [
  '',
  ' ',
  '\uD800',
  'a\uDFFFb',
  '\uFFFF\uFFFE',
  '\u0000',
  '\u202Eevil',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%2e%2e%2f',
  '/rest/api/3/myself',
  'INS-43',
  'ATLAS-1',
  'g-atlas-integration',
  '10106',
  "' OR 1=1 --",
  'project = ATLAS OR project is not EMPTY',
  '"; DROP TABLE goals; --',
  '2026-02-30',
  '9999-12-31',
  '-1',
  'NaN',
  '712020:0000-member',
  'x'.repeat(300),
  'y'.repeat(70_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'a', '-', ':'), maxLength: 12 }) },
);

const nested = (depth: number, leaf: unknown, inArray: boolean): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = inArray ? [v] : { a: v };
  return v;
};

const oddValue: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  [],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  nested(200, 'deep', false),
  nested(200, 'deep', true),
);

const { value: hostileTree } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    oddValue,
    fc.integer(),
    fc.double(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'toString')), tie('value'), { maxKeys: 3 }),
  ),
}));

/** Anything at all: what a forged request may send as a payload or as part of one. */
export const hostileValue: fc.Arbitrary<unknown> = hostileTree;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path to a value inside `v` (objects only; arrays count as values). */
const pathsOf = (v: unknown, prefix: string[] = []): string[][] => {
  if (!isObject(v)) return [prefix];
  const inner = Object.keys(v).flatMap((k) => pathsOf(v[k], [...prefix, k]));
  return [prefix, ...inner];
};

const setAt = (v: unknown, p: string[], value: unknown, drop: boolean): unknown => {
  if (p.length === 0) return value;
  const copy: Json = isObject(v) ? { ...v } : {};
  const [head, ...rest] = p as [string, ...string[]];
  if (rest.length === 0) {
    if (drop) delete copy[head];
    else Object.defineProperty(copy, head, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  copy[head] = setAt(copy[head], rest, value, drop);
  return copy;
};

/** A seed payload with one or two changes: a field replaced by a hostile value, dropped, or a key added. */
export const mutate = (seeds: unknown[]): fc.Arbitrary<unknown> =>
  fc.constantFrom(...seeds).chain((seed) => {
    const paths = pathsOf(seed);
    const change = fc.record({
      path: fc.constantFrom(...paths),
      kind: fc.constantFrom('replace', 'replace', 'drop', 'add'),
      key: fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'extra')),
      value: hostileValue,
    });
    return fc.array(change, { minLength: 0, maxLength: 2 }).map((changes) =>
      changes.reduce<unknown>((acc, c) => {
        if (c.kind === 'add') return setAt(acc, [...c.path, c.key], c.value, false);
        if (c.kind === 'drop') return c.path.length === 0 ? acc : setAt(acc, c.path, undefined, true);
        return setAt(acc, c.path, c.value, false);
      }, seed),
    );
  });

/** What the browser claims about where a call comes from: nothing, the real page, another issue or project, junk. */
export const hostileExtension: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record({ issue: fc.record({ key: fc.constantFrom('INS-1', 'INS-43', 'ATLAS-1', 'DOCS-1'), id: fc.constantFrom('10001', '1', 'x') }) }),
  },
  { weight: 1, arbitrary: fc.record({ project: fc.record({ key: fc.constantFrom('INS', 'ATLAS', 'DOCS', 'SALES'), id: fc.constantFrom('10100', '10106') }) }) },
  { weight: 1, arbitrary: fc.record({ config: hostileValue, issue: hostileValue, project: hostileValue }) },
);
