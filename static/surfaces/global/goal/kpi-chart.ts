// The geometry of a KPI's chart on the goal page, pure: values over time, the target (a line, or a band for a
// range), the plan from baseline to target with where it expects the KPI today, and the forecast to the target
// date. The component only draws what this returns; the numbers are tested here.
import type { Kpi, KpiEvaluation, SeriesPoint } from '../../../../src/shared/model/kpi';

export const CHART = { width: 640, height: 240, left: 56, right: 16, top: 12, bottom: 28 } as const;

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export interface Tick {
  at: number;
  label: string;
}

export interface ChartModel {
  /** Measured values, oldest first, placed on the canvas. */
  points: { x: number; y: number; date: string; value: number }[];
  line: string;
  /** A horizontal target line (increase, decrease) or band (range), in canvas units. */
  target: { kind: 'line'; y: number } | { kind: 'band'; y1: number; y2: number };
  /** The straight path from the baseline to the target on the target date; absent for ranges. */
  plan: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Where the plan expects the KPI today (or on the last measurement's day, for ranges: none). */
  expectedNow: { x: number; y: number; value: number } | null;
  /** From the latest value to the forecast at the target date; absent without a fit. */
  forecast: { x1: number; y1: number; x2: number; y2: number; value: number } | null;
  today: { x: number } | null;
  targetDateX: number;
  xTicks: Tick[];
  yTicks: Tick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month starts between two days, thinned to at most `max` ticks; January (or the first) carries the year. */
export const monthTicks = (from: number, to: number, max = 7): { day: number; label: string }[] => {
  const start = new Date(from * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  const all: { day: number; month: number; year: number }[] = [];
  for (let guard = 0; guard < 2400; guard++) {
    if (m > 11) {
      m -= 12;
      y += 1;
    }
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > to) break;
    all.push({ day, month: m, year: y });
    m += 1;
  }
  const step = Math.max(1, Math.ceil(all.length / max));
  const kept = all.filter((_, i) => i % step === 0);
  return kept.map((t, i) => ({ day: t.day, label: t.month === 0 || i === 0 ? `${MONTHS[t.month]} ${t.year}` : MONTHS[t.month]! }));
};

/** About `count` round values covering [lo, hi] (steps of 1, 2 or 5 times a power of ten). */
export const niceTicks = (lo: number, hi: number, count = 5): number[] => {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(10)));
  return out;
};

const numberLabel = (v: number): string =>
  new Intl.NumberFormat('en', { maximumFractionDigits: 2, notation: Math.abs(v) >= 10_000 ? 'compact' : 'standard' }).format(v);

export const chartModel = (kpi: Kpi, points: readonly SeriesPoint[], evaluation: KpiEvaluation, today: string): ChartModel => {
  const t = kpi.target;
  const targetValues = t.direction === 'range' ? [t.min, t.max] : [t.value];
  const forecast = evaluation.forecast && evaluation.forecast.basis === 'fit' && evaluation.current ? evaluation.forecast : null;
  const days = [dayNumber(kpi.baseline.date), dayNumber(kpi.targetDate), dayNumber(today), ...points.map((p) => dayNumber(p.date))];
  const x0 = Math.min(...days);
  const x1 = Math.max(...days);
  const values = [kpi.baseline.value, ...targetValues, ...points.map((p) => p.value), ...(forecast ? [forecast.value] : [])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  const ticks = niceTicks(lo - pad, hi + pad);
  const y0 = Math.min(lo - pad, ticks[0]!);
  const y1 = Math.max(hi + pad, ticks.at(-1)!);
  const { width, height, left, right, top, bottom } = CHART;
  const x = (day: number) => left + ((day - x0) / (x1 - x0 || 1)) * (width - left - right);
  const y = (v: number) => top + (1 - (v - y0) / (y1 - y0 || 1)) * (height - top - bottom);
  const placed = points.map((p) => ({ x: x(dayNumber(p.date)), y: y(p.value), date: p.date, value: p.value }));
  const todayDay = dayNumber(today);
  const plan =
    t.direction === 'range' ? null : { x1: x(dayNumber(kpi.baseline.date)), y1: y(kpi.baseline.value), x2: x(dayNumber(kpi.targetDate)), y2: y(t.value) };
  let expectedNow: ChartModel['expectedNow'] = null;
  if (t.direction !== 'range') {
    const b = dayNumber(kpi.baseline.date);
    const e = dayNumber(kpi.targetDate);
    const share = Math.min(1, Math.max(0, (todayDay - b) / (e - b || 1)));
    const value = kpi.baseline.value + share * (t.value - kpi.baseline.value);
    expectedNow = { x: x(Math.min(Math.max(todayDay, b), e)), y: y(value), value };
  }
  const current = evaluation.current;
  return {
    points: placed,
    line: placed.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
    target: t.direction === 'range' ? { kind: 'band', y1: y(t.max), y2: y(t.min) } : { kind: 'line', y: y(t.value) },
    plan,
    expectedNow,
    forecast:
      forecast && current
        ? { x1: x(dayNumber(current.date)), y1: y(current.value), x2: x(dayNumber(kpi.targetDate)), y2: y(forecast.value), value: forecast.value }
        : null,
    today: todayDay >= x0 && todayDay <= x1 ? { x: x(todayDay) } : null,
    targetDateX: x(dayNumber(kpi.targetDate)),
    xTicks: monthTicks(x0, x1).map((m) => ({ at: x(m.day), label: m.label })),
    yTicks: ticks.filter((v) => v >= y0 && v <= y1).map((v) => ({ at: y(v), label: numberLabel(v) })),
  };
};
