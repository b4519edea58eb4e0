// In-memory data of the emulator: three key spaces (plain keys, secrets, one map per custom entity),
// TTL expiry against the injected clock, createdAt/updatedAt upkeep, snapshot/load, and per-space memos for
// what queries derive from a space (sorted listings, index pages), kept until the space changes or an item in
// them expires. Stored values are never mutated, only replaced: that is what lets a memo, and a loaded snapshot,
// share them.
import { valueText } from './reply-json';
import { emptySnapshot, isObject, keyMap, type JsonValue, type KvsItemMap, type KvsSnapshot, type KvsStoredItem } from './types';

export type Space = { kind: 'keys' } | { kind: 'secrets' } | { kind: 'entity'; name: string };

export const KEYS: Space = { kind: 'keys' };
export const SECRETS: Space = { kind: 'secrets' };
export const entitySpace = (name: string): Space => ({ kind: 'entity', name });

export interface WriteResult {
  previous?: KvsStoredItem;
  current: KvsStoredItem;
}

const spaceId = (space: Space): string => (space.kind === 'entity' ? `e:${space.name}` : space.kind);

interface Memo {
  version: number;
  /** The earliest expiry among the items the value was derived from: the memo is stale from then on. */
  validUntil: number;
  value: unknown;
}

export class Store {
  private data: KvsSnapshot = emptySnapshot();
  /** Changes per space since the store began; a memo holds only while its space's count is unchanged. */
  private readonly versions = new Map<string, number>();
  private generation = 0;
  private readonly memos = new Map<string, Memo>();

  constructor(private readonly clock: () => number) {}

  private touch(space: Space): void {
    const id = spaceId(space);
    this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
  }

  private versionOf(space: Space): number {
    return this.generation * 1_000_000_000 + (this.versions.get(spaceId(space)) ?? 0);
  }

  /**
   * `derive(entries)` over the live entries of `space`, computed once and kept under `name` until the space is
   * written, an item is removed, the store is loaded or cleared, or one of the entries expires. The answer is
   * shared between callers: they must not mutate it.
   */
  memo<T>(space: Space, name: string, derive: (entries: [string, KvsStoredItem][]) => T): T {
    const key = `${spaceId(space)}\u0000${name}`;
    const version = this.versionOf(space);
    const now = this.clock();
    const hit = this.memos.get(key);
    if (hit && hit.version === version && now < hit.validUntil) return hit.value as T;
    const live = this.entries(space);
    let validUntil = Infinity;
    for (const [, item] of live) if (item.expireAt !== undefined && item.expireAt < validUntil) validUntil = item.expireAt;
    const value = derive(live);
    this.memos.set(key, { version, validUntil, value });
    return value;
  }

  now(): number {
    return this.clock();
  }

  private map(space: Space, create: boolean): KvsItemMap | undefined {
    if (space.kind === 'keys') return this.data.keys;
    if (space.kind === 'secrets') return this.data.secrets;
    let m = this.data.entities[space.name];
    if (!m && create) {
      m = keyMap();
      this.data.entities[space.name] = m;
    }
    return m;
  }

  private alive(item: KvsStoredItem | undefined): item is KvsStoredItem {
    return item !== undefined && (item.expireAt === undefined || item.expireAt > this.clock());
  }

  /** The live item under `key` (expired values count as absent), not copied: callers must not mutate. */
  read(space: Space, key: string): KvsStoredItem | undefined {
    const item = this.map(space, false)?.[key];
    return this.alive(item) ? item : undefined;
  }

  write(space: Space, key: string, value: JsonValue, ttlMs?: number): WriteResult {
    const m = this.map(space, true) as KvsItemMap;
    const previous = this.read(space, key);
    const now = this.clock();
    // `value` was parsed from this call's request body, so nothing else holds it: kept as is, never changed after.
    const current: KvsStoredItem = {
      value,
      createdAt: previous ? previous.createdAt : now,
      updatedAt: now,
    };
    if (ttlMs !== undefined) current.expireAt = now + ttlMs;
    m[key] = current;
    this.touch(space);
    return previous ? { previous, current } : { current };
  }

