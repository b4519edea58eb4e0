// KPIs, measurements, check-ins and the goal health board as the scorecard use cases need them. Implemented by
// src/platform/storage/{kpi,measurement,check-in,goal-health}-store.ts.
import type { AuditEvent } from '../../shared/model/audit';
import type { CheckIn, CheckInSummary } from '../../shared/model/check-in';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { AutoMeasureRun, Kpi, Measurement } from '../../shared/model/kpi';
import type { InputChange } from './input';

export type Commit = 'committed' | 'conflict';

export interface KpiStore {
  /** Every KPI, paged through in bounded steps. */
  all(): Promise<Kpi[]>;
  ofGoal(goalId: string): Promise<Kpi[]>;
  get(id: string): Promise<Kpi | undefined>;
  /** Writes when the stored version is still `expectedVersion` (0: nothing stored yet). */
  save(kpi: Kpi, expectedVersion: number, audit: AuditEvent): Promise<Commit>;
  remove(kpi: Kpi, audit: AuditEvent): Promise<Commit>;
  runs(kpiIds: readonly string[]): Promise<Map<string, AutoMeasureRun>>;
  putRun(run: AutoMeasureRun): Promise<void>;
}

export interface MeasurementStore {
  /** The KPI's latest `limit` measurements (at most 100), newest first. */
  recent(kpiId: string, limit: number): Promise<Measurement[]>;
  get(id: string): Promise<Measurement | undefined>;
  /** Writes when the stored recording is still `replaces` (null: nothing stored under this id yet). */
  put(m: Measurement, replaces: string | null, audit: AuditEvent | null): Promise<Commit>;
  remove(m: Measurement, audit: AuditEvent): Promise<Commit>;
  /** Stores many measurements as they are, 25 to a batch, without audit events: for importing history. */
  importMany(ms: readonly Measurement[]): Promise<void>;
  /** Deletes every measurement of a KPI (after the KPI itself is gone), in bounded batches. */
  removeAllOf(kpiId: string): Promise<number>;
}

export interface LatestCheckIns {
  latest: Record<string, CheckInSummary>;
}

/** One goal's latest check-in and the revision of its item (0: none yet), the base of the next check-in on it. */
export interface GoalLatest {
  goalId: string;
  revision: number;
  summary: CheckInSummary | null;
}

export interface CheckInStore {
  list(goalId: string, limit: number): Promise<CheckIn[]>;
  /** Every goal's latest check-in. */
  latest(): Promise<LatestCheckIns>;
  latestOf(goalId: string): Promise<GoalLatest>;
  /** Adds the check-in and makes it its goal's latest; 'conflict' when another check-in on that goal was added since `base`.
   *  Input it takes is marked in the same transaction ('conflict' too when any of it changed since it was read). */
  add(base: GoalLatest, checkIn: CheckIn, audit: AuditEvent, taken?: readonly InputChange[]): Promise<Commit>;
}

export interface HealthBoard {
  revision: number;
  goals: Record<string, GoalHealth>;
}

/**
 * Each KPI's latest measurement day as the last health evaluation found it ('YYYY-MM-DD'; null: never measured). A KPI
 * it does not name (new since, or kept out for size) is read from its measurements instead.
 */
export type LastDays = Record<string, string | null>;

export interface GoalHealthStore {
  read(): Promise<HealthBoard>;
  /** The KPIs' latest measurement days, written with the board (one storage operation). */
  lastDays(): Promise<LastDays>;
  /** Writes `goals` as the whole board when it is still at `base.revision`, and with it `days` as every KPI's latest
   *  day when given, in one transaction; 'conflict' otherwise. */
  commit(base: HealthBoard, goals: Record<string, GoalHealth>, days?: LastDays): Promise<Commit>;
}
