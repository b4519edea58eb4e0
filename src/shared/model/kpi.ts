// KPIs on a goal, tracked against targets, and the measurements recorded for them.
import { z } from 'zod';
import { AccountId, EntityId, FiniteNumber, IsoDate, Version, WellFormedText, isPlainLine, PLAIN_LINE } from './common';

/** The longest KPI name, for the server's schema and the UI's field. */
export const MAX_KPI_NAME_LENGTH = 255;

export const KpiCategory = z.enum(['operational', 'sales', 'customer', 'custom']);
export type KpiCategory = z.infer<typeof KpiCategory>;

export const Cadence = z.enum(['weekly', 'monthly', 'quarterly']);
export type Cadence = z.infer<typeof Cadence>;

export const KpiTarget = z.discriminatedUnion('direction', [
  z.object({ direction: z.literal('increase'), value: FiniteNumber }),
  z.object({ direction: z.literal('decrease'), value: FiniteNumber }),
  z.object({ direction: z.literal('range'), min: FiniteNumber, max: FiniteNumber }),
]);
export type KpiTarget = z.infer<typeof KpiTarget>;

/** Fractions of the progress expected by now: at or above onTrack is on track, at or above atRisk is at risk. */
export const HealthBands = z.object({ onTrack: z.number().min(0).max(2), atRisk: z.number().min(0).max(2) });
export type HealthBands = z.infer<typeof HealthBands>;
export const DEFAULT_BANDS: HealthBands = { onTrack: 0.95, atRisk: 0.85 };

export const KpiSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('jql-count'), jql: z.string().min(1).max(2000) }),
  z.object({ kind: z.literal('jql-ratio'), numerator: z.string().min(1).max(2000), denominator: z.string().min(1).max(2000) }),
]);
export type KpiSource = z.infer<typeof KpiSource>;

export const Kpi = z.object({
  id: EntityId,
  goalId: EntityId,
  name: z.string().trim().min(1).max(MAX_KPI_NAME_LENGTH),
  category: KpiCategory,
  unit: z.string().max(32),
  baseline: z.object({ value: FiniteNumber, date: IsoDate }),
  target: KpiTarget,
  targetDate: IsoDate,
  bands: HealthBands.nullable(),
  cadence: Cadence,
  source: KpiSource,
  version: Version,
});
export type Kpi = z.infer<typeof Kpi>;

export const Measurement = z.object({
  id: EntityId,
  kpiId: EntityId,
  date: IsoDate,
  value: FiniteNumber,
  note: z.string().max(2000),
  by: AccountId,
  recordedAt: z.string(),
});
export type Measurement = z.infer<typeof Measurement>;

// ---- What editors and recorders send, and what the scorecards answer ----

/** The calendar window the app accepts for KPI dates: wide enough for any plan, narrow enough to catch typos. */
export const EARLIEST_KPI_DATE = '2000-01-01';
export const LATEST_KPI_DATE = '2100-12-31';
export const KpiDate = IsoDate.refine((d) => d >= EARLIEST_KPI_DATE && d <= LATEST_KPI_DATE, `must be between ${EARLIEST_KPI_DATE} and ${LATEST_KPI_DATE}`);

/** Values up to ±10^12: any realistic KPI, and nothing that loses precision on the way. */
export const MAX_KPI_MAGNITUDE = 1e12;
export const KpiValue = FiniteNumber.refine((v) => Math.abs(v) <= MAX_KPI_MAGNITUDE, 'must be at most 10^12 in size');

export const MAX_NOTE_LENGTH = 2000;
export const MAX_JQL_LENGTH = 2000;

/** Who recorded a measurement that the app computed itself (the automatic measures job). */
export const APP_ACTOR = 'app:throughline';

const Jql = WellFormedText.trim().min(1).max(MAX_JQL_LENGTH);

export const KpiSourceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }).strict(),
  z.object({ kind: z.literal('jql-count'), jql: Jql }).strict(),
  z.object({ kind: z.literal('jql-ratio'), numerator: Jql, denominator: Jql }).strict(),
]);

