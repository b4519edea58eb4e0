// Use cases: record, correct and delete a KPI's measurements (strategy editors, and the leader and manager of
// the KPI's goal). Every change is audited; a repeated identical save changes nothing and stores nothing.
import { decideCorrection, decideDeletion, decideRecord, measurementId, type RecordDecision, type Stamp } from '../../domain/kpi/decide-measurement';
import type { Result } from '../../domain/result';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { Kpi, Measurement, MeasurementInput } from '../../shared/model/kpi';
import { refreshGoalHealthQuietly } from './goal-health';
import { kpiWithGoal, requireOpenGoal, requireRecorder, todayOf, type ScorecardDeps } from './scorecard-deps';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

type Deps = Pick<ScorecardDeps, 'catalog' | 'viewer' | 'kpis' | 'measurements' | 'health' | 'defaultBands' | 'isEditor' | 'now' | 'auditId'>;
export type RecordResult = { outcome: RecordDecision['outcome']; measurement: Measurement };

const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new AppFailure(r.failure.code, r.failure.message, r.failure.details);
  return r.value;
};

const stampOf = (deps: Pick<Deps, 'now'>, by: string): Stamp => {
  const now = deps.now();
  return { today: todayOf(now), by, at: now.toISOString() };
};

/** Writes a decision with its audit event, re-reading and re-deciding (bounded) when someone wrote in between. */
const commit = async (
  deps: Pick<Deps, 'measurements' | 'auditId'>,
  id: string,
  decide: (existing: Measurement | undefined) => RecordDecision,
  by: string,
): Promise<RecordResult> => {
  return commitOnVersion<RecordResult>(
    async () => {
      const existing = await deps.measurements.get(id);
      const decision = decide(existing);
      if (decision.outcome === 'unchanged') return committed(decision);
      const m = decision.measurement;
      const audit: AuditEvent = {
        id: deps.auditId(),
        entity: 'measurement',
        entityId: m.id,
        action: existing ? 'update' : 'create',
        at: m.recordedAt,
        by,
        before: existing ?? null,
        after: m,
      };
      return (await deps.measurements.put(m, existing?.recordedAt ?? null, audit)) === 'committed' ? committed(decision) : beaten;
    },
    () => new AppFailure('CONFLICT', 'This measurement is being changed by someone else right now; try again'),
  );
};

/** Records a value for a KPI, without checking who asks: for the app's own automatic measures. */
export const recordUnchecked = (deps: Pick<Deps, 'measurements' | 'now' | 'auditId'>, kpi: Kpi, input: MeasurementInput, by: string): Promise<RecordResult> => {
  const stamp = stampOf(deps, by);
  return commit(deps, measurementId(kpi.id, input.date), (existing) => unwrap(decideRecord(kpi, existing, input, stamp)), by);
};

const authorized = async (deps: Deps, accountId: string, kpiId: string): Promise<Kpi> => {
  const { kpi, goal } = await kpiWithGoal(deps, kpiId);
  await requireRecorder(deps, goal, accountId);
  requireOpenGoal(goal);
  return kpi;
};

/** The goal's KPI health is evaluated again after every change that stored something. */
const refreshed = async <T>(deps: Deps, kpi: Kpi, changed: boolean, out: T): Promise<T> => {
  if (changed) await refreshGoalHealthQuietly(deps, [kpi.goalId]);
  return out;
};

export const recordMeasurement = async (deps: Deps, accountId: string, kpiId: string, input: MeasurementInput): Promise<RecordResult> => {
  const kpi = await authorized(deps, accountId, kpiId);
  const out = await recordUnchecked(deps, kpi, input, accountId);
  return refreshed(deps, kpi, out.outcome !== 'unchanged', out);
};

export interface MeasurementRef {
  kpiId: string;
  id: string;
  expectedRecordedAt: string;
}

const belongs = (m: Measurement | undefined, kpiId: string): Measurement | undefined => (m && m.kpiId === kpiId ? m : undefined);

export const correctMeasurement = async (deps: Deps, accountId: string, ref: MeasurementRef, change: { value: number; note: string }): Promise<Measurement> => {
  const kpi = await authorized(deps, accountId, ref.kpiId);
  if (kpi.source.kind !== 'manual') throw new AppFailure('VALIDATION', 'This KPI is measured automatically from JQL; its values cannot be changed by hand');
  const stamp = stampOf(deps, accountId);
  const out = await commit(
    deps,
    ref.id,
    (existing) => unwrap(decideCorrection(belongs(existing, ref.kpiId), ref.expectedRecordedAt, change, stamp)),
    accountId,
  );
  return refreshed(deps, kpi, out.outcome !== 'unchanged', out.measurement);
};

export const deleteMeasurement = async (deps: Deps, accountId: string, ref: MeasurementRef): Promise<{ id: string }> => {
  const kpi = await authorized(deps, accountId, ref.kpiId);
  const m = unwrap(decideDeletion(belongs(await deps.measurements.get(ref.id), ref.kpiId), ref.expectedRecordedAt));
  const audit: AuditEvent = {
    id: deps.auditId(),
    entity: 'measurement',
    entityId: m.id,
    action: 'delete',
    at: deps.now().toISOString(),
    by: accountId,
    before: m,
    after: null,
  };
  if ((await deps.measurements.remove(m, audit)) === 'conflict') throw new AppFailure('CONFLICT', 'Someone changed this measurement since you opened it');
  return refreshed(deps, kpi, true, { id: m.id });
};

/** The KPI's latest measurements, newest first: anyone who can see the scorecards may read them. */
export const listMeasurements = async (deps: Pick<Deps, 'catalog' | 'viewer' | 'kpis' | 'measurements'>, kpiId: string): Promise<Measurement[]> => {
  // The catalog is the viewer's: a KPI of a goal they may not see is not found either.
  await kpiWithGoal(deps, kpiId);
  return deps.measurements.recent(kpiId, 100);
};
