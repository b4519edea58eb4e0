// `POST /api/v1/entity/query`: a named index (partition values + range attributes), an optional range
// condition, filters, sort, limit ≤ 100 and cursors. Filters run on the page read from the index
// (as the platform's DynamoDB-backed store does), so a page may hold fewer items than `limit`.
import { type Clause, compareAny, type FilterGroup, matchClause, matchGroup, parseClause, parseFilterGroup, RANGE_CONDITIONS } from './conditions';
import { type EntityRegistry, type ResolvedIndex } from './entity';
import { metadataFieldsOf, viewOf } from './keys';
import { decodeCursor, encodeCursor, parseLimit, type QueryPage } from './query';
import { entitySpace, type Store } from './store';
import { badRequest, isObject, type JsonValue, type KvsStoredItem, optionalArray } from './types';

export const ENTITY_QUERY_DEFAULT_LIMIT = 10;
export const ENTITY_QUERY_MAX_LIMIT = 100;

interface IndexedItem {
  key: string;
  item: KvsStoredItem;
  /** Range attribute values followed by the key: the index sort order. */
  tuple: JsonValue[];
}

function compareTuples(a: readonly JsonValue[], b: readonly JsonValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareAny(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Emulator-chosen code INVALID_PARTITION: the index declares N partition attributes and the query must
 * give exactly N values (an index without partition takes none).
 */
function parsePartition(index: ResolvedIndex, raw: unknown[] | undefined): JsonValue[] {
  const values = raw ?? [];
  if (values.length !== index.partition.length) {
    badRequest('INVALID_PARTITION', `Index "${index.name}" is partitioned by [${index.partition.join(', ')}]; ${values.length} partition value(s) given.`);
  }
  return values as JsonValue[];
}

/**
 * Items that appear in the index (every partition and range attribute present), grouped by their partition values in
 * one pass over the entity and each group sorted in index order. The store keeps the grouping until the entity
 * changes or one of its items expires, so a job paging through thousands of items, or a page of scorecards reading
 * a hundred partitions, costs a lookup per query instead of a scan and a sort.
 */
function indexItems(store: Store, entityName: string, index: ResolvedIndex, partition: JsonValue[]): readonly IndexedItem[] {
  const byPartition = store.memo(entitySpace(entityName), `index:${index.name}`, (entries) => groupByPartition(entries, index));
  return byPartition.get(JSON.stringify(partition)) ?? [];
}

function groupByPartition(entries: [string, KvsStoredItem][], index: ResolvedIndex): Map<string, IndexedItem[]> {
  const byPartition = new Map<string, IndexedItem[]>();
  for (const [key, item] of entries) {
    const attrs = isObject(item.value) ? (item.value as Record<string, JsonValue>) : {};
    if (!index.partition.every((attr) => attrs[attr] !== undefined)) continue;
    if (!index.range.every((attr) => attrs[attr] !== undefined && attrs[attr] !== null)) continue;
    // Equal values, equal partition: compared as JSON, as the query's partition values are.
    const partitionKey = JSON.stringify(index.partition.map((attr) => attrs[attr]));
    const entry = { key, item, tuple: [...index.range.map((attr) => attrs[attr] as JsonValue), key] };
    const list = byPartition.get(partitionKey);
    if (list) list.push(entry);
    else byPartition.set(partitionKey, [entry]);
  }
  for (const list of byPartition.values()) list.sort((a, b) => compareTuples(a.tuple, b.tuple));
  return byPartition;
}

/** The first position in `items` (sorted by tuple) whose tuple is greater than `pos` (ASC paging). */
function firstAfter(items: readonly IndexedItem[], pos: readonly JsonValue[]): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareTuples(items[mid]!.tuple, pos) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first position in `items` (sorted by tuple) whose first range value compares `>= value` (or `> value`). */
function boundOf(items: readonly IndexedItem[], value: JsonValue, after: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareAny(items[mid]!.tuple[0], value);
    if (after ? c > 0 : c >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isScalar = (v: JsonValue | undefined): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The items a range condition keeps. EQUAL_TO a scalar keeps one run of the sorted index (a scalar equals another
 * exactly when the index order puts them level), found by binary search: an index with only a range attribute (an
 * epic's goal, over 50,000 roll-ups at the bench's 10×) is otherwise compared item by item on every query.
 */
function inRange(indexed: readonly IndexedItem[], range: Clause): IndexedItem[] {
  const value = range.values[0];
  if (range.condition === 'EQUAL_TO' && isScalar(value)) return indexed.slice(boundOf(indexed, value, false), boundOf(indexed, value, true));
  return indexed.filter((it) => matchClause(it.tuple[0], range));
}

/**
 * Codes: COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE (limit outside 1..100) and the filter codes of
 * conditions.ts are the platform's documented ones; ENTITY_NOT_DECLARED / INDEX_NOT_DECLARED /
 * INVALID_PARTITION / INVALID_CURSOR are emulator-chosen.
 */
export function queryEntities(store: Store, registry: EntityRegistry, body: Record<string, unknown>): QueryPage {
  const decl = registry.get(body.entityName);
  const index = registry.index(decl, body.indexName);
  const partition = parsePartition(index, optionalArray(body, 'partition'));
  const range = body.range === undefined || body.range === null ? undefined : parseClause(body.range, RANGE_CONDITIONS, 'range');
  const filters: FilterGroup | undefined = parseFilterGroup(body.filters);
  const sort = body.sort ?? 'ASC';
  if (sort !== 'ASC' && sort !== 'DESC') badRequest('BAD_REQUEST', 'sort must be ASC or DESC');
  const limit = parseLimit(body.limit, ENTITY_QUERY_DEFAULT_LIMIT, ENTITY_QUERY_MAX_LIMIT, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  const cursor = decodeCursor(body.cursor, 'e');
  if (cursor && (cursor.e !== decl.name || cursor.i !== index.name || !Array.isArray(cursor.p))) {
    badRequest('INVALID_CURSOR', 'The provided cursor belongs to another entity or index.');
  }
  const fields = metadataFieldsOf(body);

  // The range condition applies to the first range attribute (the sort key). The indexed list is shared: copy
  // before reordering.
  const indexed = indexItems(store, decl.name, index, partition);
  let items: readonly IndexedItem[];
  if (!range && !cursor && sort === 'ASC') items = indexed;
  else if (!range && sort === 'ASC') items = indexed.slice(firstAfter(indexed, cursor!.p as JsonValue[]));
  else {
    let list = range ? inRange(indexed, range) : indexed.slice();
    if (sort === 'DESC') list.reverse();
    if (cursor) {
      const pos = cursor.p as JsonValue[];
      list = list.filter((it) => (sort === 'ASC' ? compareTuples(it.tuple, pos) > 0 : compareTuples(it.tuple, pos) < 0));
    }
    items = list;
  }
  const page = items.slice(0, limit);
  const data = page.filter((it) => !filters || matchGroup(it.item.value, filters)).map((it) => viewOf(it.key, it.item, fields));
  const last = page[page.length - 1];
  if (items.length > limit && last) return { data, cursor: encodeCursor({ t: 'e', e: decl.name, i: index.name, p: last.tuple }) };
  return { data };
}
