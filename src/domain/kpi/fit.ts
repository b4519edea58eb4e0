// Least-squares straight line through dated values, x in days. Centred on the mean day so large day numbers
// lose no precision.
import type { SeriesPoint } from '../../shared/model/kpi';
import { dayNumber } from './series';

export interface Line {
  /** Change per day. */
  slope: number;
  at(date: string): number;
}

/** The fitted line, or null with fewer than two distinct days. */
export const linearFit = (points: readonly SeriesPoint[]): Line | null => {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, at: (date) => meanY + slope * (dayNumber(date) - meanX) };
};
