// Evaluating a KPI from its measurements: trend, forecast, staleness and the edge cases of real data.
import { aKpi, aMeasurement, series } from '../../../test/builders/kpis';
import type { AutoMeasureRun } from '../../shared/model/kpi';
import { evaluateKpi } from './evaluate';
import { forecastOf } from './forecast';
import { stalenessOf } from './stale';
import { toSeries } from './series';
import { trendOf } from './trend';

const kpi = aKpi(); // increase 100 → 200 over 2026, monthly
const decrease = aKpi({ baseline: { value: 200, date: '2026-01-01' }, target: { direction: 'decrease', value: 100 } });
const range = aKpi({ baseline: { value: 50, date: '2026-01-01' }, target: { direction: 'range', min: 40, max: 60 } });
const TODAY = '2026-07-02';

/** Points on the first of each month from January, one value each. */
const monthly = (...values: number[]) => series(...values.map((v, i) => [`2026-${String(i + 1).padStart(2, '0')}-01`, v] as [string, number]));

describe('a series of measurements', () => {
  it('sorts measurements recorded out of order', () => {
    expect(toSeries(series(['2026-03-01', 3], ['2026-01-01', 1], ['2026-02-01', 2])).map((p) => p.value)).toEqual([1, 2, 3]);
  });

  it('keeps the later recording of a day recorded twice', () => {
    const first = aMeasurement('2026-02-01', 5, { recordedAt: '2026-02-01T09:00:00.000Z' });
    const second = aMeasurement('2026-02-01', 7, { recordedAt: '2026-02-01T10:00:00.000Z' });
    expect(toSeries([second, first])).toEqual([{ date: '2026-02-01', value: 7 }]);
  });
});

describe('trend over the recent measurements', () => {
  it.each([
    ['rising on an increasing KPI', kpi, [100, 110, 120, 130], 'up', true],
    ['falling on an increasing KPI', kpi, [130, 120, 110, 100], 'down', false],
    ['falling on a decreasing KPI', decrease, [200, 190, 180, 170], 'down', true],
    ['rising on a decreasing KPI', decrease, [170, 180, 190, 200], 'up', false],
    ['barely moving (under 2% of the distance to target)', kpi, [150, 150.5, 150.2, 151], 'flat', null],
    ['above the middle of a range and falling', range, [58, 57, 56, 55], 'down', true],
    ['below the middle of a range and falling', range, [48, 46, 44, 42], 'down', false],
  ] as const)('%s → %s', (_name, k, values, direction, good) => {
    expect(trendOf(k, toSeries(monthly(...values)))).toMatchObject({ direction, good });
  });

  it('uses only the last six measurements', () => {
    const t = trendOf(kpi, toSeries(monthly(200, 190, 180, 170, 100, 110, 120, 130, 140, 150)));
    expect(t).toMatchObject({ direction: 'up', points: 6 });
  });

  it('needs two measurements', () => {
    expect(trendOf(kpi, toSeries(monthly(120)))).toBeNull();
    expect(trendOf(kpi, [])).toBeNull();
  });
});

describe('forecast at the target date by a linear fit', () => {
  it('extends a straight line to the target date', () => {
    // +10 a month (of 28 to 31 days) from 100 on 1 Jan: about 221 by 31 Dec.
    const f = forecastOf(kpi, toSeries(monthly(100, 110, 120, 130, 140, 150, 160)), TODAY);
    expect(f?.basis).toBe('fit');
    expect(Math.round(f!.value)).toBe(221);
    expect(f?.reachable).toBe(true);
  });

  it('says when the line falls short of the target', () => {
    expect(forecastOf(kpi, toSeries(monthly(100, 104, 108, 112, 116, 120, 124)), TODAY)).toMatchObject({ basis: 'fit', reachable: false });
  });

  it('forecasts a decreasing KPI against its target from above', () => {
    expect(forecastOf(decrease, toSeries(monthly(200, 190, 180, 170, 160, 150, 140)), TODAY)).toMatchObject({ reachable: true });
    expect(forecastOf(decrease, toSeries(monthly(200, 198, 196, 194, 192, 190, 188)), TODAY)).toMatchObject({ reachable: false });
  });

  it('forecasts a range: in reach while the line stays inside', () => {
    expect(forecastOf(range, toSeries(monthly(50, 50.5, 50, 50.5, 50, 50.5)), TODAY)).toMatchObject({ reachable: true });
    expect(forecastOf(range, toSeries(monthly(50, 52, 54, 56, 58, 60)), TODAY)).toMatchObject({ reachable: false });
  });

  it('has nothing to fit with a single point or none', () => {
    expect(forecastOf(kpi, toSeries(monthly(120)), TODAY)).toBeNull();
    expect(forecastOf(kpi, [], TODAY)).toBeNull();
  });

  it('reports what was measured once the target date has passed, ignoring values after it', () => {
    const s = toSeries(series(['2026-11-01', 180], ['2026-12-20', 205], ['2027-01-15', 150]));
    expect(forecastOf(kpi, s, '2027-02-01')).toEqual({ value: 205, basis: 'final', reachable: true });
  });
});

