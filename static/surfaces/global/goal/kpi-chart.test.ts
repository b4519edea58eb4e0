import type { Kpi, KpiEvaluation, SeriesPoint } from '../../../../src/shared/model/kpi';
import { aKpi } from '../../../../test/builders/kpis';
import { CHART, chartModel, monthTicks, niceTicks, dayNumber } from './kpi-chart';

/** The shared KPI mother (test/builders/kpis.ts), as this chart's cases need it: 10 → 20 over 2026. */
const kpi = (over: Partial<Kpi> = {}): Kpi =>
  aKpi({ id: 'k1', goalId: 'g1', name: 'ARR', unit: 'M€', baseline: { value: 10, date: '2026-01-01' }, target: { direction: 'increase', value: 20 }, ...over });

const evaluation = (over: Partial<KpiEvaluation> = {}): KpiEvaluation => ({
  current: { date: '2026-06-01', value: 14 },
  status: 'at-risk',
  expected: 14.1,
  ratio: 0.9,
  trend: null,
  forecast: { value: 18, basis: 'fit', reachable: false },
  stale: null,
  explanation: '',
  ...over,
});

const points: SeriesPoint[] = [
  { date: '2026-02-01', value: 11 },
  { date: '2026-04-01', value: 12.5 },
  { date: '2026-06-01', value: 14 },
];

const inside = (v: number, lo: number, hi: number) => v >= lo - 1e-9 && v <= hi + 1e-9;

describe('a KPI chart', () => {
  const m = chartModel(kpi(), points, evaluation(), '2026-07-01');

  it('places every value inside the plot, later values to the right, higher values higher', () => {
    for (const p of m.points) {
      expect(inside(p.x, CHART.left, CHART.width - CHART.right)).toBe(true);
      expect(inside(p.y, CHART.top, CHART.height - CHART.bottom)).toBe(true);
    }
    expect(m.points[1]!.x).toBeGreaterThan(m.points[0]!.x);
    expect(m.points[1]!.y).toBeLessThan(m.points[0]!.y);
  });

  it('runs from the baseline to the target date, with the plan between them', () => {
    expect(m.plan!.x1).toBeCloseTo(CHART.left);
    expect(m.plan!.x2).toBeCloseTo(CHART.width - CHART.right);
    expect(m.targetDateX).toBeCloseTo(m.plan!.x2);
    expect(m.target).toEqual({ kind: 'line', y: m.plan!.y2 });
  });

  it('marks what the plan expects today, on the plan line', () => {
    const share = (dayNumber('2026-07-01') - dayNumber('2026-01-01')) / (dayNumber('2026-12-31') - dayNumber('2026-01-01'));
    expect(m.expectedNow!.value).toBeCloseTo(10 + share * 10);
    const along = (m.expectedNow!.x - m.plan!.x1) / (m.plan!.x2 - m.plan!.x1);
    expect(m.expectedNow!.y).toBeCloseTo(m.plan!.y1 + along * (m.plan!.y2 - m.plan!.y1));
  });

  it('draws the forecast from the latest value to the target date', () => {
    expect(m.forecast).toMatchObject({ x1: m.points[2]!.x, y1: m.points[2]!.y, x2: m.targetDateX, value: 18 });
  });

  it('draws no forecast once the target date has passed (the final value is measured)', () => {
    expect(chartModel(kpi(), points, evaluation({ forecast: { value: 14, basis: 'final', reachable: false } }), '2026-07-01').forecast).toBeNull();
  });

  it('shows a range as a band, with no plan line and no expected value', () => {
    const r = chartModel(kpi({ target: { direction: 'range', min: 12, max: 16 } }), points, evaluation({ forecast: null }), '2026-07-01');
    expect(r.target.kind).toBe('band');
    if (r.target.kind === 'band') expect(r.target.y1).toBeLessThan(r.target.y2);
    expect(r.plan).toBeNull();
    expect(r.expectedNow).toBeNull();
  });

  it('draws a chart with no values yet: the plan and the target still show', () => {
    const e = chartModel(kpi(), [], evaluation({ current: null, forecast: null }), '2026-03-01');
    expect(e.points).toEqual([]);
    expect(e.line).toBe('');
    expect(e.plan).not.toBeNull();
  });

  it('labels its axes with months and round values', () => {
    expect(m.xTicks[0]!.label).toBe('Jan 2026');
    expect(m.xTicks.length).toBeLessThanOrEqual(7);
    expect(m.yTicks.map((t) => t.label)).toContain('20');
  });
});

describe('axis ticks', () => {
  it.each<[number, number, number[]]>([
    [0, 10, [0, 5, 10]],
    [9.2, 20.8, [10, 15, 20]],
    [0.91, 0.97, [0.92, 0.94, 0.96]],
  ])('between %p and %p are round', (lo, hi, want) => {
    expect(niceTicks(lo, hi)).toEqual(want);
  });

  it('names the year at January and at the first month', () => {
    const ticks = monthTicks(dayNumber('2025-11-15'), dayNumber('2026-03-01'));
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2025', 'Jan 2026', 'Feb', 'Mar']);
  });

  it('thins months out over long spans', () => {
    expect(monthTicks(dayNumber('2020-01-01'), dayNumber('2026-01-01')).length).toBeLessThanOrEqual(7);
  });
});
