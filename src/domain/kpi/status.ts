// A KPI's status on the day of a measurement: progress made against the progress the plan expects by then.
//
// Increase and decrease: expected = baseline + (target − baseline) × elapsed, where elapsed is the share of the
// time from the baseline date to the target date gone by on the measurement's day (0…1; values after the target
// date compare with the target itself). The achieved share of that expected progress is banded: on track at
// ≥ bands.onTrack, at risk at ≥ bands.atRisk, off track below: the KPI's own bands, else the app's default
// (set on the admin page), else 95% and 85%. Reaching the target
// is always on track; on the baseline day itself nothing is expected yet (on track unless worse than baseline).
//
// Target equal to baseline ("hold the line"): on track while no more than (1 − onTrack) of the target's size
// short of it on the wrong side, at risk within (1 − atRisk), off track beyond.
//
// Range (keep within [min, max]): inside and at least a margin of (1 − onTrack) × width (default 5%) away from
// both edges is on track; inside but within that margin of an edge is at risk; outside is off track.
import { DEFAULT_BANDS, type HealthBands, type Kpi, type KpiStatus, type SeriesPoint } from '../../shared/model/kpi';
import { clamp, daysBetween, formatDay, formatPercent, withUnit } from './series';

export interface StatusResult {
  status: KpiStatus;
  expected: number | null;
  ratio: number | null;
  explanation: string;
}

/** Share of the time from the baseline date to the target date gone by on `date`, within [0, 1]. */
export const elapsedShare = (kpi: Pick<Kpi, 'baseline' | 'targetDate'>, date: string): number => {
  const span = daysBetween(kpi.baseline.date, kpi.targetDate);
  if (span <= 0) return 1;
  return clamp(daysBetween(kpi.baseline.date, date) / span, 0, 1);
};

export const band = (ratio: number, bands: HealthBands): KpiStatus => (ratio >= bands.onTrack ? 'on-track' : ratio >= bands.atRisk ? 'at-risk' : 'off-track');

const rangeStatus = (kpi: Kpi, min: number, max: number, point: SeriesPoint, bands: HealthBands): StatusResult => {
  const margin = (1 - bands.onTrack) * (max - min);
  const v = point.value;
  const shown = `${withUnit(v, kpi.unit)} on ${formatDay(point.date)}`;
  const range = `${withUnit(min, kpi.unit)}–${withUnit(max, kpi.unit)}`;
  if (v < min || v > max) return { status: 'off-track', expected: null, ratio: null, explanation: `${shown} is outside the range ${range}.` };
  if (v < min + margin || v > max - margin)
    return { status: 'at-risk', expected: null, ratio: null, explanation: `${shown} is inside ${range} but close to its edge.` };
  return { status: 'on-track', expected: null, ratio: null, explanation: `${shown} is well inside the range ${range}.` };
};

const holdStatus = (kpi: Kpi, target: number, increase: boolean, point: SeriesPoint, bands: HealthBands): StatusResult => {
  const scale = Math.abs(target) || 1;
  const shortfall = Math.max(0, (increase ? target - point.value : point.value - target) / scale);
  const status = band(1 - shortfall, bands);
  const side = increase ? 'at least' : 'at most';
  const gap = shortfall === 0 ? 'holds it' : `is ${formatPercent(shortfall)} short of it`;
  return {
    status,
    expected: target,
    ratio: 1 - shortfall,
    explanation: `The target is to stay ${side} ${withUnit(target, kpi.unit)}; ${withUnit(point.value, kpi.unit)} on ${formatDay(point.date)} ${gap}.`,
  };
};

export const statusAt = (kpi: Kpi, point: SeriesPoint, defaultBands: HealthBands = DEFAULT_BANDS): StatusResult => {
  const bands = kpi.bands ?? defaultBands;
  const t = kpi.target;
  if (t.direction === 'range') return rangeStatus(kpi, t.min, t.max, point, bands);
  const baseline = kpi.baseline.value;
  if (t.value === baseline) return holdStatus(kpi, t.value, t.direction === 'increase', point, bands);
  const share = elapsedShare(kpi, point.date);
  const expected = baseline + (t.value - baseline) * share;
  const achieved = (point.value - baseline) / (t.value - baseline);
  const value = `${withUnit(point.value, kpi.unit)} on ${formatDay(point.date)}`;
  if (achieved >= 1) {
    return {
      status: 'on-track',
      expected,
      ratio: share > 0 ? achieved / share : null,
      explanation: `${value} has reached the target of ${withUnit(t.value, kpi.unit)}.`,
    };
  }
  if (share === 0) {
    const status: KpiStatus = achieved >= 0 ? 'on-track' : 'at-risk';
    return { status, expected, ratio: null, explanation: `${value} is on the baseline day; no progress is expected yet.` };
  }
  const ratio = achieved / share;
  return {
    status: band(ratio, bands),
    expected,
    ratio,
    explanation:
      achieved < 0
        ? `${value} has moved away from the target since the baseline of ${withUnit(baseline, kpi.unit)} (plan: ${withUnit(expected, kpi.unit)} by then).`
        : // Progress since the baseline, not the value against the plan: "$2.39M is 53% of the plan" read as 82% of $2.91M.
          `${value} has made ${formatPercent(ratio)} of the progress planned by then since the baseline of ${withUnit(baseline, kpi.unit)} (plan: ${withUnit(expected, kpi.unit)}, target ${withUnit(t.value, kpi.unit)} by ${formatDay(kpi.targetDate)}).`,
  };
};