describe('staleness within the cadence plus a grace period', () => {
  it.each([
    ['weekly', '2026-06-25', null],
    ['weekly', '2026-06-22', null],
    ['weekly', '2026-06-21', 'stale'],
    ['monthly', '2026-05-25', null],
    ['monthly', '2026-05-24', 'stale'],
    ['quarterly', '2026-03-18', null],
    ['quarterly', '2026-03-17', 'stale'],
  ] as const)('%s, last measured %s → %s', (cadence, last, expected) => {
    const out = stalenessOf(aKpi({ cadence }), last, TODAY);
    expect(out === null ? null : 'stale').toBe(expected);
  });

  it('counts from the baseline date when nothing was measured, and says why', () => {
    expect(stalenessOf(aKpi({ cadence: 'weekly' }), null, '2026-01-05')).toBeNull();
    expect(stalenessOf(aKpi({ cadence: 'weekly' }), null, '2026-02-01')).toEqual({
      since: null,
      reason: 'No measurement yet, 31 days after the baseline; one is expected every week.',
    });
  });
});

describe('evaluating a KPI', () => {
  it('with no data: no status, nothing to forecast', () => {
    const e = evaluateKpi(kpi, [], TODAY);
    expect(e).toMatchObject({ current: null, status: null, trend: null, forecast: null, explanation: 'No measurement yet.' });
    expect(e.stale?.reason).toContain('No measurement yet');
  });

  it('with a single point: a status, but no trend or forecast', () => {
    const e = evaluateKpi(kpi, series(['2026-07-01', 150]), TODAY);
    expect(e).toMatchObject({ current: { date: '2026-07-01', value: 150 }, status: 'on-track', trend: null, forecast: null, stale: null });
  });

  it('with measurements out of order: judges the latest by date, not by arrival', () => {
    const e = evaluateKpi(kpi, series(['2026-07-01', 120], ['2026-06-01', 160], ['2026-05-01', 140]), TODAY);
    expect(e.current).toEqual({ date: '2026-07-01', value: 120 });
    expect(e.status).toBe('off-track');
    expect(e.trend?.direction).toBe('down');
  });

  it('with the target equal to the baseline: on track while held', () => {
    const flat = aKpi({ baseline: { value: 95, date: '2026-01-01' }, target: { direction: 'increase', value: 95 } });
    expect(evaluateKpi(flat, monthly(95, 96, 95, 97, 96, 95, 96), TODAY)).toMatchObject({ status: 'on-track', forecast: { reachable: true } });
  });

  it('after the target date: compares with the target and reports the final value', () => {
    const e = evaluateKpi(kpi, series(['2026-12-01', 190], ['2027-01-10', 188]), '2027-01-12');
    expect(e).toMatchObject({ status: 'at-risk', expected: 200, forecast: { basis: 'final', value: 190, reachable: false } });
  });

  it('marks a KPI stale when its automatic measure failed, keeping the last good value', () => {
    const run: AutoMeasureRun = {
      kpiId: 'k-1',
      at: '2026-07-02T03:00:00.000Z',
      outcome: 'failed',
      reason: 'Jira kept answering 429 (rate limited)',
      lastGoodAt: '2026-07-01T03:00:00.000Z',
      lastGoodValue: 150,
    };
    const e = evaluateKpi(kpi, series(['2026-07-01', 150]), TODAY, run);
    expect(e.current).toEqual({ date: '2026-07-01', value: 150 });
    expect(e.stale).toEqual({
      since: '2026-07-01',
      reason: 'The automatic measure failed on 2 Jul 2026: Jira kept answering 429 (rate limited). Showing the last good value, from 1 Jul 2026.',
    });
  });
});
