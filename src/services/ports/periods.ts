// Periods and their snapshots as the use cases read and write them. Implemented by src/platform/storage/period-store.ts.
import type { AuditEvent } from '../../shared/model/audit';
import type { Goal } from '../../shared/model/goal';
import type { GoalSnapshot, PeriodCalendar } from '../../shared/model/period';
import type { CatalogSnapshot } from './catalog';

export interface PeriodStore {
  calendar(): Promise<PeriodCalendar>;
  /** Writes when the stored version is still `expectedVersion`, in one conditional write; 'conflict' otherwise. */
  saveCalendar(next: PeriodCalendar, expectedVersion: number): Promise<'committed' | 'conflict'>;
  /** Every goal's snapshot of a period (bounded paged read). */
  snapshots(periodId: string): Promise<GoalSnapshot[]>;
  /** Writes the snapshot only when the goal has none for the period yet: a close that is run again never changes one. */
  putSnapshotIfAbsent(snapshot: GoalSnapshot): Promise<'written' | 'present'>;
  /**
   * A goal carried forward: the new goal with the catalog and its audit event, the old goal's audit event, and the
   * calendar naming the link, in one transaction conditioned on the catalog's revision and the calendar's version.
   */
  carry(
    base: CatalogSnapshot,
    goal: Goal,
    audits: readonly [AuditEvent, AuditEvent],
    calendar: PeriodCalendar,
    expectedVersion: number,
  ): Promise<'committed' | 'conflict'>;
}
