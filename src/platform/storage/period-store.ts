// Periods in storage: the calendar as one versioned item (every save one write conditioned on its version), and one
// snapshot item per period and goal, written only if absent (so closing again, or resuming a close, never changes one).
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { EMPTY_CALENDAR, GoalSnapshot, PeriodCalendar } from '../../shared/model/period';
import type { PeriodStore } from '../../services/ports/periods';
import { catalogTransaction } from './catalog-store';
import { auditItem, auditKey, type AuditItem } from './audit-log';
import { commitOrConflict, versionIs } from './conditional';

const CALENDAR = 'period-calendar';
const SNAPSHOT = 'period-snapshot';
const KEY = 'calendar';
const PAGE = 100;
/** A site with more goals than this has its snapshot read cut there (the catalog's own bound is far below). */
const MAX_PAGES = 100;

interface CalendarItem {
  version: number;
  record: PeriodCalendar;
}
interface SnapshotItem {
  periodId: string;
  goalId: string;
  record: GoalSnapshot;
}

const snapshotKey = (periodId: string, goalId: string) => `${periodId}:${goalId}`;

export const forgePeriodStore: PeriodStore = {
  async calendar() {
    const item = await kvs.entity<CalendarItem>(CALENDAR).get(KEY);
    return item === undefined ? EMPTY_CALENDAR : PeriodCalendar.parse(item.record);
  },

  saveCalendar(next, expectedVersion) {
    const record = PeriodCalendar.parse(next);
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<CalendarItem>(KEY, { version: record.version, record }, { entityName: CALENDAR, conditions: versionIs<CalendarItem>(expectedVersion) })
        .execute(),
    );
  },

  async snapshots(periodId) {
    const out: GoalSnapshot[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      let q = kvs
        .entity<SnapshotItem>(SNAPSHOT)
        .query()
        .index('by-period', { partition: [periodId] })
        .limit(PAGE);
      if (cursor) q = q.cursor(cursor);
      const res = await q.getMany();
      for (const r of res.results) out.push(GoalSnapshot.parse(r.value.record));
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return out;
  },

  async putSnapshotIfAbsent(snapshot) {
    const record = GoalSnapshot.parse(snapshot);
    const item: SnapshotItem = { periodId: record.periodId, goalId: record.goal.id, record };
    const outcome = await commitOrConflict(() =>
      kvs
        .transact()
        .set<SnapshotItem>(snapshotKey(item.periodId, item.goalId), item, {
          entityName: SNAPSHOT,
          conditions: new Filter<SnapshotItem>().and('goalId', FilterConditions.notExists()),
        })
        .execute(),
    );
    return outcome === 'committed' ? 'written' : 'present';
  },

  carry(base, goal, [created, carried], calendar, expectedVersion) {
    const record = PeriodCalendar.parse(calendar);
    return commitOrConflict(() =>
      catalogTransaction(base, goal, created)
        .set<AuditItem>(auditKey(carried), auditItem(carried), { entityName: 'audit' })
        .set<CalendarItem>(KEY, { version: record.version, record }, { entityName: CALENDAR, conditions: versionIs<CalendarItem>(expectedVersion) })
        .execute(),
    );
  },
};
