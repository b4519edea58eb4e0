// KPI status against time-relative expected progress, as tables.
import { aKpi } from '../../../test/builders/kpis';
import type { KpiTarget } from '../../shared/model/kpi';
import { elapsedShare, statusAt } from './status';

// Baseline 100 on 2026-01-01, target 200 on 2026-12-31: on 2026-07-02 half the time is gone, 150 is expected.
const HALF = '2026-07-02';
const increase = aKpi();
const decrease = aKpi({ baseline: { value: 200, date: '2026-01-01' }, target: { direction: 'decrease', value: 100 } });
const custom = aKpi({ bands: { onTrack: 0.9, atRisk: 0.75 } });
const hold = (direction: 'increase' | 'decrease', value = 100) => aKpi({ baseline: { value, date: '2026-01-01' }, target: { direction, value } as KpiTarget });
const range = aKpi({ unit: '%', baseline: { value: 99.7, date: '2026-01-01' }, target: { direction: 'range', min: 99.5, max: 100 } });

describe('the share of time gone by', () => {
  it.each([
    ['2026-01-01', 0],
    [HALF, 0.5],
    ['2026-12-31', 1],
    ['2025-06-01', 0],
    ['2027-06-01', 1],
  ])('on %s is %d', (date, share) => expect(elapsedShare(increase, date)).toBeCloseTo(share, 6));
});

describe('status of an increasing KPI (default bands 95% / 85%)', () => {
  it.each([
    [150, 'on-track', 'exactly on plan'],
    [148, 'on-track', '96% of expected progress'],
    [147, 'at-risk', '94%'],
    [143, 'at-risk', '86%'],
    [142, 'off-track', '84%'],
    [90, 'off-track', 'worse than the baseline'],
    [200, 'on-track', 'target reached early'],
  ])('%d on 2 July → %s (%s)', (value, status) => expect(statusAt(increase, { date: HALF, value }).status).toBe(status));

  it('reports the expected value and the ratio', () => {
    const out = statusAt(increase, { date: HALF, value: 140 });
    expect(out.expected).toBeCloseTo(150, 6);
    expect(out.ratio).toBeCloseTo(0.8, 6);
    expect(out.explanation).toBe(
      '$140k on 2 Jul 2026 has made 80% of the progress planned by then since the baseline of $100k (plan: $150k, target $200k by 31 Dec 2026).',
    );
  });
});

describe('status of a decreasing KPI', () => {
  it.each([
    [150, 'on-track'],
    [152, 'on-track'],
    [157, 'at-risk'],
    [160, 'off-track'],
    [210, 'off-track'],
    [90, 'on-track'],
  ])('%d on 2 July → %s', (value, status) => expect(statusAt(decrease, { date: HALF, value }).status).toBe(status));
});

describe('status with the KPI’s own bands (90% / 75%)', () => {
  it.each([
    [145, 'on-track'],
    [138, 'at-risk'],
    [137, 'off-track'],
  ])('%d → %s', (value, status) => expect(statusAt(custom, { date: HALF, value }).status).toBe(status));
});

describe('status when the target equals the baseline (hold the line)', () => {
  it.each([
    ['increase', 100, 'on-track'],
    ['increase', 104, 'on-track'],
    ['increase', 96, 'on-track'],
    ['increase', 94, 'at-risk'],
    ['increase', 84, 'off-track'],
    ['decrease', 97, 'on-track'],
    ['decrease', 103, 'on-track'],
    ['decrease', 110, 'at-risk'],
    ['decrease', 120, 'off-track'],
  ] as const)('%s, %d → %s', (direction, value, status) => expect(statusAt(hold(direction), { date: HALF, value }).status).toBe(status));

  it('measures a zero target against a scale of one', () => {
    expect(statusAt(hold('decrease', 0), { date: HALF, value: 0.03 }).status).toBe('on-track');
    expect(statusAt(hold('decrease', 0), { date: HALF, value: 0.5 }).status).toBe('off-track');
  });

  it('never divides by zero', () => {
    const out = statusAt(hold('increase'), { date: HALF, value: 50 });
    expect(Number.isFinite(out.ratio!)).toBe(true);
    expect(out.explanation).toContain('50% short');
  });
});

describe('status of a range (keep within 99.5–100; edge margin 5% of the width = 0.025)', () => {
  it.each([
    [99.8, 'on-track'],
    [99.53, 'on-track'],
    [99.51, 'at-risk'],
    [99.99, 'at-risk'],
    [99.5, 'at-risk'],
    [99.4, 'off-track'],
    [100.1, 'off-track'],
  ])('%d → %s', (value, status) => expect(statusAt(range, { date: HALF, value }).status).toBe(status));

  it('has no expected value or ratio, and says where the value sits', () => {
    expect(statusAt(range, { date: HALF, value: 99.4 })).toMatchObject({
      expected: null,
      ratio: null,
      explanation: '99.4% on 2 Jul 2026 is outside the range 99.5%–100%.',
    });
  });
});

describe('status around the plan’s dates', () => {
  it.each([
    ['on the baseline day, at the baseline', '2026-01-01', 100, 'on-track'],
    ['before the baseline day, worse than baseline', '2025-12-01', 95, 'at-risk'],
    ['after the target date, almost there', '2027-03-01', 196, 'on-track'],
    ['after the target date, short', '2027-03-01', 190, 'at-risk'],
    ['after the target date, far short', '2027-03-01', 150, 'off-track'],
  ])('%s (%s: %d) → %s', (_name, date, value, status) => expect(statusAt(increase, { date, value }).status).toBe(status));

  it('expects the target itself after the target date', () => {
    expect(statusAt(increase, { date: '2027-03-01', value: 150 }).expected).toBe(200);
  });
});
