// The diagnosis of a goal from two signals, each on track, off track or unknown:
// - delivery: the share of its work done against the share of its timeframe gone by. On track when the work is
//   at least DEFAULT_BANDS.onTrack (95%) of where the time says it should be; unknown without a progress figure
//   (roll-ups not available yet) or without a start and an end date.
// - outcome: its KPIs that have a current measurement (stale ones and ones without data are left out). On track
//   when none is off track and at least two thirds are on track.
// Both on track: in reach. Work on track, outcomes off: shift strategy. Both off: shift execution. Work off,
// outcomes fine: rebalance (the work may not be what drives the outcome). Each sentence opens with what to do;
// a missing signal says why it is missing and what gives it: a reader who sees none of the work is told exactly
// that, which is not the same as work not counted yet.
// "Off track" for the outcome signal means "not all on track" (one KPI at risk is enough), so its headline
// says "not on track".
import type { Diagnosis, DiagnosisKind, Signal } from '../shared/api/scorecards';
import type { Timeframe } from '../shared/model/goal';
import { DEFAULT_BANDS, type KpiStatus } from '../shared/model/kpi';
import { NO_VISIBLE_WORK } from '../shared/model/goal-health';
import { clamp, daysBetween, formatPercent } from './kpi/series';
import type { Level } from '../shared/levels';

export interface DiagnosisInput {
  /** Share of the goal's work done (0…1), from the roll-ups; null when not known. */
  deliveryProgress: number | null;
  /**
   * True when no work the viewer can see serves the goal (or a goal below it): a null `deliveryProgress` then
   * says exactly that (NO_VISIBLE_WORK). Absent or false: the work is there but none of it is counted yet.
   */
  noVisibleWork?: boolean;
  /**
   * True when no work at all serves the goal or a goal below it, seen by the viewer or not: a null `deliveryProgress`
   * then says there is no work aligned yet (not that the reader cannot see it). Wins over `noVisibleWork`.
   */
  noWorkAligned?: boolean;
  /** The goal's level: a process is an ongoing function, so without an end date its work is not judged against time. */
  level?: Level;
  /** Whose KPIs the statuses are: the goal's own (default) or its whole branch's (the organisation scorecard). */
  kpiScope?: 'goal' | 'branch';
  timeframe: Timeframe;
  /** The statuses of the goal's KPIs with a current measurement. */
  kpiStatuses: readonly KpiStatus[];
  /** KPIs left out of the outcome because they are stale or have no measurement yet. */
  leftOut: number;
  today: string;
}

/** Why a signal is unknown, so that the sentence says what gives it. */
type Missing = 'unseen' | 'unaligned' | 'uncounted' | 'no-end' | 'ongoing' | 'no-kpis' | 'no-current';

