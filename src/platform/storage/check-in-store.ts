// Check-ins in app storage: one 'check-in' item each, found by goal newest first; and one 'check-in-latest' item per
// goal holding its latest check-in without the texts, all read by the scorecards in one query. A check-in, its goal's
// latest item and its audit event are written in one transaction guarded by that goal's item revision, so
// check-ins on different goals never contend; input from the work the check-in takes is marked in that transaction.
import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import { z } from 'zod';
import { CheckIn, CheckInSummary } from '../../shared/model/check-in';
import { auditItem, auditKey } from './audit-log';
import { commitOrConflict } from './conditional';
import { INPUT_ENTITY, inputItem, inputVersionIs, type InputItem } from './input-store';
import type { CheckInStore } from '../../services/ports/kpis';

interface CheckInItem {
  goalId: string;
  at: string;
  record: CheckIn;
}
const LatestItem = z.object({ goalId: z.string(), revision: z.number().int(), summary: CheckInSummary });
type LatestItem = z.infer<typeof LatestItem>;

const PAGE = 100;
const MAX_PAGES = 100;

export const forgeCheckInStore: CheckInStore = {
  async list(goalId, limit) {
    const res = await kvs
      .entity<CheckInItem>('check-in')
      .query()
      .index('by-goal', { partition: [goalId] })
      .sort(Sort.DESC)
      .limit(Math.min(100, limit))
      .getMany();
    return res.results.map((r) => CheckIn.parse(r.value.record));
  },

  async latest() {
    const latest: Record<string, CheckInSummary> = {};
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      let q = kvs.entity<LatestItem>('check-in-latest').query().index('by-goal').limit(PAGE);
      if (cursor) q = q.cursor(cursor);
      const res = await q.getMany();
      for (const r of res.results) {
        const item = LatestItem.parse(r.value);
        latest[item.goalId] = item.summary;
      }
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return { latest };
  },

  async latestOf(goalId) {
    const raw = await kvs.entity<LatestItem>('check-in-latest').get(goalId);
    if (raw === undefined) return { goalId, revision: 0, summary: null };
    const item = LatestItem.parse(raw);
    return { goalId, revision: item.revision, summary: item.summary };
  },

  add(base, checkIn, audit, taken = []) {
    if (base.goalId !== checkIn.goalId) throw new Error('a check-in is added on the base of its own goal');
    const newer = !base.summary || base.summary.recordedAt <= checkIn.recordedAt;
    const next: LatestItem = { goalId: checkIn.goalId, revision: base.revision + 1, summary: newer ? CheckInSummary.parse(checkIn) : base.summary! };
    const condition =
      base.revision === 0
        ? new Filter<LatestItem>().and('revision', FilterConditions.notExists())
        : new Filter<LatestItem>().and('revision', FilterConditions.equalTo(base.revision));
    return commitOrConflict(() => {
      const tx = kvs
        .transact()
        .set<CheckInItem>(checkIn.id, { goalId: checkIn.goalId, at: checkIn.recordedAt, record: checkIn }, { entityName: 'check-in' })
        .set(checkIn.goalId, next, { entityName: 'check-in-latest', conditions: condition })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' });
      // The input it takes, each only if still as it was read: the check-in and the marks land together or not at all.
      for (const { input, audit: marked } of taken) {
        tx.set<InputItem>(input.id, inputItem(input), { entityName: INPUT_ENTITY, conditions: inputVersionIs(input.version - 1) });
        tx.set(auditKey(marked), auditItem(marked), { entityName: 'audit' });
      }
      return tx.execute();
    });
  },
};