/** The fields an editor sets on a KPI; id and version belong to the app. Cross-field rules are checked here so
 *  the UI can show them before saving. */
export const KpiInput = z
  .object({
    goalId: EntityId,
    name: WellFormedText.trim().min(1).max(MAX_KPI_NAME_LENGTH).refine(isPlainLine, PLAIN_LINE),
    category: KpiCategory,
    unit: WellFormedText.trim().max(32),
    baseline: z.object({ value: KpiValue, date: KpiDate }).strict(),
    target: z.discriminatedUnion('direction', [
      z.object({ direction: z.literal('increase'), value: KpiValue }).strict(),
      z.object({ direction: z.literal('decrease'), value: KpiValue }).strict(),
      z.object({ direction: z.literal('range'), min: KpiValue, max: KpiValue }).strict(),
    ]),
    targetDate: KpiDate,
    bands: HealthBands.strict().nullable(),
    cadence: Cadence,
    source: KpiSourceInput,
  })
  .strict()
  .superRefine((k, ctx) => {
    if (k.targetDate <= k.baseline.date) ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'must be after the baseline date' });
    if (k.target.direction === 'range' && !(k.target.min < k.target.max))
      ctx.addIssue({ code: 'custom', path: ['target', 'max'], message: 'must be above the minimum' });
    if (k.bands && k.bands.atRisk > k.bands.onTrack)
      ctx.addIssue({ code: 'custom', path: ['bands', 'atRisk'], message: 'must not be above the on-track band' });
  });
export type KpiInput = z.infer<typeof KpiInput>;

/** One value of a KPI on one day. A KPI has at most one value per day: recording again on that day replaces it. */
export const MeasurementInput = z.object({ date: KpiDate, value: KpiValue, note: WellFormedText.max(MAX_NOTE_LENGTH).default('') }).strict();
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export const KPI_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export const KpiStatus = z.enum(KPI_STATUSES);
export type KpiStatus = z.infer<typeof KpiStatus>;

export const SeriesPoint = z.object({ date: IsoDate, value: z.number() });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const Trend = z.object({
  direction: z.enum(['up', 'down', 'flat']),
  /** Whether the movement is good for this KPI's direction; null when flat or when it cannot tell. */
  good: z.boolean().nullable(),
  /** Least-squares change per day over the recent points, in the KPI's unit. */
  perDay: z.number(),
  points: z.number().int(),
});
export type Trend = z.infer<typeof Trend>;

export const Forecast = z.object({
  /** The value expected at the target date: a linear fit ('fit'), or the value measured once the date has passed ('final'). */
  value: z.number(),
  basis: z.enum(['fit', 'final']),
  reachable: z.boolean(),
});
export type Forecast = z.infer<typeof Forecast>;

export const KpiEvaluation = z.object({
  current: SeriesPoint.nullable(),
  /** Null until there is a measurement. */
  status: KpiStatus.nullable(),
  /** What the plan expects on the current measurement's day (for a range: null). */
  expected: z.number().nullable(),
  /** Achieved share of the progress expected by then (1 = exactly on plan); null where not defined. */
  ratio: z.number().nullable(),
  trend: Trend.nullable(),
  forecast: Forecast.nullable(),
  /** Set when no measurement arrived within the cadence (or the automatic measure failed), with why. */
  stale: z.object({ since: IsoDate.nullable(), reason: z.string() }).nullable(),
  /** One sentence with the numbers behind the status. */
  explanation: z.string(),
});
export type KpiEvaluation = z.infer<typeof KpiEvaluation>;

/** The last run of the automatic measure of a JQL-sourced KPI. */
export const AutoMeasureRun = z.object({
  kpiId: EntityId,
  at: z.string(),
  outcome: z.enum(['ok', 'failed']),
  /** Why the run failed, in words; empty after a success. */
  reason: z.string().max(500),
  /** When a run last succeeded, and its value: what the scorecard keeps showing after a failure. */
  lastGoodAt: z.string().nullable(),
  lastGoodValue: z.number().nullable(),
});
export type AutoMeasureRun = z.infer<typeof AutoMeasureRun>;
