// Custom entities through the real @forge/kvs: declarations read from a manifest, typed values,
// index queries with partitions, range conditions, filters, sort, limits and cursors.
import { parse } from 'yaml';
import { entitiesFromManifest } from '../../src/kvs/emulator';
import { apiError, Filter, FilterConditions, kvs, Sort, useEmulator, WhereConditions } from './harness';

const MANIFEST = `
app:
  id: ari:cloud:ecosystem::app/test
  storage:
    entities:
      - name: goal
        attributes:
          ownerId: { type: string }
          title: { type: string }
          level: { type: string }
          rank: { type: integer }
          score: { type: float }
          done: { type: boolean }
          tags: { type: any }
        indexes:
          - title
          - name: by-owner-rank
            partition: [ownerId]
            range: [rank]
          - name: by-level-title
            partition: [level]
            range: [title]
          - name: by-level
            range: [level]
`;

interface Goal {
  ownerId: string;
  title: string;
  level: string;
  rank: number;
  score?: number;
  done?: boolean;
  tags?: string[];
}

const goals = () => kvs.entity<Goal>('goal');

async function seed(): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const owner = i % 2 === 0 ? 'alice' : 'bob';
    await goals().set(`g${i}`, {
      ownerId: owner,
      title: `Goal ${String(i).padStart(2, '0')}`,
      level: i < 10 ? 'company' : 'team',
      rank: i,
      score: i / 2,
      done: i % 3 === 0,
      tags: i % 5 === 0 ? ['okr', 'q1'] : ['q2'],
    });
  }
}

describe('KVS emulator: manifest entity declarations', () => {
  it('reads app.storage.entities with attribute types and both index forms as written', () => {
    const decls = entitiesFromManifest(parse(MANIFEST));
    expect(decls).toHaveLength(1);
    expect(decls[0]?.attributes.rank).toEqual({ type: 'integer' });
    expect(decls[0]?.indexes).toEqual([
      'title',
      { name: 'by-owner-rank', partition: ['ownerId'], range: ['rank'] },
      { name: 'by-level-title', partition: ['level'], range: ['title'] },
      { name: 'by-level', range: ['level'] },
    ]);
  });

  it('returns [] when the manifest declares no storage', () => {
    expect(entitiesFromManifest({ app: { id: 'x' } })).toEqual([]);
    expect(entitiesFromManifest(undefined)).toEqual([]);
  });
});

describe('KVS emulator: entity values', () => {
  beforeEach(() => useEmulator({ entities: entitiesFromManifest(parse(MANIFEST)) }));

  it('sets, gets and deletes an entity item, separate from plain keys', async () => {
    const g: Goal = { ownerId: 'alice', title: 'Ship', level: 'team', rank: 1, tags: ['a', { deep: true }] as never };
    await goals().set('g1', g);
    expect(await goals().get('g1')).toEqual(g);
    expect(await kvs.get('g1')).toBeUndefined();
    await goals().delete('g1');
    expect(await goals().get('g1')).toBeUndefined();
  });

  it.each([
    ['a 2^31 integer', { rank: 2147483648 }],
    ['a fractional integer', { rank: 1.5 }],
    ['a string for an integer', { rank: '1' }],
    ['a number for a string', { title: 7 }],
    ['a string for a boolean', { done: 'yes' }],
    ['an undeclared attribute', { colour: 'red' }],
  ])('refuses %s with 400 INVALID_ENTITY_VALUE', async (_label, patch) => {
    const err = await apiError(goals().set('bad', { ownerId: 'a', title: 't', level: 'l', rank: 1, ...patch } as Goal));
    expect(err.code).toBe('INVALID_ENTITY_VALUE');
    expect(await goals().get('bad')).toBeUndefined();
  });

  it('accepts the 32-bit integer bounds', async () => {
    await goals().set('lo', { ownerId: 'a', title: 't', level: 'l', rank: -2147483648 });
    await goals().set('hi', { ownerId: 'a', title: 't', level: 'l', rank: 2147483647 });
    expect((await goals().get('hi'))?.rank).toBe(2147483647);
  });

  it('refuses an undeclared entity with 400 ENTITY_NOT_DECLARED on set, get and query', async () => {
    const other = kvs.entity<{ a: string }>('undeclared');
    expect((await apiError(other.set('k', { a: 'x' }))).code).toBe('ENTITY_NOT_DECLARED');
    expect((await apiError(other.get('k'))).code).toBe('ENTITY_NOT_DECLARED');
    const err = await apiError(other.query().index('any').getMany());
    expect(err.code).toBe('ENTITY_NOT_DECLARED');
    expect(err.responseDetails.status).toBe(400);
  });

  it('refuses an undeclared index with 400 INDEX_NOT_DECLARED', async () => {
    expect((await apiError(goals().query().index('by-nothing').getMany())).code).toBe('INDEX_NOT_DECLARED');
  });

  it('uses EMPTY_KEY for an empty entity key', async () => {
    expect((await apiError(goals().get(''))).code).toBe('EMPTY_KEY');
  });
});

