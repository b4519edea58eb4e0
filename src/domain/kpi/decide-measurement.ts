// Decisions on measurements. A KPI has at most one value per day, kept under a key made of the KPI and the day,
// so recording the same value twice changes nothing and recording another value that day replaces it. A
// correction or deletion names the recording it saw (recordedAt) and is refused with CONFLICT when it changed.
import type { Kpi, Measurement, MeasurementInput } from '../../shared/model/kpi';
import { APP_ACTOR } from '../../shared/model/kpi';
import { refuse, success, type Result } from '../result';
import { addDays } from './series';

export interface Stamp {
  /** Today, in the app's calendar (UTC). */
  today: string;
  by: string;
  at: string;
}

export type RecordDecision = { outcome: 'created' | 'replaced'; measurement: Measurement } | { outcome: 'unchanged'; measurement: Measurement };

/** The storage id of a KPI's value on one day. */
export const measurementId = (kpiId: string, date: string): string => `m-${kpiId}-${date}`;

const dateProblem = (kpi: Kpi, date: string, today: string): Result<never> | null => {
  // One day of slack: "today" in Sydney is still tomorrow in UTC.
  if (date > addDays(today, 1)) return refuse('VALIDATION', 'A measurement cannot be dated in the future', [{ path: 'input.date', message: `after ${today}` }]);
  if (date < kpi.baseline.date)
    return refuse('VALIDATION', `A measurement cannot be dated before the KPI's baseline (${kpi.baseline.date})`, [
      { path: 'input.date', message: `before ${kpi.baseline.date}` },
    ]);
  return null;
};

export const decideRecord = (kpi: Kpi, existing: Measurement | undefined, input: MeasurementInput, stamp: Stamp): Result<RecordDecision> => {
  if (kpi.source.kind !== 'manual' && stamp.by !== APP_ACTOR) {
    return refuse('VALIDATION', 'This KPI is measured automatically from JQL; its values cannot be entered by hand');
  }
  const problem = dateProblem(kpi, input.date, stamp.today);
  if (problem) return problem;
  if (existing && existing.value === input.value && existing.note === input.note) return success({ outcome: 'unchanged', measurement: existing });
  const measurement: Measurement = {
    id: measurementId(kpi.id, input.date),
    kpiId: kpi.id,
    date: input.date,
    value: input.value,
    note: input.note,
    by: stamp.by,
    recordedAt: stamp.at,
  };
  return success({ outcome: existing ? 'replaced' : 'created', measurement });
};

const seen = (existing: Measurement | undefined, expectedRecordedAt: string): Result<Measurement> => {
  if (!existing) return refuse('NOT_FOUND', 'This measurement does not exist (any more)');
  if (existing.recordedAt !== expectedRecordedAt) return refuse('CONFLICT', 'Someone changed this measurement since you opened it', { current: existing });
  return success(existing);
};

export const decideCorrection = (
  existing: Measurement | undefined,
  expectedRecordedAt: string,
  change: { value: number; note: string },
  stamp: Stamp,
): Result<RecordDecision> => {
  const found = seen(existing, expectedRecordedAt);
  if (!found.ok) return found;
  const m = found.value;
  if (m.value === change.value && m.note === change.note) return success({ outcome: 'unchanged', measurement: m });
  return success({ outcome: 'replaced', measurement: { ...m, value: change.value, note: change.note, by: stamp.by, recordedAt: stamp.at } });
};

export const decideDeletion = (existing: Measurement | undefined, expectedRecordedAt: string): Result<Measurement> => seen(existing, expectedRecordedAt);
