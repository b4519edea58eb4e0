// The trend of a KPI over its most recent measurements: up, down or flat, and whether that is good for the
// KPI's direction. Flat means the fitted change across those points is under 2% of the KPI's scale (the
// distance from baseline to target, or the width of the range).
import type { Kpi, SeriesPoint, Trend } from '../../shared/model/kpi';
import { linearFit } from './fit';
import { daysBetween } from './series';

export const TREND_POINTS = 6;
export const FLAT_SHARE = 0.02;

export const scaleOf = (kpi: Pick<Kpi, 'baseline' | 'target'>, points: readonly SeriesPoint[]): number => {
  const t = kpi.target;
  const span = t.direction === 'range' ? t.max - t.min : Math.abs(t.value - kpi.baseline.value);
  if (span > 0) return span;
  const level = t.direction === 'range' ? Math.abs(t.max) : Math.abs(t.value);
  return level || Math.abs(points.at(-1)?.value ?? 0) || 1;
};

const goodness = (kpi: Pick<Kpi, 'target'>, direction: 'up' | 'down', last: number): boolean => {
  const t = kpi.target;
  if (t.direction === 'increase') return direction === 'up';
  if (t.direction === 'decrease') return direction === 'down';
  // A range: moving towards its middle is good, away from it is not.
  const middle = (t.min + t.max) / 2;
  return last > middle ? direction === 'down' : direction === 'up';
};

/** Null with fewer than two measurements. `series` must be sorted by date (see toSeries). */
export const trendOf = (kpi: Pick<Kpi, 'baseline' | 'target'>, series: readonly SeriesPoint[]): Trend | null => {
  const recent = series.slice(-TREND_POINTS);
  const line = linearFit(recent);
  if (!line) return null;
  const change = line.slope * daysBetween(recent[0]!.date, recent.at(-1)!.date);
  if (Math.abs(change) < FLAT_SHARE * scaleOf(kpi, series)) return { direction: 'flat', good: null, perDay: line.slope, points: recent.length };
  const direction = change > 0 ? 'up' : 'down';
  return { direction, good: goodness(kpi, direction, recent.at(-1)!.value), perDay: line.slope, points: recent.length };
};
