// Whether a KPI's latest value is too old to trust: no measurement within its cadence plus a grace period.
// Periods: weekly 7 days, monthly 31, quarterly 92. Grace: 3, 7 and 14 days, so a value recorded a little late
// (a weekly one on Monday instead of Friday, a monthly one in the first week of the month) is not flagged.
import type { Cadence, Kpi } from '../../shared/model/kpi';
import { daysBetween, formatDay } from './series';

export const CADENCE_DAYS: Record<Cadence, number> = { weekly: 7, monthly: 31, quarterly: 92 };
export const GRACE_DAYS: Record<Cadence, number> = { weekly: 3, monthly: 7, quarterly: 14 };
const EVERY: Record<Cadence, string> = { weekly: 'every week', monthly: 'every month', quarterly: 'every quarter' };

export interface Staleness {
  since: string | null;
  reason: string;
}

/** Null while fresh. Without any measurement, the clock starts at the baseline date. */
export const stalenessOf = (kpi: Pick<Kpi, 'cadence' | 'baseline'>, lastDate: string | null, today: string): Staleness | null => {
  const limit = CADENCE_DAYS[kpi.cadence] + GRACE_DAYS[kpi.cadence];
  const from = lastDate ?? kpi.baseline.date;
  const age = daysBetween(from, today);
  if (age <= limit) return null;
  const expected = `one is expected ${EVERY[kpi.cadence]}`;
  if (lastDate === null) return { since: null, reason: `No measurement yet, ${age} days after the baseline; ${expected}.` };
  return { since: lastDate, reason: `Last measured ${age} days ago, on ${formatDay(lastDate)}; ${expected}.` };
};
