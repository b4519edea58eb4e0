// A reply's text is exactly JSON.stringify's, whatever the envelope and the values, and stays so when the same
// stored value is served again.
import fc from 'fast-check';
import { createKvsEmulator } from '../../src/kvs/emulator';
import { replyJson } from '../../src/kvs/reply-json';

const item = fc.record(
  { key: fc.string(), value: fc.jsonValue(), entityName: fc.string(), createdAt: fc.integer(), expireTime: fc.constant(undefined) },
  { requiredKeys: ['key', 'value'] },
);
const reply = fc.oneof(
  item,
  fc.record({ data: fc.array(item), cursor: fc.option(fc.string(), { nil: undefined }) }),
  fc.record({
    successfulKeys: fc.array(item),
    failedKeys: fc.array(fc.record({ key: fc.string(), error: fc.record({ code: fc.string(), message: fc.string() }) })),
  }),
  fc.record({ code: fc.string(), message: fc.string(), context: fc.dictionary(fc.string(), fc.jsonValue()) }),
  fc.jsonValue(),
);

describe('replyJson', () => {
  it('writes what JSON.stringify writes, twice over', () => {
    fc.assert(
      fc.property(reply, (body) => {
        const expected = JSON.stringify(body) ?? 'null';
        expect(replyJson(body)).toBe(expected);
        expect(replyJson(body)).toBe(expected);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('serves a stored value anew once it is replaced, never the old text', () => {
    const first = { title: 'Grow ARR' };
    expect(replyJson({ key: 'g', value: first })).toBe('{"key":"g","value":{"title":"Grow ARR"}}');
    const second = { title: 'Grow ARR to $48M' };
    expect(replyJson({ key: 'g', value: second })).toBe('{"key":"g","value":{"title":"Grow ARR to $48M"}}');
    expect(replyJson([undefined, { value: undefined, key: 'k' }])).toBe(JSON.stringify([undefined, { value: undefined, key: 'k' }]));
  });
});

describe('the store as JSON text (snapshotJson)', () => {
  it('is what JSON.stringify writes of the live items, and follows every write', async () => {
    const clock = { now: 1_000 };
    const kvs = createKvsEmulator({ clock: () => clock.now });
    const expected: Record<string, { value: unknown; createdAt: number; updatedAt: number }> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'value', 'ü'), fc.jsonValue()), { minLength: 1, maxLength: 8 }), async (writes) => {
        for (const [key, value] of writes) {
          clock.now += 1;
          const before = expected[key];
          const res = await kvs.fetch('/api/v1/set', { method: 'POST', body: JSON.stringify({ key, value }) });
          if (!res.ok) continue;
          // The emulator keeps what was parsed from the request, as JSON would carry it.
          expected[key] = { value: JSON.parse(JSON.stringify(value)) as unknown, createdAt: before?.createdAt ?? clock.now, updatedAt: clock.now };
        }
        const text = kvs.snapshotJson();
        expect(text).toBe(JSON.stringify({ version: 1, keys: expected, secrets: {}, entities: {} }));
        expect(JSON.stringify(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
