// The goal catalog in app storage: every goal summary in the 'catalog' entity, read in ONE storage operation, each
// goal in full beside it, and an audit event per change, all written in one transaction guarded by the catalog's
// revision. A value may hold 240 KiB, so a large catalog (hundreds of goals) is cut into shards kept in order:
// 'catalog' (the revision, the people and the first goals) and 'catalog-1' … with the rest. Every commit rewrites
// every shard at the new revision, so a read (one batch of all shard keys) checks that it saw a single revision.
import { EMPTY_BOARD, HEALTH_BOARD_ITEM, parseHealthBoard } from './goal-health-store';
import type { HealthBoard } from '../../services/ports/kpis';
import { kvs, FilterConditions, Filter } from '@forge/kvs';
import { z } from 'zod';
import { auditHistory, auditItem, auditKey, type AuditItem } from './audit-log';
import { Goal, GoalSummary } from '../../shared/model/goal';
import { PeopleNames } from '../../shared/model/common';
import { AppFailure } from '../../shared/errors';
import { isConditionFailure } from './kvs-errors';
import type { CatalogSnapshot, CatalogStore } from '../../services/ports/catalog';
import type { AuditEvent } from '../../shared/model/audit';

const ENTITY = 'catalog';
const CATALOG_KEY = 'catalog';
/** Shards at most: every one is read in one batch (≤ 25 keys) and written in one transaction (≤ 25 operations, 4 MB). */
export const MAX_CATALOG_SHARDS = 16;
/** Bytes of goals per shard, well under the 240 KiB a value may hold (the first shard also holds the people). */
const SHARD_BYTES = 180 * 1024;
/** Tries of a read that met a commit half way through its shards. */
const READ_TRIES = 3;

const shardKey = (i: number): string => (i === 0 ? CATALOG_KEY : `${CATALOG_KEY}-${i}`);
const SHARD_KEYS = Array.from({ length: MAX_CATALOG_SHARDS }, (_, i) => shardKey(i));

/** The first shard; `shards` is absent in catalogs written before there were shards (one item then). */
const CatalogItem = z.object({
  revision: z.number().int(),
  goals: z.array(GoalSummary),
  people: PeopleNames.default({}),
  shards: z.number().int().min(1).optional(),
});
type CatalogItem = z.infer<typeof CatalogItem>;
const ShardItem = z.object({ revision: z.number().int(), goals: z.array(GoalSummary) });
type ShardItem = z.infer<typeof ShardItem>;
interface GoalItem {
  goalId: string;
  version: number;
  record: Goal;
}

export const summarize = (g: Goal): GoalSummary => {
  const { description: _omit, ...summary } = g;
  return summary;
};

const bytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

/** The goals cut, in order, into runs of at most SHARD_BYTES (the first run leaves room for the people). */
const cut = (goals: readonly GoalSummary[], people: PeopleNames): GoalSummary[][] => {
  const runs: GoalSummary[][] = [[]];
  let room = SHARD_BYTES - bytes(people);
  for (const g of goals) {
    const size = bytes(g) + 1;
    if (size > room && runs[runs.length - 1]!.length > 0) {
      runs.push([]);
      room = SHARD_BYTES;
    }
    runs[runs.length - 1]!.push(g);
    room -= size;
  }
  if (runs.length > MAX_CATALOG_SHARDS)
    throw new AppFailure('VALIDATION', `The goal catalog is full (${goals.length} goals); archive or remove goals before adding more`);
  return runs;
};

/** Every item of a catalog at one revision: the first shard with the people, then the others. */
export const catalogItems = (revision: number, goals: readonly GoalSummary[], people: PeopleNames): { key: string; value: CatalogItem | ShardItem }[] => {
  const runs = cut(goals, people);
  return runs.map((run, i) => ({ key: shardKey(i), value: i === 0 ? { revision, goals: run, people, shards: runs.length } : { revision, goals: run } }));
};

type Read = { ok: true; snapshot: CatalogSnapshot; shards: number } | { ok: false };

type Item = { key: string; entityName: string };
const itemId = (i: Item): string => `${i.entityName}/${i.key}`;

