// The diagnosis of a goal from two signals, each on track, off track or unknown:
// - delivery: the share of its work done against the share of its timeframe gone by. On track when the work is
//   at least DEFAULT_BANDS.onTrack (95%) of where the time says it should be; unknown without a progress figure
//   (roll-ups not available yet) or without a start and an end date.
// - outcome: its KPIs that have a current measurement (stale ones and ones without data are left out). On track
//   when none is off track and at least two thirds are on track.
// Both on track: in reach. Work on track, outcomes off: shift strategy. Both off: shift execution. Work off,
// outcomes fine: rebalance (the work may not be what drives the outcome). A missing signal says so, and says why
// when it is known: no work the viewer can see serves the goal is not the same as progress not counted yet.
// "Off track" for the outcome signal means "not all on track" (one KPI at risk is enough), so its headline
// says "not on track".
import type { Diagnosis, DiagnosisKind, Signal } from '../shared/api/scorecards';
import type { Timeframe } from '../shared/model/goal';
import { DEFAULT_BANDS, type KpiStatus } from '../shared/model/kpi';
import { clamp, daysBetween, formatPercent } from './kpi/series';

export interface DiagnosisInput {
  /** Share of the goal's work done (0…1), from the roll-ups; null when not known. */
  deliveryProgress: number | null;
  /**
   * True when no work the viewer can see serves the goal (or a goal below it): a null `deliveryProgress` then
   * says so instead of "not known yet". Absent or false: the usual wording.
   */
  noVisibleWork?: boolean;
  timeframe: Timeframe;
  /** The statuses of the goal's KPIs with a current measurement. */
  kpiStatuses: readonly KpiStatus[];
  /** KPIs left out of the outcome because they are stale or have no measurement yet. */
  leftOut: number;
  today: string;
}

interface Reading {
  signal: Signal;
  phrase: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Share of a timeframe gone by on `today` (0…1), the work's "expected by now"; null without a start and an end. */
export const elapsedShare = (timeframe: Timeframe, today: string): number | null => {
  const { start, end } = timeframe;
  if (!start || !end) return null;
  const span = daysBetween(start, end);
  return span <= 0 ? 1 : clamp(daysBetween(start, today) / span, 0, 1);
};

export const deliveryReading = (progress: number | null, timeframe: Timeframe, today: string, noVisibleWork = false): Reading => {
  if (progress === null || !Number.isFinite(progress)) {
    return { signal: 'unknown', phrase: noVisibleWork ? 'no work you can see serves this goal' : 'progress of the work is not known yet' };
  }
  const done = clamp(progress, 0, 1);
  const elapsed = elapsedShare(timeframe, today);
  if (elapsed === null) return { signal: 'unknown', phrase: `work is ${formatPercent(done)} done but the goal has no end date to measure it against` };
  const phrase = `work is ${formatPercent(done)} done with ${formatPercent(elapsed)} of the time gone`;
  if (elapsed === 0 || done >= 1) return { signal: 'on-track', phrase };
  return { signal: done / elapsed >= DEFAULT_BANDS.onTrack ? 'on-track' : 'off-track', phrase };
};

export const outcomeReading = (statuses: readonly KpiStatus[], leftOut: number): Reading => {
  const out = leftOut > 0 ? `${plural(leftOut, 'stale or empty KPI')} left out` : '';
  if (statuses.length === 0) return { signal: 'unknown', phrase: leftOut > 0 ? `no KPI has a current measurement (${out})` : 'the goal has no KPIs' };
  const onTrack = statuses.filter((s) => s === 'on-track').length;
  const atRisk = statuses.filter((s) => s === 'at-risk').length;
  const offTrack = statuses.filter((s) => s === 'off-track').length;
  const rest = [atRisk > 0 ? `${atRisk} at risk` : '', offTrack > 0 ? `${offTrack} off track` : ''].filter(Boolean).join(', ');
  const aside = [rest, out].filter(Boolean).join('; ');
  const phrase = `${onTrack} of ${plural(statuses.length, 'KPI')} on track${aside ? ` (${aside})` : ''}`;
  const fine = offTrack === 0 && onTrack * 3 >= statuses.length * 2;
  return { signal: fine ? 'on-track' : 'off-track', phrase };
};

const kindOf = (delivery: Signal, outcome: Signal): DiagnosisKind => {
  if (delivery === 'unknown' && outcome === 'unknown') return 'unknown';
  if (delivery === 'unknown') return 'outcomes-only';
  if (outcome === 'unknown') return 'delivery-only';
  if (delivery === 'on-track') return outcome === 'on-track' ? 'in-reach' : 'shift-strategy';
  return outcome === 'on-track' ? 'rebalance' : 'shift-execution';
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const diagnose = (input: DiagnosisInput): Diagnosis => {
  const d = deliveryReading(input.deliveryProgress, input.timeframe, input.today, input.noVisibleWork === true);
  const o = outcomeReading(input.kpiStatuses, input.leftOut);
  const kind = kindOf(d.signal, o.signal);
  const base = { kind, delivery: d.signal, outcome: o.signal };
  switch (kind) {
    case 'in-reach':
      return { ...base, headline: 'In reach', sentence: `In reach: ${d.phrase}, and ${o.phrase}.` };
    case 'shift-strategy':
      return {
        ...base,
        headline: 'Shift strategy',
        sentence: `Shift strategy: the work is on plan (${d.phrase}) but only ${o.phrase}; the work may not be moving the outcomes.`,
      };
    case 'shift-execution':
      return { ...base, headline: 'Shift execution', sentence: `Shift execution: the work is behind (${d.phrase}) and only ${o.phrase}.` };
    case 'rebalance':
      return {
        ...base,
        headline: 'Rebalance',
        sentence: `Rebalance: the work is behind (${d.phrase}) yet ${o.phrase}; the work may not be what drives the outcome.`,
      };
    case 'outcomes-only':
      return { ...base, headline: o.signal === 'on-track' ? 'Outcomes on track' : 'Outcomes not on track', sentence: `${capital(o.phrase)}; ${d.phrase}.` };
    case 'delivery-only':
      return { ...base, headline: d.signal === 'on-track' ? 'Work on plan' : 'Work behind plan', sentence: `${capital(d.phrase)}; ${o.phrase}.` };
    case 'unknown':
      return { ...base, headline: 'Not enough signal', sentence: `Not enough signal: ${o.phrase}, and ${d.phrase}.` };
    default: {
      const never: never = kind;
      return never;
    }
  }
};
