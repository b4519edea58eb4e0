// Every goal's KPI health in ONE item ('goal-health' / 'board'), so the issue panel reads it in the same batch
// as the epic's tag and the project's alignment. Kept apart from the catalog on purpose: measurements change
// health daily, and must never bump the catalog's revision (which guards goal edits). Writes are guarded by
// the board's own revision.
// Beside it, each KPI's latest measurement day, which the evaluation reads anyway, in DAY_SHARDS items ('goal-health' /
// 'kpi-days-<n>') written in the same transaction: "Due from you" and the panel's due count read them in one operation
// instead of one query per KPI. A shard that would pass MAX_SHARD_BYTES is stored empty: its KPIs are then read one by
// one, as before, and nothing fails.
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { GoalHealth } from '../../shared/model/goal-health';
import { IsoDate } from '../../shared/model/common';
import { commitOrConflict } from './conditional';
import type { GoalHealthStore, HealthBoard, LastDays } from '../../services/ports/kpis';

const BoardItem = z.object({ revision: z.number().int(), goals: z.record(z.string(), GoalHealth) });
type BoardItem = z.infer<typeof BoardItem>;
export const DaysItem = z.object({ kpis: z.record(z.string(), IsoDate.nullable()) }).strict();
type DaysItem = z.infer<typeof DaysItem>;

const ENTITY = 'goal-health';
const KEY = 'board';
export const DAY_SHARDS = 4;
export const DAY_KEYS = Array.from({ length: DAY_SHARDS }, (_, i) => `kpi-days-${i}`);
/** Well under the platform's 240 KiB a value: about 4,000 KPIs a shard. */
export const MAX_SHARD_BYTES = 200_000;

/** The shard of a KPI: a stable hash of its id. */
export const shardOf = (kpiId: string): number => {
  let h = 0;
  for (let i = 0; i < kpiId.length; i++) h = (Math.imul(h, 31) + kpiId.charCodeAt(i)) >>> 0;
  return h % DAY_SHARDS;
};

/** The shards' items for a map of days: a shard too large to store is stored empty. */
export const daysShards = (days: LastDays, maxBytes = MAX_SHARD_BYTES): DaysItem[] => {
  const shards: DaysItem[] = DAY_KEYS.map(() => ({ kpis: {} }));
  for (const [kpiId, day] of Object.entries(days)) shards[shardOf(kpiId)]!.kpis[kpiId] = day;
  return shards.map((s) => (JSON.stringify(s).length > maxBytes ? { kpis: {} } : s));
};

/** The board's address, for batch reads that fetch it beside other items. */
export const HEALTH_BOARD_ITEM = { key: KEY, entityName: ENTITY } as const;
export const EMPTY_BOARD: HealthBoard = { revision: 0, goals: {} };
export const parseHealthBoard = (raw: unknown): HealthBoard => BoardItem.parse(raw);

export const forgeGoalHealthStore: GoalHealthStore = {
  async read() {
    const raw = await kvs.entity<BoardItem>(ENTITY).get(KEY);
    return raw === undefined ? EMPTY_BOARD : parseHealthBoard(raw);
  },

  async lastDays() {
    const res = await kvs.batchGet<unknown>(DAY_KEYS.map((key) => ({ key, entityName: ENTITY })));
    const out: LastDays = {};
    // A shard that does not parse counts as absent: its KPIs are read one by one.
    for (const hit of res.successfulKeys) {
      const parsed = DaysItem.safeParse(hit.value);
      if (parsed.success) Object.assign(out, parsed.data.kpis);
    }
    return out;
  },

  commit(base, goals, days) {
    const condition =
      base.revision === 0
        ? new Filter<BoardItem>().and('revision', FilterConditions.notExists())
        : new Filter<BoardItem>().and('revision', FilterConditions.equalTo(base.revision));
    const next: BoardItem = { revision: base.revision + 1, goals };
    return commitOrConflict(() => {
      let tx = kvs.transact().set(KEY, next, { entityName: ENTITY, conditions: condition });
      if (days) daysShards(days).forEach((item, i) => (tx = tx.set(DAY_KEYS[i]!, item, { entityName: ENTITY })));
      return tx.execute();
    });
  },
};