/** The catalog's shards, and `extra` items in the same batch (their values by `entity/key`, absent when not stored). */
const readOnce = async (extra: readonly Item[] = []): Promise<Read & { extras?: Map<string, unknown> }> => {
  const res = await kvs.batchGet<unknown>([...SHARD_KEYS.map((key) => ({ key, entityName: ENTITY })), ...extra]);
  const extras = new Map(res.successfulKeys.filter((hit) => hit.entityName !== ENTITY).map((hit) => [itemId(hit as Item), hit.value]));
  const found = new Map(res.successfulKeys.filter((hit) => hit.entityName === ENTITY).map((hit) => [hit.key, hit.value]));
  const head = found.get(CATALOG_KEY);
  if (head === undefined) return { ok: true, snapshot: { revision: 0, goals: [], people: {} }, shards: 0, extras };
  // Stored data that no longer parses is a bug to surface, not to paper over.
  const first = CatalogItem.parse(head);
  const goals = [...first.goals];
  for (let i = 1; i < (first.shards ?? 1); i++) {
    const raw = found.get(shardKey(i));
    const shard = raw === undefined ? undefined : ShardItem.parse(raw);
    if (!shard || shard.revision !== first.revision) return { ok: false };
    goals.push(...shard.goals);
  }
  return { ok: true, snapshot: { revision: first.revision, goals, people: first.people }, shards: first.shards ?? 1, extras };
};

const readCatalog = async (extra: readonly Item[] = []): Promise<Read & { ok: true; extras?: Map<string, unknown> }> => {
  for (let attempt = 1; ; attempt++) {
    const read = await readOnce(extra);
    if (read.ok) return read;
    if (attempt >= READ_TRIES) throw new AppFailure('UPSTREAM', 'The goal catalog changed while it was being read; try again in a moment');
  }
};

/**
 * One goal change as a transaction, not yet run: every shard at the next revision (the first conditioned on the
 * revision it was read at), the goal and its audit event. Another store may add its own items to it (an approved
 * proposal rides in the same all-or-nothing write). Shards a smaller catalog no longer needs are left behind:
 * reads stop at the count the first shard names.
 */
export const catalogTransaction = (base: CatalogSnapshot, goal: Goal, audit: AuditEvent, names: PeopleNames = {}) => {
  const goals = base.goals.filter((g) => g.id !== goal.id).concat(summarize(goal));
  const items = catalogItems(base.revision + 1, goals, { ...base.people, ...names });
  const condition =
    base.revision === 0
      ? new Filter<CatalogItem | ShardItem>().and('revision', FilterConditions.notExists())
      : new Filter<CatalogItem | ShardItem>().and('revision', FilterConditions.equalTo(base.revision));
  let tx = kvs.transact().set<CatalogItem | ShardItem>(CATALOG_KEY, items[0]!.value, { entityName: ENTITY, conditions: condition });
  for (const { key, value } of items.slice(1)) tx = tx.set<CatalogItem | ShardItem>(key, value, { entityName: ENTITY });
  return tx
    .set<GoalItem>(goal.id, { goalId: goal.id, version: goal.version, record: goal }, { entityName: 'goal' })
    .set<AuditItem>(auditKey(audit), auditItem(audit), { entityName: 'audit' });
};

/** The catalog and the goal health board in ONE storage operation (the workspace's first screen). */
export const readCatalogWithHealth = async (): Promise<{ snapshot: CatalogSnapshot; health: HealthBoard }> => {
  const read = await readCatalog([HEALTH_BOARD_ITEM]);
  const raw = read.extras?.get(itemId(HEALTH_BOARD_ITEM));
  return { snapshot: read.snapshot, health: raw === undefined ? EMPTY_BOARD : parseHealthBoard(raw) };
};

export const forgeCatalogStore: CatalogStore = {
  async read() {
    return (await readCatalog()).snapshot;
  },

  async readGoal(id) {
    const item = await kvs.entity<GoalItem>('goal').get(id);
    return item === undefined ? undefined : Goal.parse(item.record);
  },

  async commit(base, goal, audit, names = {}) {
    try {
      await catalogTransaction(base, goal, audit, names).execute();
      return 'committed';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  },

  history: auditHistory,
};
