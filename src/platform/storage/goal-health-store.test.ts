// Each KPI's latest measurement day, kept beside the goal health board in a few shards: every KPI lands in one stable
// shard, and a shard too large to store is stored empty (its KPIs are then read one by one), never failing the write.
import { DAY_SHARDS, DaysItem, daysShards, shardOf } from './goal-health-store';

const days = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k-${i}`, i % 7 === 0 ? null : '2026-11-28']));

describe('the latest measurement days in shards', () => {
  it('puts every KPI in exactly one shard, the same one each time, and loses none', () => {
    const shards = daysShards(days);
    expect(shards).toHaveLength(DAY_SHARDS);
    expect(Object.assign({}, ...shards.map((s) => s.kpis))).toEqual(days);
    for (const [i, s] of shards.entries()) for (const id of Object.keys(s.kpis)) expect(shardOf(id)).toBe(i);
    // Spread, not all in one.
    expect(shards.filter((s) => Object.keys(s.kpis).length > 0)).toHaveLength(DAY_SHARDS);
    for (const s of shards) expect(DaysItem.safeParse(s).success).toBe(true);
  });

  it('stores a shard that would pass its bound empty, and keeps the others', () => {
    const sizes = daysShards(days).map((s) => JSON.stringify(s).length);
    const bound = Math.max(...sizes) - 1;
    const shards = daysShards(days, bound);
    const biggest = sizes.indexOf(Math.max(...sizes));
    expect(shards[biggest]).toEqual({ kpis: {} });
    expect(shards.filter((s, i) => i !== biggest && Object.keys(s.kpis).length > 0)).toHaveLength(DAY_SHARDS - 1);
  });
});
