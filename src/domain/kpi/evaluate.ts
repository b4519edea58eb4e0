// Evaluates one KPI on a given day from its measurements: status against the plan, trend, forecast and
// staleness, each explained. Measurements may arrive in any order and with repeated days (see toSeries).
import { DEFAULT_BANDS, type AutoMeasureRun, type HealthBands, type Kpi, type KpiEvaluation, type Measurement, type SeriesPoint } from '../../shared/model/kpi';
import { forecastOf } from './forecast';
import { dayOf, formatDay, toSeries } from './series';
import { stalenessOf, type Staleness } from './stale';
import { statusAt } from './status';
import { trendOf } from './trend';

type Recorded = Pick<Measurement, 'date' | 'value' | 'recordedAt'>;

/** A failed automatic run makes the KPI stale at once, whatever its age: the value shown is the last good one. */
const automaticStaleness = (run: AutoMeasureRun | null, current: SeriesPoint | null): Staleness | null => {
  if (!run || run.outcome !== 'failed') return null;
  const kept = current ? ` Showing the last good value, from ${formatDay(current.date)}.` : ' There is no good value yet.';
  return { since: current?.date ?? null, reason: `The automatic measure failed on ${formatDay(dayOf(run.at))}: ${run.reason}.${kept}` };
};

/** `defaultBands` apply to KPIs without bands of their own (the admin page's default). */
export const evaluateSeries = (
  kpi: Kpi,
  series: readonly SeriesPoint[],
  today: string,
  run: AutoMeasureRun | null = null,
  defaultBands: HealthBands = DEFAULT_BANDS,
): KpiEvaluation => {
  const current = series.at(-1) ?? null;
  const stale = automaticStaleness(run, current) ?? stalenessOf(kpi, current?.date ?? null, today);
  if (!current) {
    return { current: null, status: null, expected: null, ratio: null, trend: null, forecast: null, stale, explanation: 'No measurement yet.' };
  }
  const status = statusAt(kpi, current, defaultBands);
  return {
    current,
    status: status.status,
    expected: status.expected,
    ratio: status.ratio,
    trend: trendOf(kpi, series),
    forecast: forecastOf(kpi, series, today),
    stale,
    explanation: status.explanation,
  };
};

export const evaluateKpi = (
  kpi: Kpi,
  measurements: readonly Recorded[],
  today: string,
  run: AutoMeasureRun | null = null,
  defaultBands: HealthBands = DEFAULT_BANDS,
): KpiEvaluation => evaluateSeries(kpi, toSeries(measurements), today, run, defaultBands);
