// All app data as records, for export and import: each store of the registry read whole in a stable order (its
// scan index, or its few keys), written back byte for byte, and cleared before a replacing import.
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ExportRecord } from '../../shared/model/data-transfer';
import { unknownFieldPaths } from '../../domain/data-transfer/well-formed';
import { AppFailure, type ValidationIssue } from '../../shared/errors';
import type { DataStore } from '../../services/ports/data-transfer';
import { PLAIN_KEYS, STORES, storeNamed, type StoreSpec } from './export-registry';

/** Items per storage query: 25 items of even 10 KB keep a page's overshoot far under the 1 MB a response may use. */
const QUERY_LIMIT = 25;
/** Storage calls per page at most, whatever the sizes. */
const MAX_CALLS_PER_PAGE = 60;

const Cursor = z.object({ s: z.number().int().min(0), c: z.string().max(2000).nullable() });
type Cursor = z.infer<typeof Cursor>;

const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');
const decode = (raw: string | null): Cursor => {
  if (raw === null) return { s: 0, c: null };
  try {
    return Cursor.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new AppFailure('VALIDATION', 'The export was interrupted; start it again', [{ path: 'cursor', message: 'not a cursor of this export' }]);
  }
};

/** The keys storage takes (the platform's pattern): a record under another would fail half way through the writes. */
const STORABLE_KEY = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

const entityOf = (s: StoreSpec): string | undefined => (s.name === PLAIN_KEYS ? undefined : s.name);
const size = (r: ExportRecord): number => JSON.stringify(r).length;

const readKeys = async (s: StoreSpec): Promise<ExportRecord[]> => {
  const entityName = entityOf(s);
  const res = await kvs.batchGet((s.keys ?? []).map((key) => (entityName ? { key, entityName } : { key })));
  const found = new Map(res.successfulKeys.map((hit) => [hit.key, hit.value] as const));
  return (s.keys ?? []).filter((k) => found.get(k) !== undefined).map((key) => ({ store: s.name, key, value: found.get(key) }));
};

const queryPage = async (s: StoreSpec, cursor: string | null, limit: number): Promise<{ records: ExportRecord[]; next: string | null }> => {
  const q = kvs.entity<unknown>(s.name).query().index(s.index!).limit(limit);
  const res = await (cursor ? q.cursor(cursor) : q).getMany();
  return { records: res.results.map((r) => ({ store: s.name, key: r.key, value: r.value })), next: res.nextCursor ?? null };
};

const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

const batchItems = (records: readonly ExportRecord[]) =>
  records.map((r) => {
    const entityName = r.store === PLAIN_KEYS ? undefined : r.store;
    return entityName ? { key: r.key, value: r.value, entityName } : { key: r.key, value: r.value };
  });

const failedWrite = (failed: { key: string; error: { code: string } }[]): never => {
  throw new AppFailure('UPSTREAM', 'App storage did not take every item; nothing more was written. Run the import again', failed.slice(0, 5));
};

export const forgeDataStore: DataStore = {
  async page(raw, maxBytes) {
    let at = decode(raw);
    const records: ExportRecord[] = [];
    let bytes = 0;
    for (let calls = 0; at.s < STORES.length && bytes < maxBytes && calls < MAX_CALLS_PER_PAGE; calls++) {
      const s = STORES[at.s]!;
      if (s.keys) {
        const got = await readKeys(s);
        records.push(...got);
        bytes += got.reduce((n, r) => n + size(r), 0);
        at = { s: at.s + 1, c: null };
        continue;
      }
      const got = await queryPage(s, at.c, QUERY_LIMIT);
      records.push(...got.records);
      bytes += got.records.reduce((n, r) => n + size(r), 0);
      at = got.next ? { s: at.s, c: got.next } : { s: at.s + 1, c: null };
    }
    return { records, next: at.s < STORES.length ? encode(at) : null };
  },

  async hasData() {
    for (const s of STORES) {
      const got = s.keys ? await readKeys(s) : (await queryPage(s, null, 1)).records;
      if (got.length > 0) return true;
    }
    return false;
  },

  check(record, index) {
    const at = `records.${index}`;
    const s = storeNamed(record.store);
    const facts = { index, store: record.store, key: record.key, refs: [], provides: [] };
    if (!s) return { issues: [{ path: `${at}.store`, message: `“${record.store}” is not a store of Throughline` }], facts };
    if (s.keys && !s.keys.includes(record.key)) return { issues: [{ path: `${at}.key`, message: `${s.name} holds no key “${record.key}”` }], facts };
    if (!STORABLE_KEY.test(record.key)) return { issues: [{ path: `${at}.key`, message: `“${record.key}” is not a key app storage takes` }], facts };
    const parsed = (s.schemaOf?.(record.key) ?? s.schema).safeParse(record.value);
    if (!parsed.success) {
      const issues: ValidationIssue[] = parsed.error.issues
        .slice(0, 3)
        .map((i) => ({ path: [at, 'value', ...i.path.map(String)].join('.'), message: i.message }));
      return { issues, facts };
    }
    // The apply writes the file's value as it is: a field the schema does not know would reach storage unchecked.
    const unknown = unknownFieldPaths(record.value, parsed.data, `${at}.value`);
    if (unknown.length > 0) return { issues: unknown.map((path) => ({ path, message: 'a field Throughline does not keep' })), facts };
    const v = record.value as never;
    const differ = Object.entries(s.same?.(v) ?? {}).filter(([, [item, own]]) => item !== own);
    if (differ.length > 0) {
      const issues = differ.map(([field, [item, own]]) => ({
        path: `${at}.value.${field}`,
        message: `${s.name} “${record.key}” is filed under ${field} ${JSON.stringify(item ?? null)} while its record says ${JSON.stringify(own ?? null)}`,
      }));
      return { issues, facts };
    }
    return {
      issues: [],
      facts: {
        ...facts,
        ...(s.keyOf ? { expectedKey: s.keyOf(v) } : {}),
        refs: s.refs?.(v, record.key) ?? [],
        provides: s.provides?.(v, record.key) ?? [],
        goals: (s.goals?.(v) ?? []).map((g) => ({ ...g, index })),
      },
    };
  },

  async write(records) {
    for (const batch of chunks(batchItems(records), 25)) {
      const res = await kvs.batchSet(batch);
      if (res.failedKeys.length > 0) failedWrite(res.failedKeys);
    }
  },

  async clear(limit) {
    let deleted = 0;
    const epicTags: string[] = [];
    for (const s of STORES) {
      while (deleted < limit) {
        const found = s.keys ? await readKeys(s) : (await queryPage(s, null, Math.min(QUERY_LIMIT, limit - deleted))).records;
        if (found.length === 0) break;
        if (s.name === 'epic-tag') epicTags.push(...found.map((r) => r.key));
        const res = await kvs.batchDelete(batchItems(found).map(({ key, entityName }) => (entityName ? { key, entityName } : { key })));
        if (res.failedKeys.length > 0) failedWrite(res.failedKeys);
        deleted += found.length;
      }
      if (deleted >= limit) return { deleted, epicTags, done: false };
    }
    return { deleted, epicTags, done: true };
  },
};
