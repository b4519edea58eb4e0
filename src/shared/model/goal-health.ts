// A goal's KPI health, summarised for compact markers (the issue panel's chain): one state, the counts behind
// it and the day it was evaluated on. Materialized in storage, because a KPI's status depends on the day.
import { z } from 'zod';
import { IsoDate } from './common';

export const GOAL_HEALTH_STATES = ['on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'no-kpis'] as const;
export const GoalHealthState = z.enum(GOAL_HEALTH_STATES);
export type GoalHealthState = z.infer<typeof GoalHealthState>;

const Count = z.number().int().nonnegative();

export const GoalHealth = z.object({
  /** The worst current KPI status; 'stale' when no KPI has a current value but some have an old one;
   *  'no-data' when its KPIs have no measurement yet; 'no-kpis' when it has none. */
  state: GoalHealthState,
  kpis: Count,
  onTrack: Count,
  atRisk: Count,
  offTrack: Count,
  /** KPIs whose latest value is older than their cadence allows (or whose automatic measure failed). */
  stale: Count,
  /** KPIs without any measurement yet. */
  noData: Count,
  /** The day the statuses were evaluated on ('YYYY-MM-DD', UTC), and the moment they were computed. */
  asOf: IsoDate,
  computedAt: z.string(),
});
export type GoalHealth = z.infer<typeof GoalHealth>;

/** What a reader who may see none of a goal's work is told, in the diagnosis and above the work (never "not known yet"). */
export const NO_VISIBLE_WORK = "You can't see any of the work behind this goal";

/** Words for a state, short enough for a marker beside a goal's title. */
export const GOAL_HEALTH_LABEL: Record<GoalHealthState, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  stale: 'Stale',
  'no-data': 'No data',
  'no-kpis': 'No KPIs',
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One sentence with the counts behind a state, e.g. "2 of 3 KPIs on track, 1 at risk". */
export const goalHealthSentence = (h: GoalHealth): string => {
  if (h.kpis === 0) return 'This goal has no KPIs of its own (its sub-goals may have some)';
  const rest = [
    h.atRisk > 0 ? `${h.atRisk} at risk` : '',
    h.offTrack > 0 ? `${h.offTrack} off track` : '',
    h.stale > 0 ? `${h.stale} stale` : '',
    h.noData > 0 ? `${h.noData} without data` : '',
  ].filter(Boolean);
  return `${h.onTrack} of ${plural(h.kpis, 'KPI')} on track${rest.length > 0 ? `, ${rest.join(', ')}` : ''}`;
};
