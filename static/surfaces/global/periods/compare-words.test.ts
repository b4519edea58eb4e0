import { progressChange, statusDrift, valueChange } from './compare-words';

const side = (progress: number | null) => ({ status: 'active' as const, progress, diagnosis: 'in-reach' as const, headline: 'In reach' });
const kpi = (value: number | null, status: 'on-track' | 'at-risk' | 'off-track' | null = null) => ({ value, date: '2026-09-30', status, stale: false });

describe('telling a change then → now', () => {
  it.each<[string, number | null, number | null, string, string]>([
    ['progress up', 0.4, 0.55, '40% → 55% (+15 pts)', 'up'],
    ['progress down', 0.5, 0.45, '50% → 45% (−5 pts)', 'down'],
    ['progress the same', 0.5, 0.501, '50% → 50% (±0 pts)', 'same'],
    ['no work then', null, 0.2, '— → 20%', 'none'],
  ])('%s', (_, a, b, words, drift) => {
    expect(progressChange(side(a), side(b))).toEqual({ words, drift });
  });

  it.each<[string, number | null, number | null, string, string]>([
    ['a value that rose', 40, 42.5, '40% → 42.5% (+2.5%)', 'up'],
    ['a value that fell', 40, 38, '40% → 38% (−2%)', 'down'],
    ['a value that stayed', 40, 40, '40% → 40% (no change)', 'same'],
    ['no value then', null, 40, '— → 40%', 'none'],
  ])('%s', (_, a, b, words, drift) => {
    expect(valueChange(kpi(a), kpi(b), '%')).toEqual({ words, drift });
  });

  it('ranks statuses: off track < at risk < on track', () => {
    expect(statusDrift(kpi(1, 'off-track'), kpi(1, 'at-risk'))).toBe('up');
    expect(statusDrift(kpi(1, 'on-track'), kpi(1, 'at-risk'))).toBe('down');
    expect(statusDrift(kpi(1, 'on-track'), kpi(1, 'on-track'))).toBe('same');
    expect(statusDrift(null, kpi(1, 'on-track'))).toBe('none');
  });
});