describe('KVS emulator: entity queries', () => {
  beforeEach(async () => {
    useEmulator({ entities: entitiesFromManifest(parse(MANIFEST)) });
    await seed();
  });

  it('queries an index by partition, sorted by the range attribute', async () => {
    const { results } = await goals()
      .query()
      .index('by-owner-rank', { partition: ['bob'] })
      .limit(100)
      .getMany();
    expect(results.map((r) => r.value.rank)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]);
    expect(results.every((r) => r.value.ownerId === 'bob')).toBe(true);
  });

  it('applies range conditions: between, greaterThan, lessThanEqualTo, beginsWith, equalTo', async () => {
    const q = () =>
      goals()
        .query()
        .index('by-owner-rank', { partition: ['alice'] })
        .limit(100);
    const r = async (p: ReturnType<typeof q>) => (await p.getMany()).results.map((x) => x.value.rank);
    expect(await r(q().where(WhereConditions.between(4, 10)))).toEqual([4, 6, 8, 10]);
    expect(await r(q().where(WhereConditions.greaterThan(24)))).toEqual([26, 28]);
    expect(await r(q().where(WhereConditions.lessThanEqualTo(2)))).toEqual([0, 2]);
    expect(await r(q().where(WhereConditions.equalTo(12)))).toEqual([12]);
    const titles = await goals().query().index('title').where(WhereConditions.beginsWith('Goal 2')).limit(100).getMany();
    expect(titles.results.map((x) => x.key)).toEqual(['g20', 'g21', 'g22', 'g23', 'g24', 'g25', 'g26', 'g27', 'g28', 'g29']);
  });

  it('keeps exactly the equal run of an index without partition, paged in key order either way', async () => {
    const keys = async (level: string | number, sort: (typeof Sort)[keyof typeof Sort] = Sort.ASC, limit = 100) => {
      const out: string[] = [];
      let cursor: string | undefined;
      do {
        let q = goals().query().index('by-level').where(WhereConditions.equalTo(level)).sort(sort).limit(limit);
        if (cursor) q = q.cursor(cursor);
        const page = await q.getMany();
        out.push(...page.results.map((r) => r.key));
        cursor = page.nextCursor;
      } while (cursor);
      return out;
    };
    const company = Array.from({ length: 10 }, (_, i) => `g${i}`);
    const team = Array.from({ length: 20 }, (_, i) => `g${i + 10}`);
    expect(await keys('company')).toEqual(company);
    expect(await keys('team', Sort.ASC, 7)).toEqual(team);
    expect(await keys('team', Sort.DESC, 6)).toEqual([...team].reverse());
    expect(await keys('compan')).toEqual([]);
    expect(await keys('zzz')).toEqual([]);
    expect(await keys(1)).toEqual([]);
  });

  it('sorts descending', async () => {
    const { results } = await goals()
      .query()
      .index('by-owner-rank', { partition: ['alice'] })
      .sort(Sort.DESC)
      .limit(3)
      .getMany();
    expect(results.map((r) => r.value.rank)).toEqual([28, 26, 24]);
  });

  it('applies and/or filters with contains, exists, notExists, equalTo, notEqualTo', async () => {
    const base = () =>
      goals()
        .query()
        .index('by-level-title', { partition: ['company'] })
        .limit(100);
    const keys = async (p: ReturnType<typeof base>) => (await p.getMany()).results.map((x) => x.key);
    expect(
      await keys(base().filters(new Filter<Goal>().and('done', FilterConditions.equalTo(true)).and('ownerId', FilterConditions.equalTo('alice')))),
    ).toEqual(['g0', 'g6']);
    expect(await keys(base().filters(new Filter<Goal>().or('rank', FilterConditions.equalTo(1)).or('rank', FilterConditions.equalTo(2))))).toEqual([
      'g1',
      'g2',
    ]);
    expect(await keys(base().filters(new Filter<Goal>().and('tags', FilterConditions.contains('okr'))))).toEqual(['g0', 'g5']);
    expect(await keys(base().filters(new Filter<Goal>().and('title', FilterConditions.contains('0'))))).toEqual([
      'g0',
      'g1',
      'g2',
      'g3',
      'g4',
      'g5',
      'g6',
      'g7',
      'g8',
      'g9',
    ]);
    expect(await keys(base().filters(new Filter<Goal>().and('score', FilterConditions.exists()).and('rank', FilterConditions.lessThan(2))))).toEqual([
      'g0',
      'g1',
    ]);
    expect(await keys(base().filters(new Filter<Goal>().and('score', FilterConditions.notExists())))).toEqual([]);
    expect(await keys(base().filters(new Filter<Goal>().and('ownerId', FilterConditions.notEqualTo('alice'))))).toEqual(['g1', 'g3', 'g5', 'g7', 'g9']);
  });

  it('pages through an index with cursors: every item once, in order', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let q = goals()
        .query()
        .index('by-owner-rank', { partition: ['alice'] })
        .sort(Sort.DESC)
        .limit(4);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      seen.push(...page.results.map((r) => r.value.rank));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(4);
    expect(seen).toEqual([28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]);
  });

  it('filters the page read from the index, so a filtered page may be short but still carries a cursor', async () => {
    const filter = new Filter<Goal>().and('rank', FilterConditions.greaterThan(20));
    const first = await goals()
      .query()
      .index('by-owner-rank', { partition: ['alice'] })
      .filters(filter)
      .limit(5)
      .getMany();
    expect(first.results).toEqual([]);
    expect(first.nextCursor).toEqual(expect.any(String));
  });

  it('refuses limit 101 with COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE and a missing partition with INVALID_PARTITION', async () => {
    expect((await apiError(goals().query().index('title').limit(101).getMany())).code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    expect((await apiError(goals().query().index('by-owner-rank').getMany())).code).toBe('INVALID_PARTITION');
  });

  it('refuses a cursor from another index with INVALID_CURSOR', async () => {
    const page = await goals().query().index('title').limit(2).getMany();
    const err = await apiError(
      goals()
        .query()
        .index('by-owner-rank', { partition: ['alice'] })
        .cursor(page.nextCursor as string)
        .getMany(),
    );
    expect(err.code).toBe('INVALID_CURSOR');
  });

  it('answers from its last read of an index until the entity changes, and a descending page never reorders it', async () => {
    const ranks = async (sort: (typeof Sort)[keyof typeof Sort]) =>
      (
        await goals()
          .query()
          .index('by-owner-rank', { partition: ['alice'] })
          .sort(sort)
          .limit(100)
          .getMany()
      ).results.map((r) => r.value.rank);
    const ascending = await ranks(Sort.ASC);
    expect(await ranks(Sort.DESC)).toEqual([...ascending].reverse());
    expect(await ranks(Sort.ASC)).toEqual(ascending);
    await goals().set('g100', { ownerId: 'alice', title: 'Goal 100', level: 'team', rank: 1 });
    await goals().delete('g0');
    expect(await ranks(Sort.ASC)).toEqual([1, ...ascending.filter((r) => r !== 0)]);
  });
});
