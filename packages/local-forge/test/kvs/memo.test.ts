// The emulator keeps what queries derive from a space (sorted keys, index lists) until the space changes, and
// starts stores from one snapshot without copying its values. Neither may ever show a stale or shared answer.
import { parse } from 'yaml';
import { createKvsEmulator, entitiesFromManifest } from '../../src/kvs/emulator';
import { fakeClock, kvs, useEmulator, WhereConditions } from './harness';

const ENTITIES = entitiesFromManifest(
  parse(`
app:
  id: ari:cloud:ecosystem::app/test
  storage:
    entities:
      - name: task
        attributes:
          owner: { type: string }
          rank: { type: integer }
        indexes:
          - name: by-owner
            partition: [owner]
            range: [rank]
`),
);

const tasks = () => kvs.entity<{ owner: string; rank: number }>('task');
const ranksOf = async (owner: string) =>
  (
    await tasks()
      .query()
      .index('by-owner', { partition: [owner] })
      .limit(100)
      .getMany()
  ).results.map((r) => r.value.rank);
const keysFrom = async (prefix: string) => (await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(20).getMany()).results.map((r) => r.key);

describe('KVS emulator: derived query lists follow every change', () => {
  it('an index query sees an item set, changed and deleted after the same query ran', async () => {
    useEmulator({ entities: ENTITIES });
    await tasks().set('a', { owner: 'ann', rank: 2 });
    expect(await ranksOf('ann')).toEqual([2]);
    await tasks().set('b', { owner: 'ann', rank: 1 });
    expect(await ranksOf('ann')).toEqual([1, 2]);
    await tasks().set('a', { owner: 'bob', rank: 2 });
    expect(await ranksOf('ann')).toEqual([1]);
    expect(await ranksOf('bob')).toEqual([2]);
    await tasks().delete('b');
    expect(await ranksOf('ann')).toEqual([]);
  });

  it('pages with a cursor over a list that changed between the pages', async () => {
    useEmulator({ entities: ENTITIES });
    for (let i = 0; i < 5; i++) await tasks().set(`t${i}`, { owner: 'ann', rank: i });
    const first = await tasks()
      .query()
      .index('by-owner', { partition: ['ann'] })
      .limit(2)
      .getMany();
    expect(first.results.map((r) => r.value.rank)).toEqual([0, 1]);
    await tasks().set('t9', { owner: 'ann', rank: 3 });
    const next = await tasks()
      .query()
      .index('by-owner', { partition: ['ann'] })
      .limit(10)
      .cursor(first.nextCursor!)
      .getMany();
    expect(next.results.map((r) => r.value.rank)).toEqual([2, 3, 3, 4]);
  });

  it('a key listing drops a value when its ttl passes, without any write in between', async () => {
    const clock = fakeClock();
    useEmulator({ clock: clock.now });
    await kvs.set('s-1', 'kept');
    await kvs.set('s-2', 'brief', { ttl: { value: 30, unit: 'SECONDS' } });
    expect(await keysFrom('s-')).toEqual(['s-1', 's-2']);
    clock.advance(31_000);
    expect(await keysFrom('s-')).toEqual(['s-1']);
  });

  it('a store started from a snapshot never shares a change with the snapshot or with another store', async () => {
    const seed = createKvsEmulator({ entities: ENTITIES });
    const body = (value: unknown) => ({ method: 'POST', body: JSON.stringify({ key: 'doc', value }) });
    await seed.fetch('/api/v1/set', body({ items: ['one'] }));
    const snapshot = seed.snapshot();
    const a = createKvsEmulator({ entities: ENTITIES });
    const b = createKvsEmulator({ entities: ENTITIES });
    a.load(snapshot);
    b.load(snapshot);
    await a.fetch('/api/v1/set', body({ items: ['one', 'two'] }));
    const read = async (e: typeof a) => (await (await e.fetch('/api/v1/get', { method: 'POST', body: JSON.stringify({ key: 'doc' }) })).json()).value;
    expect(await read(a)).toEqual({ items: ['one', 'two'] });
    expect(await read(b)).toEqual({ items: ['one'] });
    expect(snapshot.keys.doc?.value).toEqual({ items: ['one'] });
  });
});
