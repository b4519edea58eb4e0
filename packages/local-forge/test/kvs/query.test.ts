// kvs.query() through the real @forge/kvs: beginsWith, key order, cursors, limits.
import { apiError, kvs, MetadataField, useEmulator, WhereConditions } from './harness';

const pad = (n: number) => String(n).padStart(3, '0');

describe('KVS emulator: query', () => {
  beforeEach(async () => {
    useEmulator();
    // Written out of order, with neighbours that must not match the prefix.
    const ids = Array.from({ length: 45 }, (_, i) => i).reverse();
    for (const i of ids) await kvs.set(`goal:${pad(i)}`, { i });
    await kvs.set('goals-index', 'not a goal');
    await kvs.set('epic:001', 'other');
  });

  it('pages 45 beginsWith matches at limit 20: every key once, in key order, no cursor on the last page', async () => {
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith('goal:')).limit(20);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<{ i: number }>();
      pageSizes.push(page.results.length);
      for (const r of page.results) {
        seen.push(r.key);
        expect(r.value.i).toBe(Number(r.key.slice(5)));
      }
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pageSizes).toEqual([20, 20, 5]);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `goal:${pad(i)}`));
    expect(cursor).toBeUndefined();
  });

  it('returns 10 results by default, and everything (sorted) without a where clause', async () => {
    const first = await kvs.query().where('key', WhereConditions.beginsWith('goal:')).getMany();
    expect(first.results).toHaveLength(10);
    expect(first.nextCursor).toEqual(expect.any(String));
    const all = await kvs.query().limit(20).getMany();
    expect(all.results[0]?.key).toBe('epic:001');
    expect(all.results[1]?.key).toBe('goal:000');
  });

  it('refuses limit 21 with 400 LIST_QUERY_LIMIT_EXCEEDED', async () => {
    const err = await apiError(kvs.query().where('key', WhereConditions.beginsWith('goal:')).limit(21).getMany());
    expect(err.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    expect(err.responseDetails.status).toBe(400);
    expect((await apiError(kvs.query().limit(0).getMany())).code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
  });

  it('getOne returns the first match by key, or undefined', async () => {
    expect((await kvs.query().where('key', WhereConditions.beginsWith('goal:')).getOne())?.key).toBe('goal:000');
    expect(await kvs.query().where('key', WhereConditions.beginsWith('none:')).getOne()).toBeUndefined();
  });

  it('returns metadata fields only when asked', async () => {
    const plain = await kvs.query().where('key', WhereConditions.beginsWith('epic:')).getMany();
    expect(plain.results).toEqual([{ key: 'epic:001', value: 'other' }]);
    const withMeta = await kvs
      .query({ metadataFields: [MetadataField.CREATED_AT] })
      .where('key', WhereConditions.beginsWith('epic:'))
      .getMany();
    expect(withMeta.results[0]).toEqual({ key: 'epic:001', value: 'other', createdAt: expect.any(Number) });
  });

  it('does not skip or repeat keys when a key on the previous page is deleted between pages', async () => {
    const p1 = await kvs.query().where('key', WhereConditions.beginsWith('goal:')).limit(20).getMany();
    await kvs.delete('goal:019');
    const p2 = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('goal:'))
      .limit(20)
      .cursor(p1.nextCursor as string)
      .getMany();
    expect(p2.results[0]?.key).toBe('goal:020');
  });

  it('refuses a cursor it did not issue with 400 INVALID_CURSOR', async () => {
    const err = await apiError(kvs.query().cursor('garbage').getMany());
    expect(err.code).toBe('INVALID_CURSOR');
  });

  it('refuses conditions other than beginsWith with INVALID_FILTER_CONDITION', async () => {
    // The typed builder only allows beginsWith; a hand-built where clause reaches the server.
    const options = { where: [{ property: 'key', condition: 'BETWEEN', values: ['a', 'b'] }] };
    const q = kvs.query(options as never);
    expect((await apiError(q.getMany())).code).toBe('INVALID_FILTER_CONDITION');
  });
});
