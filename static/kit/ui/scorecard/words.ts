// Words, icons and tones of the scorecards: one place, so status is always told by icon and word, never by
// colour alone.
import type { Diagnosis, DiagnosisKind } from '../../../../src/shared/api/scorecards';
import { CONFIDENCE_LABEL, type CheckInDue, type CheckInSummary } from '../../../../src/shared/model/check-in';
import type { Cadence, KpiCategory, KpiEvaluation, KpiStatus, KpiTarget } from '../../../../src/shared/model/kpi';
import type { Tone } from '../Lozenge';
import { dayWords, MONTH_ABBREVIATIONS } from '../../../../src/shared/day-words';
import { numberWords } from '../../../../src/shared/number-words';
import { formatDay } from '../dates';
import { HEALTH_LOOK, type Look } from '../looks';

/** A KPI's status is on the goal health scale, so it takes the same looks (static/kit/ui/looks.ts). */
export const STATUS: Record<KpiStatus, Look> = {
  'on-track': HEALTH_LOOK['on-track'],
  'at-risk': HEALTH_LOOK['at-risk'],
  'off-track': HEALTH_LOOK['off-track'],
};
export const NO_DATA: Look = HEALTH_LOOK['no-data'];
export const STALE: Look = HEALTH_LOOK.stale;

export const CATEGORY: Record<KpiCategory, string> = {
  operational: 'Operational efficiency',
  sales: 'Sales performance',
  customer: 'Customer satisfaction',
  custom: 'Custom',
};

export const CADENCE: Record<Cadence, string> = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' };

export const DIAGNOSIS_TONE: Record<DiagnosisKind, Tone> = {
  'in-reach': 'success',
  'shift-strategy': 'warning',
  'shift-execution': 'danger',
  rebalance: 'warning',
  'outcomes-only': 'neutral',
  'delivery-only': 'neutral',
  unknown: 'neutral',
};
export const DIAGNOSIS_ICON: Record<DiagnosisKind, string> = {
  'in-reach': '✓',
  'shift-strategy': '↻',
  'shift-execution': '⚠',
  rebalance: '⇄',
  'outcomes-only': '◐',
  'delivery-only': '◐',
  unknown: '?',
};

/**
 * The two judgements a KPI row shows side by side, named so they are not read as one: where the latest value stands
 * now, and where the trend takes it by the target date. A KPI can be at risk today and in reach, or the other way.
 */
export const KPI_COLUMN = {
  status: { label: 'Status today', title: 'Where the latest value stands against the target now' },
  forecast: {
    label: 'Forecast at target date',
    title: 'Where the trend puts the value on the target date: a KPI at risk today can still be in reach, and one on track can be heading out of reach',
  },
} as const;

/** Under a page of scorecards, on the Scorecards tab and in the macro alike: "Showing the scorecards of 50 of 600 goals." */
export const scorecardsShown = (shown: number, total: number): string =>
  `Showing the scorecards of ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} goals.`;

export const CHECK_IN_STATE: Record<CheckInDue['state'], string> = { 'not-expected': 'Not expected', 'on-time': 'On time', overdue: 'Overdue' };

export const num = numberWords;

/** A value with its unit: "$45.2M", "91.1%", "13 hours". */
export const withUnit = (v: number, unit: string): string => {
  if (unit === '') return num(v);
  if (unit === '%') return `${num(v)}%`;
  if (unit.startsWith('$')) return `$${num(v)}${unit.slice(1)}`;
  return `${num(v)} ${unit}`;
};

/** '2026-11-28' → '28 Nov 2026', as the server's sentences write days. */
export const day = (iso: string): string => {
  const month = MONTH_ABBREVIATIONS[Number(iso.slice(5, 7)) - 1];
  return month && /^\d{4}-\d{2}-\d{2}/.test(iso) ? dayWords(iso) : iso;
};

