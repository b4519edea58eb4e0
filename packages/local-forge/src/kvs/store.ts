// In-memory data of the emulator: three key spaces (plain keys, secrets, one map per custom entity),
// TTL expiry against the injected clock, createdAt/updatedAt upkeep, snapshot/load.
import { cloneJson, emptySnapshot, isObject, type JsonValue, type KvsItemMap, type KvsSnapshot, type KvsStoredItem } from './types';

export type Space = { kind: 'keys' } | { kind: 'secrets' } | { kind: 'entity'; name: string };

export const KEYS: Space = { kind: 'keys' };
export const SECRETS: Space = { kind: 'secrets' };
export const entitySpace = (name: string): Space => ({ kind: 'entity', name });

export interface WriteResult {
  previous?: KvsStoredItem;
  current: KvsStoredItem;
}

const spaceName = (space: Space): string => (space.kind === 'entity' ? `entity:${space.name}` : space.kind);

export class Store {
  private data: KvsSnapshot = emptySnapshot();
  /** Writes per space, and loads or clears of everything: what lets a reader cache what it derived from a space. */
  private readonly writes = new Map<string, number>();
  private generation = 0;

  constructor(private readonly clock: () => number) {}

  now(): number {
    return this.clock();
  }

  private map(space: Space, create: boolean): KvsItemMap | undefined {
    if (space.kind === 'keys') return this.data.keys;
    if (space.kind === 'secrets') return this.data.secrets;
    let m = this.data.entities[space.name];
    if (!m && create) {
      m = {};
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

  /** Changes whenever anything in the space may have changed (a write, a removal, a load or a clear). */
  revision(space: Space): string {
    return `${this.generation}:${this.writes.get(spaceName(space)) ?? 0}`;
  }

  private touch(space: Space): void {
    const name = spaceName(space);
    this.writes.set(name, (this.writes.get(name) ?? 0) + 1);
  }

  write(space: Space, key: string, value: JsonValue, ttlMs?: number): WriteResult {
    this.touch(space);
    const m = this.map(space, true) as KvsItemMap;
    const previous = this.read(space, key);
    const now = this.clock();
    const current: KvsStoredItem = {
      value: cloneJson(value),
      createdAt: previous ? previous.createdAt : now,
      updatedAt: now,
    };
    if (ttlMs !== undefined) current.expireAt = now + ttlMs;
    m[key] = current;
    return previous ? { previous, current } : { current };
  }

  /** True when a live value was removed. */
  remove(space: Space, key: string): boolean {
    const m = this.map(space, false);
    if (!m || !(key in m)) return false;
    this.touch(space);
    const wasAlive = this.alive(m[key]);
    delete m[key];
    return wasAlive;
  }

  /** Live entries of a space, unsorted. */
  entries(space: Space): [string, KvsStoredItem][] {
    const m = this.map(space, false);
    if (!m) return [];
    return Object.entries(m).filter(([, item]) => this.alive(item));
  }

  clear(): void {
    this.generation++;
    this.data = emptySnapshot();
  }

  /** Deep copy of the live data (expired values are dropped). */
  snapshot(): KvsSnapshot {
    const live = (m: KvsItemMap): KvsItemMap =>
      Object.fromEntries(
        Object.entries(m)
          .filter(([, item]) => this.alive(item))
          .map(([k, v]) => [k, cloneJson(v)]),
      );
    const entities: Record<string, KvsItemMap> = {};
    for (const [name, m] of Object.entries(this.data.entities)) entities[name] = live(m);
    return { version: 1, keys: live(this.data.keys), secrets: live(this.data.secrets), entities };
  }

  load(s: KvsSnapshot): void {
    this.generation++;
    this.data = normaliseSnapshot(s);
  }
}

function normaliseItems(raw: unknown): KvsItemMap {
  const out: KvsItemMap = {};
  if (!isObject(raw)) return out;
  for (const [key, item] of Object.entries(raw)) {
    if (!isObject(item) || !('value' in item)) continue;
    const createdAt = typeof item.createdAt === 'number' ? item.createdAt : 0;
    const stored: KvsStoredItem = {
      value: cloneJson(item.value as JsonValue),
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
  const entities: Record<string, KvsItemMap> = {};
  if (isObject(raw.entities)) {
    for (const [name, m] of Object.entries(raw.entities)) entities[name] = normaliseItems(m);
  }
  return { version: 1, keys: normaliseItems(raw.keys), secrets: normaliseItems(raw.secrets), entities };
}
