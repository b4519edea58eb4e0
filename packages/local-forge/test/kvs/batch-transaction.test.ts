// Batch operations and transactions through the real @forge/kvs: limits, per-item results,
// all-or-nothing commits and entity conditions.
import { apiError, Filter, FilterConditions, kvs, useEmulator } from './harness';
import { type EntityDeclaration } from '../../src/kvs/emulator';

const ENTITIES: EntityDeclaration[] = [
  {
    name: 'account',
    attributes: { owner: { type: 'string' }, balance: { type: 'integer' }, status: { type: 'string' } },
    indexes: ['owner'],
  },
];

interface Account {
  owner: string;
  balance: number;
  status?: string;
}

const accounts = () => kvs.entity<Account>('account');

describe('KVS emulator: batch operations', () => {
  beforeEach(() => useEmulator({ entities: ENTITIES }));

  it('batchSet writes plain and entity items and reports each as successful', async () => {
    const res = await kvs.batchSet<unknown>([
      { key: 'plain:1', value: 'one' },
      { key: 'acc:1', value: { owner: 'ann', balance: 10 }, entityName: 'account' },
    ]);
    expect(res).toEqual({ successfulKeys: [{ key: 'plain:1' }, { key: 'acc:1', entityName: 'account' }], failedKeys: [] });
    expect(await kvs.get('plain:1')).toBe('one');
    expect(await accounts().get('acc:1')).toEqual({ owner: 'ann', balance: 10 });
  });

  it('batchSet is not atomic: invalid items fail alone with their error code', async () => {
    const res = await kvs.batchSet<unknown>([
      { key: 'ok', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'acc:x', value: { owner: 'x', balance: 1.5 }, entityName: 'account' },
    ]);
    expect(res.successfulKeys).toEqual([{ key: 'ok' }]);
    expect(res.failedKeys.map((f) => [f.key, f.error.code])).toEqual([
      ['bad/key', 'INVALID_KEY'],
      ['acc:x', 'INVALID_ENTITY_VALUE'],
    ]);
    expect(await kvs.get('ok')).toBe(1);
  });

  it('batchGet returns found items as successfulKeys and missing ones as KEY_NOT_FOUND failures', async () => {
    await kvs.set('a', 'A');
    await accounts().set('acc:1', { owner: 'ann', balance: 3 });
    const res = await kvs.batchGet<unknown>([{ key: 'a' }, { key: 'acc:1', entityName: 'account' }, { key: 'missing' }]);
    expect(res.successfulKeys).toEqual([
      { key: 'a', value: 'A' },
      { key: 'acc:1', entityName: 'account', value: { owner: 'ann', balance: 3 } },
    ]);
    expect(res.failedKeys).toEqual([{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
  });

  it('batchDelete removes every listed key', async () => {
    await kvs.batchSet([
      { key: 'd1', value: 1 },
      { key: 'd2', value: 2 },
    ]);
    const res = await kvs.batchDelete([{ key: 'd1' }, { key: 'd2' }, { key: 'never' }]);
    expect(res.successfulKeys).toHaveLength(3);
    expect(await kvs.get('d1')).toBeUndefined();
    expect(await kvs.get('d2')).toBeUndefined();
  });

  it('refuses batches of 26 keys (set, get, delete) with 400 BATCH_SIZE_EXCEEDED and writes nothing', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `b${i}`, value: i }));
    const err = await apiError(kvs.batchSet(items));
    expect(err.code).toBe('BATCH_SIZE_EXCEEDED');
    expect(err.responseDetails.status).toBe(400);
    expect(await kvs.get('b0')).toBeUndefined();
    expect((await apiError(kvs.batchGet(items.map(({ key }) => ({ key }))))).code).toBe('BATCH_SIZE_EXCEEDED');
    expect((await apiError(kvs.batchDelete(items.map(({ key }) => ({ key }))))).code).toBe('BATCH_SIZE_EXCEEDED');
    const ok = await kvs.batchSet(items.slice(0, 25));
    expect(ok.successfulKeys).toHaveLength(25);
  });

  it('refuses an empty batch and a batch naming the same key twice', async () => {
    expect((await apiError(kvs.batchSet([]))).code).toBe('EMPTY_BATCH');
    expect(
      (
        await apiError(
          kvs.batchSet([
            { key: 'x', value: 1 },
            { key: 'x', value: 2 },
          ]),
        )
      ).code,
    ).toBe('DUPLICATE_KEYS');
  });
});