export const targetWords = (t: KpiTarget, unit: string): string =>
  t.direction === 'range' ? `${withUnit(t.min, unit)}–${withUnit(t.max, unit)}` : `${t.direction === 'increase' ? '≥' : '≤'} ${withUnit(t.value, unit)}`;

export const TREND_ARROW = { up: '↗', down: '↘', flat: '→' } as const;

export const trendWords = (e: KpiEvaluation): string => {
  if (!e.trend) return 'Not enough data';
  const dir = { up: 'Rising', down: 'Falling', flat: 'Flat' }[e.trend.direction];
  return e.trend.good === null ? dir : `${dir}, ${e.trend.good ? 'good' : 'bad'}`;
};

/** Whether the target is in reach at its date, with an icon: "✓ In reach", "✕ Target missed". */
export const forecastWords = (f: NonNullable<KpiEvaluation['forecast']>): { icon: string; word: string } => ({
  icon: f.reachable ? '✓' : '✕',
  word: f.basis === 'final' ? (f.reachable ? 'Target met' : 'Target missed') : f.reachable ? 'In reach' : 'Out of reach',
});

/**
 * Whose KPIs a verdict judges, said beside it wherever one is shown: a strategy goal's own card (workspace, goal page,
 * Confluence macro) judges its own KPIs; the organisation scorecard judges its whole branch's. Both count the work of
 * the whole branch. Without the label the same goal read "In reach" in one place and "Shift strategy" in another.
 */
export type DiagnosisScope = 'goal' | 'branch';
export const DIAGNOSIS_SCOPE: Record<DiagnosisScope, { label: string; title: string }> = {
  goal: { label: 'Own KPIs', title: 'Judged on this goal’s own KPIs and the work of its whole branch' },
  branch: { label: 'Whole branch', title: 'Judged on the KPIs of this goal and of every goal below it, and the work of its whole branch' },
};

/** The label beside a verdict: a goal's own card judged on its work alone (it has no KPIs of its own) says "Work", not
 *  "Own KPIs". */
export const scopeLabel = (scope: DiagnosisScope, kind: Diagnosis['kind']): { label: string; title: string } =>
  scope === 'goal' && kind === 'delivery-only'
    ? { label: 'Work', title: 'Judged on the work of its whole branch: this goal has no KPIs of its own' }
    : DIAGNOSIS_SCOPE[scope];

/** A diagnosis's verdict as good, bad or not known: with one signal missing it follows the one that is known. */
export const verdictOf = (d: Pick<Diagnosis, 'kind' | 'delivery' | 'outcome'>): 'good' | 'bad' | 'unknown' => {
  const known = d.kind === 'outcomes-only' ? d.outcome : d.kind === 'delivery-only' ? d.delivery : null;
  if (known !== null) return known === 'on-track' ? 'good' : 'bad';
  return d.kind === 'in-reach' ? 'good' : d.kind === 'unknown' ? 'unknown' : 'bad';
};

const SAYS: Record<KpiStatus, string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' };

/**
 * When the people who run the goal and its figures disagree, one sentence that says so under the diagnosis (after
 * "Last check-in:"): it says at risk or off track while the figures say in reach, or on track while they call for a
 * shift. Null when they agree, or there is no check-in or no verdict.
 */
export const checkInDisagrees = (
  d: Pick<Diagnosis, 'kind' | 'delivery' | 'outcome' | 'headline'>,
  last: Pick<CheckInSummary, 'date' | 'status' | 'confidence'> | null,
): string | null => {
  if (!last) return null;
  const verdict = verdictOf(d);
  const said = `${SAYS[last.status]} on ${formatDay(last.date)} (confidence: ${CONFIDENCE_LABEL[last.confidence as keyof typeof CONFIDENCE_LABEL].toLowerCase()})`;
  if (verdict === 'good' && last.status !== 'on-track') return `${said}, while the figures say it is in reach: the people may know something the figures miss.`;
  if (verdict === 'bad' && last.status === 'on-track')
    return `${said}, while the figures say “${d.headline}”: the next check-in should say what it rests on, or act on the figures.`;
  return null;
};
