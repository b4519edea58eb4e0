// Plain keys and secrets through the real @forge/kvs: round trips, key policy, validation limits,
// metadata, ttl, the call log and latency faults.
import { apiError, fakeClock, fetchCalls, kvs, MetadataField, useEmulator } from './harness';

describe('KVS emulator: plain keys', () => {
  beforeEach(() => useEmulator());

  it('round-trips values of every JSON type and returns undefined for a missing key', async () => {
    const values: unknown[] = ['text', 42, 1.5, true, false, [1, 'a', { b: 2 }], { nested: { list: [1, 2], s: 'x' } }];
    for (const [i, v] of values.entries()) await kvs.set(`k:${i}`, v);
    for (const [i, v] of values.entries()) expect(await kvs.get(`k:${i}`)).toEqual(v);
    expect(await kvs.get('never-set')).toBeUndefined();
  });

  it('keeps keys named like the members of every object (constructor, toString, __proto__) as items like any other', async () => {
    const emulator = useEmulator();
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) expect(await kvs.get(key)).toBeUndefined();
    await kvs.set('__proto__', { polluted: 'yes' });
    await kvs.set('constructor', 'c');
    expect(await kvs.get('__proto__')).toEqual({ polluted: 'yes' });
    expect(await kvs.get('constructor')).toBe('c');
    expect(await kvs.get('toString')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Through a snapshot and back (as the local host saves and loads its state).
    const again = useEmulator();
    again.load(JSON.parse(emulator.snapshotJson()) as ReturnType<typeof emulator.snapshot>);
    expect(await kvs.get('__proto__')).toEqual({ polluted: 'yes' });
    expect(await kvs.get('valueOf')).toBeUndefined();
    await kvs.delete('__proto__');
    expect(await kvs.get('__proto__')).toBeUndefined();
  });

  it('routes through __forge_fetch__ with the app-provider kvs options', async () => {
    await kvs.set('a', 1);
    expect(fetchCalls()[0]).toEqual({ opts: { type: 'kvs', provider: 'app', remote: 'kvs' }, path: '/api/v1/set' });
  });

  it('deletes a key, and deleting a missing key also succeeds', async () => {
    await kvs.set('gone', { x: 1 });
    await kvs.delete('gone');
    expect(await kvs.get('gone')).toBeUndefined();
    await expect(kvs.delete('never-there')).resolves.toBeUndefined();
  });

  it('stores a copy: mutating the object after set does not change the stored value', async () => {
    const v = { n: 1 };
    await kvs.set('copy', v);
    v.n = 2;
    expect(await kvs.get('copy')).toEqual({ n: 1 });
  });

  it('FAIL_IF_EXISTS refuses an existing key with 409 KEY_CONFLICT and keeps the old value', async () => {
    await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const err = await apiError(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(err.code).toBe('KEY_CONFLICT');
    expect(err.responseDetails.status).toBe(409);
    expect(await kvs.get('lock')).toBe('first');
    await kvs.set('lock', 'third', { keyPolicy: 'OVERRIDE' });
    expect(await kvs.get('lock')).toBe('third');
  });

  it('returnValue PREVIOUS returns the overwritten item (undefined when new) and LATEST the written one', async () => {
    expect(await kvs.set('rv', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('rv', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 'rv', value: 1 });
    expect(await kvs.set('rv', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'rv', value: 3 });
  });

  it('maintains createdAt (kept on overwrite) and updatedAt (bumped) in epoch ms', async () => {
    const clock = fakeClock();
    useEmulator({ clock: clock.now });
    const t0 = clock.now();
    await kvs.set('meta', 'a');
    clock.advance(5_000);
    await kvs.set('meta', 'b');
    const got = await kvs.get('meta', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(got).toEqual({ key: 'meta', value: 'b', createdAt: t0, updatedAt: t0 + 5_000 });
    await kvs.delete('meta');
    clock.advance(1_000);
    await kvs.set('meta', 'c');
    const again = await kvs.get('meta', { metadataFields: [MetadataField.CREATED_AT] });
    expect(again?.createdAt).toBe(t0 + 6_000);
  });

  it('expires a value written with a ttl and reports expireTime on request', async () => {
    const clock = fakeClock();
    useEmulator({ clock: clock.now });
    await kvs.set('session', 'x', { ttl: { value: 30, unit: 'SECONDS' } });
    const got = await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(got?.expireTime).toBe(new Date(clock.now() + 30_000).toISOString());
    clock.advance(29_999);
    expect(await kvs.get('session')).toBe('x');
    clock.advance(1);
    expect(await kvs.get('session')).toBeUndefined();
    await kvs.set('session', 'y', { keyPolicy: 'FAIL_IF_EXISTS' }); // expired keys do not block creation
    expect(await kvs.get('session')).toBe('y');
  });

  it('refuses a ttl over one year', async () => {
    expect((await apiError(kvs.set('t', 1, { ttl: { value: 366, unit: 'DAYS' } }))).code).toBe('INVALID_TTL');
  });
});

describe('KVS emulator: key and value validation', () => {
  beforeEach(() => useEmulator());

  it.each([
    ['empty', 'KEY_TOO_SHORT', ''],
    ['501 characters', 'KEY_TOO_LONG', 'k'.repeat(501)],
    ['a slash', 'INVALID_KEY', 'a/b'],
    ['an emoji', 'INVALID_KEY', 'key-😀'],
    ['only whitespace', 'INVALID_KEY', '   '],
  ])('refuses a key that is %s with 400 %s on set and get', async (_label, code, key) => {
    const setErr = await apiError(kvs.set(key, 1));
    expect(setErr.code).toBe(code);
    expect(setErr.responseDetails.status).toBe(400);
    expect((await apiError(kvs.get(key))).code).toBe(code);
  });

  it('accepts keys at the limits: 500 characters and every allowed symbol', async () => {
    await kvs.set('k'.repeat(500), 1);
    await kvs.set('a:b.c_d e-f#g', 2);
    expect(await kvs.get('k'.repeat(500))).toBe(1);
    expect(await kvs.get('a:b.c_d e-f#g')).toBe(2);
  });

  it('refuses a value over 240 KiB with MAX_SIZE and accepts one just under', async () => {
    const overhead = JSON.stringify('').length;
    await kvs.set('big-ok', 'x'.repeat(240 * 1024 - overhead));
    const err = await apiError(kvs.set('big', 'x'.repeat(240 * 1024)));
    expect(err.code).toBe('MAX_SIZE');
    expect(await kvs.get('big')).toBeUndefined();
  });

  it('refuses values nested deeper than 31 containers with MAX_DEPTH', async () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : { d: nest(levels - 1) });
    await kvs.set('deep-ok', nest(31));
    expect(await kvs.get('deep-ok')).toEqual(nest(31));
    expect((await apiError(kvs.set('too-deep', nest(32)))).code).toBe('MAX_DEPTH');
  });
});

describe('KVS emulator: secrets, log and faults', () => {
  it('keeps secrets apart from plain keys and out of queries', async () => {
    useEmulator();
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
  });

  it('logs every call with op and status, and counts by op', async () => {
    const clock = fakeClock();
    const emu = useEmulator({ clock: clock.now });
    await kvs.set('a', 1);
    await kvs.get('a');
    await kvs.get('missing');
    expect(emu.log.entries()).toEqual([
      { op: 'set', status: 204, at: clock.now() },
      { op: 'get', status: 200, at: clock.now() },
      { op: 'get', status: 404, at: clock.now() },
    ]);
    expect(emu.log.count('get')).toBe(2);
    expect(emu.log.count()).toBe(3);
    emu.log.reset();
    expect(emu.log.count()).toBe(0);
  });

  it('delays responses by the configured latency', async () => {
    const emu = useEmulator();
    emu.setFaults({ latencyMs: 60 });
    const started = Date.now();
    await kvs.set('slow', 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    emu.setFaults({});
  });

  it('answers an unknown path with 404 and a non-POST call with 405', async () => {
    const emu = useEmulator();
    expect((await emu.fetch('/api/v1/nope', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await emu.fetch('/api/v1/get', { method: 'GET' })).status).toBe(405);
    const bad = await emu.fetch('/api/v1/get', { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
