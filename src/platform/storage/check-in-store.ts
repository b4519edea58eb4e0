// Check-ins in app storage: one 'check-in' item each, found by goal newest first; and 'check-in-latest', one
// item holding the latest check-in of every goal without its texts, so the scorecards learn every goal's state
// in one read. Both are written, with the check-in's audit event, in one transaction guarded by that item's revision.
import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import { z } from 'zod';
import { CheckIn, CheckInSummary } from '../../shared/model/check-in';
import { auditItem, auditKey } from './audit-log';
import { commitOrConflict } from './kpi-store';
import type { CheckInStore } from '../../services/ports/kpis';

interface CheckInItem {
  goalId: string;
  at: string;
  record: CheckIn;
}
const LatestItem = z.object({ revision: z.number().int(), latest: z.record(z.string(), CheckInSummary) });
type LatestItem = z.infer<typeof LatestItem>;



const LATEST_KEY = 'latest';

export const forgeCheckInStore: CheckInStore = {
  async list(goalId, limit) {
    const res = await kvs.entity<CheckInItem>('check-in').query().index('by-goal', { partition: [goalId] }).sort(Sort.DESC).limit(Math.min(100, limit)).getMany();
    return res.results.map((r) => CheckIn.parse(r.value.record));
  },

  async latest() {
    const raw = await kvs.entity<LatestItem>('check-in-latest').get(LATEST_KEY);
    return raw === undefined ? { revision: 0, latest: {} } : LatestItem.parse(raw);
  },

  add(base, checkIn, audit) {
    const previous = base.latest[checkIn.goalId];
    const newer = !previous || previous.recordedAt <= checkIn.recordedAt;
    const summary = CheckInSummary.parse(checkIn);
    const next: LatestItem = { revision: base.revision + 1, latest: newer ? { ...base.latest, [checkIn.goalId]: summary } : base.latest };
    const condition =
      base.revision === 0
        ? new Filter<LatestItem>().and('revision', FilterConditions.notExists())
        : new Filter<LatestItem>().and('revision', FilterConditions.equalTo(base.revision));
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<CheckInItem>(checkIn.id, { goalId: checkIn.goalId, at: checkIn.recordedAt, record: checkIn }, { entityName: 'check-in' })
        .set(LATEST_KEY, next, { entityName: 'check-in-latest', conditions: condition })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },
};
