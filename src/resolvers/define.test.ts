// The resolver edge: every answer is an envelope, bad input never reaches a use case.
import { z } from 'zod';
import { defineCall } from '../shared/contract';
import { AppFailure } from '../shared/errors';
import { defineHandler, makeDefineHandler } from './define';

const spec = defineCall('test/echo', z.object({ name: z.string().max(5) }).strict(), z.object({ hello: z.string() }));

describe('a resolver function', () => {
  const seen: unknown[] = [];
  const handler = defineHandler(spec, async (payload, ctx) => {
    seen.push({ payload, ctx });
    if (payload.name === 'boom') throw new Error('kaboom');
    if (payload.name === 'nope') throw new AppFailure('FORBIDDEN', 'not you');
    return { hello: payload.name };
  });
  beforeEach(() => (seen.length = 0));

  it('answers ok with the use case result', async () => {
    await expect(handler({ payload: { name: 'ada' }, context: { accountId: 'u1' } })).resolves.toEqual({ ok: true, data: { hello: 'ada' } });
    expect(seen).toEqual([{ payload: { name: 'ada' }, ctx: { accountId: 'u1', extension: {} } }]);
  });

  it.each([
    ['a missing field', {}],
    ['a wrong type', { name: 42 }],
    ['too long', { name: 'abcdef' }],
    ['an unknown field', { name: 'ada', extra: 1 }],
    ['a __proto__ key', JSON.parse('{"name":"ada","__proto__":{"admin":true}}')],
    ['not an object', 'ada'],
  ])('refuses %s with VALIDATION and never runs the use case', async (_name, payload) => {
    const out = await handler({ payload, context: { accountId: 'u1' } });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(seen).toEqual([]);
  });

  it('refuses a call without a principal as UNAUTHENTICATED', async () => {
    await expect(handler({ payload: { name: 'ada' }, context: {} })).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(seen).toEqual([]);
  });

  it('keeps the code of an expected failure', async () => {
    await expect(handler({ payload: { name: 'nope' }, context: { accountId: 'u1' } })).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'not you' },
    });
  });

  it('turns an unexpected error into INTERNAL without leaking its message', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const out = await handler({ payload: { name: 'boom' }, context: { accountId: 'u1' } });
    expect(out).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(out)).not.toContain('kaboom');
    log.mockRestore();
  });

  it('answers a platform failure with the code the composition root reads it as', async () => {
    class StorageDown extends Error {}
    const edge = makeDefineHandler((e) => (e instanceof StorageDown ? new AppFailure('UPSTREAM', 'App storage did not answer') : undefined));
    const down = edge(spec, async () => {
      throw new StorageDown('503 from storage');
    });
    await expect(down({ payload: { name: 'ada' }, context: { accountId: 'u1' } })).resolves.toEqual({
      ok: false,
      error: { code: 'UPSTREAM', message: 'App storage did not answer' },
    });
  });
});
