// Test data mothers for KPIs, measurements and check-ins: valid by default, changed only where a test cares.
import type { Kpi, KpiInput, Measurement } from '../../src/shared/model/kpi';

/** Increase 100 → 200 over the year 2026 (baseline 1 Jan, target 31 Dec), monthly, manual. */
export const aKpi = (over: Partial<Kpi> = {}): Kpi => ({
  id: 'k-1',
  goalId: 'g-1',
  name: 'Revenue',
  category: 'sales',
  unit: '$k',
  baseline: { value: 100, date: '2026-01-01' },
  target: { direction: 'increase', value: 200 },
  targetDate: '2026-12-31',
  bands: null,
  cadence: 'monthly',
  source: { kind: 'manual' },
  version: 1,
  ...over,
});

export const inputOfKpi = (k: Kpi, over: Partial<KpiInput> = {}): KpiInput => {
  const { id: _id, version: _v, ...input } = k;
  return { ...input, ...over } as KpiInput;
};

let seq = 0;
export const aMeasurement = (date: string, value: number, over: Partial<Measurement> = {}): Measurement => ({
  id: `m-k-1-${date}`,
  kpiId: 'k-1',
  date,
  value,
  note: '',
  by: 'acc-leader',
  recordedAt: `2026-01-01T00:00:${String(seq++ % 60).padStart(2, '0')}.000Z`,
  ...over,
});

/** Points as [date, value] pairs → measurements recorded in that order. */
export const series = (...points: [string, number][]): Measurement[] => points.map(([d, v]) => aMeasurement(d, v));
