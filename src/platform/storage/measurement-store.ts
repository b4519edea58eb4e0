// Measurements in app storage: one 'measurement' item per KPI and day (key m-<kpi>-<day>), read newest first by
// KPI. Every change is written with its audit event in one transaction, guarded by the recording it replaces.
import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import { Measurement } from '../../shared/model/kpi';
import { auditItem, auditKey } from './audit-log';
import { commitOrConflict } from './conditional';
import type { MeasurementStore } from '../../services/ports/kpis';

interface MeasurementItem {
  kpiId: string;
  date: string;
  recordedAt: string;
  record: Measurement;
}

const ENTITY = 'measurement';
const MAX_BATCHES = 100;

const recordedAtIs = (expected: string | null) =>
  expected === null
    ? new Filter<MeasurementItem>().and('recordedAt', FilterConditions.notExists())
    : new Filter<MeasurementItem>().and('recordedAt', FilterConditions.equalTo(expected));

const byKpi = (kpiId: string, limit: number) =>
  kvs
    .entity<MeasurementItem>(ENTITY)
    .query()
    .index('by-kpi', { partition: [kpiId] })
    .sort(Sort.DESC)
    .limit(limit);

export const forgeMeasurementStore: MeasurementStore = {
  async recent(kpiId, limit) {
    const res = await byKpi(kpiId, Math.min(100, Math.max(1, limit))).getMany();
    return res.results.map((r) => Measurement.parse(r.value.record));
  },

  async get(id) {
    const item = await kvs.entity<MeasurementItem>(ENTITY).get(id);
    return item === undefined ? undefined : Measurement.parse(item.record);
  },

  put(m, replaces, audit) {
    return commitOrConflict(async () => {
      let tx = kvs
        .transact()
        .set<MeasurementItem>(
          m.id,
          { kpiId: m.kpiId, date: m.date, recordedAt: m.recordedAt, record: m },
          { entityName: ENTITY, conditions: recordedAtIs(replaces) },
        );
      if (audit) tx = tx.set(auditKey(audit), auditItem(audit), { entityName: 'audit' });
      await tx.execute();
    });
  },

  remove(m, audit) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .delete<MeasurementItem>(m.id, { entityName: ENTITY, conditions: recordedAtIs(m.recordedAt) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  async importMany(ms) {
    for (let i = 0; i < ms.length; i += 25) {
      const items = ms
        .slice(i, i + 25)
        .map((m) => ({ key: m.id, entityName: ENTITY, value: { kpiId: m.kpiId, date: m.date, recordedAt: m.recordedAt, record: Measurement.parse(m) } }));
      const res = await kvs.batchSet(items);
      if (res.failedKeys.length > 0) throw new Error(`storing measurements failed for ${res.failedKeys.length} of ${items.length}`);
    }
  },

  async removeAllOf(kpiId) {
    let removed = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const res = await byKpi(kpiId, 25).getMany();
      if (res.results.length === 0) break;
      let tx = kvs.transact();
      for (const r of res.results) tx = tx.delete(r.key, { entityName: ENTITY });
      await tx.execute();
      removed += res.results.length;
    }
    return removed;
  },
};
