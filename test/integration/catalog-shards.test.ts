// A catalog of ten times the enterprise (hundreds of goals with full titles) outgrows one 240 KiB storage value:
// the store cuts it into shards, still read in one storage operation, written in one transaction, in order, and a
// read never mixes two revisions.
import { kvs } from '@forge/kvs';
import { freshStorage } from '../support/kvs-only';
import { aGoal } from '../builders/goals';
import { catalogItems, forgeCatalogStore, summarize } from '../../src/platform/storage/catalog-store';
import type { AuditEvent } from '../../src/shared/model/audit';
import type { Goal } from '../../src/shared/model/goal';
import type { KvsEmulator } from '@throughline/local-forge/kvs';

const ACCOUNT = '712020:0f0c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11';
const TITLE = 'so that every team behind it delivers what the plan promised, on time and within budget';

const goals = (n: number): Goal[] =>
  Array.from({ length: n }, (_, i) =>
    aGoal({
      id: `g-${i}`,
      title: `Goal ${i}: ${TITLE}`,
      level: i < 3 ? 'strategy' : 'functional',
      parentId: i < 3 ? null : `g-${i % 3}`,
      leaderId: ACCOUNT,
      managerId: ACCOUNT,
      updatedBy: ACCOUNT,
    }),
  );
const auditOf = (g: Goal): AuditEvent => ({
  id: `a-${g.id}-${g.version}`,
  entity: 'goal',
  entityId: g.id,
  action: 'update',
  at: g.updatedAt,
  by: ACCOUNT,
  before: null,
  after: g,
});

let storage: KvsEmulator;
beforeEach(() => {
  storage = freshStorage();
});

const seed = async (all: Goal[]) => {
  for (const { key, value } of catalogItems(1, all.map(summarize), { [ACCOUNT]: 'Helen Marsh' })) await kvs.entity('catalog').set(key, value);
};

describe('a catalog larger than one storage value', () => {
  it('is kept in shards and read back whole, in order, in one storage operation', async () => {
    const all = goals(900);
    const items = catalogItems(1, all.map(summarize), {});
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => Buffer.byteLength(JSON.stringify(i.value)) < 240 * 1024)).toBe(true);
    await seed(all);
    storage.log.reset();
    const read = await forgeCatalogStore.read();
    expect(storage.log.count()).toBe(1);
    expect(read.goals.map((g) => g.id)).toEqual(all.map((g) => g.id));
    expect(read.people).toEqual({ [ACCOUNT]: 'Helen Marsh' });
  });

  it('commits a change to every shard in one transaction, the changed goal last, as before', async () => {
    const all = goals(900);
    await seed(all);
    const base = await forgeCatalogStore.read();
    const changed = { ...all[5]!, title: 'A new title', version: 2 };
    expect(await forgeCatalogStore.commit(base, changed, auditOf(changed))).toBe('committed');
    const read = await forgeCatalogStore.read();
    expect(read.revision).toBe(2);
    expect(read.goals.map((g) => g.id)).toEqual([...all.filter((g) => g.id !== 'g-5').map((g) => g.id), 'g-5']);
    expect(read.goals.at(-1)?.title).toBe('A new title');
    // A commit against the old revision loses, and changes nothing.
    expect(await forgeCatalogStore.commit(base, { ...changed, title: 'Lost' }, auditOf({ ...changed, version: 3 }))).toBe('conflict');
    expect((await forgeCatalogStore.read()).goals.at(-1)?.title).toBe('A new title');
  });

  it('never answers a mix of two revisions: a shard from another commit is read again, then refused', async () => {
    await seed(goals(900));
    // A shard left at another revision (as a reader racing a commit would see it).
    await kvs.entity('catalog').set('catalog-1', { revision: 7, goals: [] });
    await expect(forgeCatalogStore.read()).rejects.toMatchObject({ code: 'UPSTREAM' });
  });

  it('reads a catalog stored before shards existed (one item, no count)', async () => {
    const all = goals(5);
    await kvs.entity('catalog').set('catalog', { revision: 4, goals: all.map(summarize), people: {} });
    const read = await forgeCatalogStore.read();
    expect([read.revision, read.goals.length]).toEqual([4, 5]);
  });
});
