// Where a KPI will be on its target date, by a least-squares line through its recent measurements (the last
// FORECAST_POINTS), and whether that reaches the target. Once the target date has passed, the forecast is what
// was measured: the last value on or before the target date (or the first after it, when none was before).
import type { Forecast, Kpi, KpiTarget, SeriesPoint } from '../../shared/model/kpi';
import { linearFit } from './fit';

export const FORECAST_POINTS = 26;

export const meetsTarget = (target: KpiTarget, value: number): boolean => {
  switch (target.direction) {
    case 'increase':
      return value >= target.value;
    case 'decrease':
      return value <= target.value;
    case 'range':
      return value >= target.min && value <= target.max;
    default: {
      const never: never = target;
      return never;
    }
  }
};

/** Null when there is nothing to fit (fewer than two measurements before the target date has passed). */
export const forecastOf = (kpi: Pick<Kpi, 'target' | 'targetDate'>, series: readonly SeriesPoint[], today: string): Forecast | null => {
  if (series.length === 0) return null;
  if (today > kpi.targetDate) {
    const final = series.filter((p) => p.date <= kpi.targetDate).at(-1) ?? series[0]!;
    return { value: final.value, basis: 'final', reachable: meetsTarget(kpi.target, final.value) };
  }
  const line = linearFit(series.slice(-FORECAST_POINTS));
  if (!line) return null;
  const value = line.at(kpi.targetDate);
  if (!Number.isFinite(value)) return null;
  return { value, basis: 'fit', reachable: meetsTarget(kpi.target, value) };
};
