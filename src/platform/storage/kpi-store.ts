// KPIs in app storage, one 'kpi' item each (found by goal), each change written with its audit event in one
// transaction guarded by the KPI's version; and the last run of each automatic (JQL) measure, in 'kpi-run'.
import { kvs, WhereConditions } from '@forge/kvs';
import { AutoMeasureRun, Kpi } from '../../shared/model/kpi';
import { auditItem, auditKey } from './audit-log';
import { commitOrConflict, versionIs } from './conditional';
import type { KpiStore } from '../../services/ports/kpis';

export interface KpiItem {
  kpiId: string;
  goalId: string;
  version: number;
  record: Kpi;
}
interface RunItem {
  kpiId: string;
  record: AutoMeasureRun;
}

const PAGE = 100;
/** 50 pages of 100: far above any real scorecard, and still a bounded loop. */
const MAX_PAGES = 50;

const itemOf = (k: Kpi): KpiItem => ({ kpiId: k.id, goalId: k.goalId, version: k.version, record: k });

export const forgeKpiStore: KpiStore = {
  async all() {
    const out: Kpi[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      let q = kvs.entity<KpiItem>('kpi').query().index('by-goal').limit(PAGE);
      if (cursor) q = q.cursor(cursor);
      const res = await q.getMany();
      out.push(...res.results.map((r) => Kpi.parse(r.value.record)));
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return out;
  },

  async ofGoal(goalId) {
    const res = await kvs.entity<KpiItem>('kpi').query().index('by-goal').where(WhereConditions.equalTo(goalId)).limit(PAGE).getMany();
    return res.results.map((r) => Kpi.parse(r.value.record));
  },

  async get(id) {
    const item = await kvs.entity<KpiItem>('kpi').get(id);
    return item === undefined ? undefined : Kpi.parse(item.record);
  },

  save(kpi, expectedVersion, audit) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<KpiItem>(kpi.id, itemOf(kpi), { entityName: 'kpi', conditions: versionIs<KpiItem>(expectedVersion) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  remove(kpi, audit) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .delete<KpiItem>(kpi.id, { entityName: 'kpi', conditions: versionIs<KpiItem>(kpi.version) })
        .delete<RunItem>(kpi.id, { entityName: 'kpi-run' })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  async runs(kpiIds) {
    const found = await Promise.all(kpiIds.map(async (id) => [id, await kvs.entity<RunItem>('kpi-run').get(id)] as const));
    return new Map(found.flatMap(([id, item]) => (item ? [[id, AutoMeasureRun.parse(item.record)] as const] : [])));
  },

  async putRun(run) {
    await kvs.entity<RunItem>('kpi-run').set(run.kpiId, { kpiId: run.kpiId, record: AutoMeasureRun.parse(run) });
  },
};