interface Reading {
  signal: Signal;
  phrase: string;
  missing?: Missing;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Share of a timeframe gone by on `today` (0…1), the work's "expected by now"; null without a start and an end. */
export const elapsedShare = (timeframe: Timeframe, today: string): number | null => {
  const { start, end } = timeframe;
  if (!start || !end) return null;
  const span = daysBetween(start, end);
  return span <= 0 ? 1 : clamp(daysBetween(start, today) / span, 0, 1);
};

export interface WorkFacts {
  /** No work the viewer can see serves the goal (some may, out of their sight). */
  noVisibleWork?: boolean;
  /** No work at all serves the goal. */
  noWorkAligned?: boolean;
  level?: Level;
}

export const deliveryReading = (progress: number | null, timeframe: Timeframe, today: string, work: WorkFacts = {}): Reading => {
  if (progress === null || !Number.isFinite(progress)) {
    if (work.noWorkAligned) return { signal: 'unknown', phrase: 'no work is aligned to it yet', missing: 'unaligned' };
    return work.noVisibleWork
      ? { signal: 'unknown', phrase: lower(NO_VISIBLE_WORK), missing: 'unseen' }
      : { signal: 'unknown', phrase: 'none of its work is counted yet', missing: 'uncounted' };
  }
  const done = clamp(progress, 0, 1);
  const elapsed = elapsedShare(timeframe, today);
  if (elapsed === null && work.level === 'process' && !timeframe.end) {
    // A process is an ongoing function: it has no end to reach, so its outcomes (KPIs) say how it goes.
    return { signal: 'unknown', phrase: `work is ${formatPercent(done)} done; an ongoing process is not measured against an end date`, missing: 'ongoing' };
  }
  if (elapsed === null) {
    return { signal: 'unknown', phrase: `work is ${formatPercent(done)} done but the goal has no end date to measure it against`, missing: 'no-end' };
  }
  const phrase = `work is ${formatPercent(done)} done with ${formatPercent(elapsed)} of the time gone`;
  if (elapsed === 0 || done >= 1) return { signal: 'on-track', phrase };
  return { signal: done / elapsed >= DEFAULT_BANDS.onTrack ? 'on-track' : 'off-track', phrase };
};

export const outcomeReading = (statuses: readonly KpiStatus[], leftOut: number, scope: 'goal' | 'branch' = 'goal'): Reading => {
  const out = leftOut > 0 ? `${plural(leftOut, 'stale or empty KPI')} left out` : '';
  if (statuses.length === 0) {
    return leftOut > 0
      ? { signal: 'unknown', phrase: `no KPI has a current measurement (${out})`, missing: 'no-current' }
      : { signal: 'unknown', phrase: scope === 'branch' ? 'no goal of the branch has KPIs' : 'the goal has no KPIs', missing: 'no-kpis' };
  }
  const onTrack = statuses.filter((s) => s === 'on-track').length;
  const atRisk = statuses.filter((s) => s === 'at-risk').length;
  const offTrack = statuses.filter((s) => s === 'off-track').length;
  const rest = [atRisk > 0 ? `${atRisk} at risk` : '', offTrack > 0 ? `${offTrack} off track` : ''].filter(Boolean).join(', ');
  const aside = [rest, out].filter(Boolean).join('; ');
  const where = scope === 'branch' ? ' across the branch' : '';
  const phrase = `${onTrack} of ${plural(statuses.length, 'KPI')}${where} on track${aside ? ` (${aside})` : ''}`;
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

/** What gives a missing signal, as the start of a sentence; nothing when nobody need do anything (the reader cannot
 *  see the work, or a process runs on without an end). */
const TO_DO: Record<Exclude<Missing, 'unseen' | 'ongoing'>, string> = {
  unaligned: 'align a project or tag epics with this goal to measure its pace',
  uncounted: 'align work to this goal (epics with their issues) to measure its pace',
  'no-end': 'give the goal an end date to measure its work against',
  'no-kpis': 'add a KPI to see whether the outcomes follow',
  'no-current': 'record current values of its KPIs',
};
const toDo = (r: Reading): string => (r.missing && r.missing !== 'unseen' && r.missing !== 'ongoing' ? TO_DO[r.missing] : '');

export const diagnose = (input: DiagnosisInput): Diagnosis => {
  const d = deliveryReading(input.deliveryProgress, input.timeframe, input.today, {
    noVisibleWork: input.noVisibleWork === true,
    noWorkAligned: input.noWorkAligned === true,
    ...(input.level ? { level: input.level } : {}),
  });
  const o = outcomeReading(input.kpiStatuses, input.leftOut, input.kpiScope);
  const kind = kindOf(d.signal, o.signal);
  const base = { kind, delivery: d.signal, outcome: o.signal };
  const unseen = d.missing === 'unseen';
  const ongoing = d.missing === 'ongoing';
  switch (kind) {
    case 'in-reach':
      return { ...base, headline: 'In reach', sentence: `Keep going: ${d.phrase}, and ${o.phrase}.` };
    case 'shift-strategy':
      return {
        ...base,
        headline: 'Shift strategy',
        sentence: `Change what the work is: it is on plan (${d.phrase}) but only ${o.phrase}, so this work is not moving the outcomes.`,
      };
    case 'shift-execution':
      return { ...base, headline: 'Shift execution', sentence: `Get the work back on plan: it is behind (${d.phrase}) and only ${o.phrase}.` };
    case 'rebalance':
      return {
        ...base,
        headline: 'Rebalance',
        sentence: `Move effort to where it counts: the outcomes are on track (${o.phrase}) though the work is behind (${d.phrase}), so trim the work that does not drive them or lend its people to goals that need them.`,
      };
    case 'outcomes-only':
      return {
        ...base,
        headline: o.signal === 'on-track' ? 'Outcomes on track' : 'Outcomes not on track',
        sentence: unseen
          ? `${NO_VISIBLE_WORK}; ${o.phrase}.`
          : ongoing
            ? `Judge it by its outcomes: ${o.phrase}; ${d.phrase}.`
            : `${capital(toDo(d))}: ${o.phrase}; ${d.phrase}.`,
      };
    case 'delivery-only':
      return { ...base, headline: d.signal === 'on-track' ? 'Work on plan' : 'Work behind plan', sentence: `${capital(toDo(o))}: ${d.phrase}; ${o.phrase}.` };
    case 'unknown':
      return {
        ...base,
        headline: 'Not enough signal',
        sentence: unseen
          ? `${NO_VISIBLE_WORK}, and ${o.phrase}.`
          : ongoing
            ? `${capital(toDo(o))}: ${o.phrase}; ${d.phrase}.`
            : `${capital(toDo(o))}, and ${toDo(d)}: ${o.phrase}, and ${d.phrase}.`,
      };
    default: {
      const never: never = kind;
      return never;
    }
  }
};