  /** True when a live value was removed. */
  remove(space: Space, key: string): boolean {
    const m = this.map(space, false);
    if (!m || !(key in m)) return false;
    const wasAlive = this.alive(m[key]);
    delete m[key];
    this.touch(space);
    return wasAlive;
  }

  /** Live entries of a space, unsorted. */
  entries(space: Space): [string, KvsStoredItem][] {
    const m = this.map(space, false);
    if (!m) return [];
    // One reading of the clock for the whole listing (a space can hold tens of thousands of items).
    const now = this.clock();
    const out: [string, KvsStoredItem][] = [];
    for (const [key, item] of Object.entries(m)) if (item.expireAt === undefined || item.expireAt > now) out.push([key, item]);
    return out;
  }

  clear(): void {
    this.data = emptySnapshot();
    this.renew();
  }

  private renew(): void {
    this.generation += 1;
    this.versions.clear();
    this.memos.clear();
  }

  /** Deep copy of the live data (expired values are dropped). */
  snapshot(): KvsSnapshot {
    return JSON.parse(this.snapshotJson()) as KvsSnapshot;
  }

  /** The live data as snapshot JSON text: what `snapshot()` copies, without the copy (for files and comparisons). */
  snapshotJson(): string {
    // JSON.stringify's text of { version, keys, secrets, entities } with the live items, each value's text made once
    // (reply-json.ts): fault tests compare the whole store before and after every step.
    const now = this.clock();
    const item = (i: KvsStoredItem): string =>
      `{"value":${valueText(i.value)},"createdAt":${JSON.stringify(i.createdAt)},"updatedAt":${JSON.stringify(i.updatedAt)}` +
      `${i.expireAt === undefined ? '' : `,"expireAt":${JSON.stringify(i.expireAt)}`}}`;
    const live = (m: KvsItemMap): string => {
      const parts: string[] = [];
      for (const [key, i] of Object.entries(m)) if (i.expireAt === undefined || i.expireAt > now) parts.push(`${JSON.stringify(key)}:${item(i)}`);
      return `{${parts.join(',')}}`;
    };
    const entities = Object.entries(this.data.entities).map(([name, m]) => `${JSON.stringify(name)}:${live(m)}`);
    return `{"version":1,"keys":${live(this.data.keys)},"secrets":${live(this.data.secrets)},"entities":{${entities.join(',')}}}`;
  }

  /** Replaces all data. The snapshot's values are shared, not copied (the store never mutates a value). */
  load(s: KvsSnapshot): void {
    this.data = normaliseSnapshot(s);
    this.renew();
  }
}

function normaliseItems(raw: unknown): KvsItemMap {
  const out: KvsItemMap = keyMap();
  if (!isObject(raw)) return out;
  for (const [key, item] of Object.entries(raw)) {
    if (!isObject(item) || !('value' in item)) continue;
    const createdAt = typeof item.createdAt === 'number' ? item.createdAt : 0;
    // Shared with the snapshot: values are replaced, never changed in place, so one snapshot can start many
    // stores (a test run starts hundreds from one seeded demo) without a deep copy each.
    const stored: KvsStoredItem = {
      value: item.value as JsonValue,
      createdAt,
      updatedAt: typeof item.updatedAt === 'number' ? item.updatedAt : createdAt,
    };
    if (typeof item.expireAt === 'number') stored.expireAt = item.expireAt;
    out[key] = stored;
  }
  return out;
}

/** Accepts any snapshot-like JSON (e.g. a hand-edited file) and keeps only well-formed items. */
export function normaliseSnapshot(raw: unknown): KvsSnapshot {
  if (!isObject(raw)) return emptySnapshot();
  const entities: Record<string, KvsItemMap> = keyMap();
  if (isObject(raw.entities)) {
    for (const [name, m] of Object.entries(raw.entities)) entities[name] = normaliseItems(m);
  }
  return { version: 1, keys: normaliseItems(raw.keys), secrets: normaliseItems(raw.secrets), entities };
}