describe('KVS emulator: transactions', () => {
  beforeEach(async () => {
    useEmulator({ entities: ENTITIES });
    await accounts().set('acc:a', { owner: 'ann', balance: 100, status: 'open' });
    await accounts().set('acc:b', { owner: 'bob', balance: 5, status: 'open' });
    await accounts().set('acc:c', { owner: 'cat', balance: 0, status: 'open' });
    await kvs.set('audit', ['start']);
  });

  it('commits every operation when all conditions hold', async () => {
    await kvs
      .transact()
      .set(
        'acc:a',
        { owner: 'ann', balance: 70, status: 'open' },
        { entityName: 'account', conditions: new Filter<Account>().and('balance', FilterConditions.greaterThanEqualTo(30)) },
      )
      .set('acc:b', { owner: 'bob', balance: 35, status: 'open' }, { entityName: 'account' })
      .delete('audit')
      .check('acc:c', { entityName: 'account', conditions: new Filter<Account>().and('status', FilterConditions.equalTo('open')) })
      .execute();
    expect((await accounts().get('acc:a'))?.balance).toBe(70);
    expect((await accounts().get('acc:b'))?.balance).toBe(35);
    expect(await kvs.get('audit')).toBeUndefined();
  });

  it('is all or nothing: one failing condition leaves every item unchanged and answers 409 CONDITION_CHECK_FAILED', async () => {
    const before = { a: await accounts().get('acc:a'), b: await accounts().get('acc:b'), audit: await kvs.get('audit') };
    const err = await apiError(
      kvs
        .transact()
        .set('acc:a', { owner: 'ann', balance: 0 }, { entityName: 'account' })
        .set<Account>(
          'acc:b',
          { owner: 'bob', balance: -95 },
          { entityName: 'account', conditions: new Filter<Account>().and('balance', FilterConditions.greaterThanEqualTo(100)) },
        )
        .set('audit', ['start', 'moved'])
        .set('new:key', 'created')
        .execute(),
    );
    expect(err.code).toBe('CONDITION_CHECK_FAILED');
    expect(err.responseDetails.status).toBe(409);
    expect(err.context).toEqual({ failedKeys: [{ key: 'acc:b', entityName: 'account', operation: 'set', reason: 'CONDITION_NOT_MET' }] });
    expect({ a: await accounts().get('acc:a'), b: await accounts().get('acc:b'), audit: await kvs.get('audit') }).toEqual(before);
    expect(await kvs.get('new:key')).toBeUndefined();
  });

  it('fails a check on an item whose condition does not hold, and notExists passes for a missing item', async () => {
    const failing = kvs
      .transact()
      .set('x', 1)
      .check('acc:b', { entityName: 'account', conditions: new Filter<Account>().and('status', FilterConditions.equalTo('closed')) });
    expect((await apiError(failing.execute())).code).toBe('CONDITION_CHECK_FAILED');
    expect(await kvs.get('x')).toBeUndefined();
    await kvs
      .transact()
      .set<Account>(
        'acc:new',
        { owner: 'cy', balance: 1 },
        { entityName: 'account', conditions: new Filter<Account>().and('owner', FilterConditions.notExists()) },
      )
      .execute();
    expect(await accounts().get('acc:new')).toEqual({ owner: 'cy', balance: 1 });
  });

  it('refuses 26 operations with 400 TRANSACTION_OPERATIONS_LIMIT_EXCEEDED and writes nothing', async () => {
    let tx = kvs.transact();
    for (let i = 0; i < 26; i++) tx = tx.set(`t${i}`, i);
    const err = await apiError(tx.execute());
    expect(err.code).toBe('TRANSACTION_OPERATIONS_LIMIT_EXCEEDED');
    expect(err.responseDetails.status).toBe(400);
    expect(await kvs.get('t0')).toBeUndefined();
    let ok = kvs.transact();
    for (let i = 0; i < 25; i++) ok = ok.set(`t${i}`, i);
    await ok.execute();
    expect(await kvs.get('t24')).toBe(24);
  });

  it('refuses an invalid operation up front, so the valid ones are not applied either', async () => {
    const err = await apiError(
      kvs
        .transact()
        .set('fine', 1)
        .set('acc:a', { owner: 'ann', balance: 'lots' } as never, { entityName: 'account' })
        .execute(),
    );
    expect(err.code).toBe('INVALID_ENTITY_VALUE');
    expect(await kvs.get('fine')).toBeUndefined();
  });

  it('refuses a key used twice and conditions on a plain key', async () => {
    expect((await apiError(kvs.transact().set('k', 1).delete('k').execute())).code).toBe('DUPLICATE_KEYS');
    const cond = new Filter<{ v: number }>().and('v', FilterConditions.exists());
    const err = await apiError(
      kvs
        .transact()
        .delete('audit', { entityName: undefined as never, conditions: cond })
        .execute(),
    );
    expect(err.code).toBe('CONDITIONS_REQUIRE_ENTITY');
    expect(await kvs.get('audit')).toEqual(['start']);
  });
});
