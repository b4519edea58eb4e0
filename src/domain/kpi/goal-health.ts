// A goal's KPI health for compact markers: each KPI evaluated exactly as its scorecard card is, counted as the
// scorecards count, and folded into one state: the worst current status, so a marker never hides a KPI that is
// off track; without any current status, stale (old values) before no data (none yet).
import type { GoalHealth, GoalHealthState } from '../../shared/model/goal-health';
import { DEFAULT_BANDS, type HealthBands } from '../../shared/model/kpi';
import { countStatuses, kpiCard, type KpiData } from './scorecard';

type Counts = Pick<GoalHealth, 'kpis' | 'onTrack' | 'atRisk' | 'offTrack' | 'stale' | 'noData'>;

export const healthState = (c: Counts): GoalHealthState => {
  if (c.kpis === 0) return 'no-kpis';
  if (c.offTrack > 0) return 'off-track';
  if (c.atRisk > 0) return 'at-risk';
  if (c.onTrack > 0) return 'on-track';
  if (c.stale > 0) return 'stale';
  return 'no-data';
};

/** `today` is the day evaluated ('YYYY-MM-DD'); `computedAt` the moment, kept to say "as of". */
export const goalHealth = (kpis: readonly KpiData[], today: string, computedAt: string, defaultBands: HealthBands = DEFAULT_BANDS): GoalHealth => {
  const counts = countStatuses(kpis.map((k) => kpiCard(k, today, defaultBands)));
  const c: Counts = { kpis: kpis.length, ...counts };
  return { state: healthState(c), ...c, asOf: today, computedAt };
};
