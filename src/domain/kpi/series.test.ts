// Numbers in sentences read as the pages write them (src/shared/number-words.ts): two decimals under 100, one from 100
// on, US grouping, so "99.93%" in a KPI's explanation matches the figure beside it.
import fc from 'fast-check';
import { formatNumber, withUnit } from './series';

const asPages = (v: number) => (Math.abs(v) >= 100 ? Math.round(v * 10) / 10 : v).toLocaleString('en-US', { maximumFractionDigits: 2 });

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [9.996, '10'],
    [9.994, '9.99'],
    [10.06, '10.06'],
    [99.93, '99.93'],
    [100.06, '100.1'],
    [1234567.89, '1,234,567.9'],
    [-3.14159, '-3.14'],
  ])('writes %d as %s', (v, text) => {
    expect(formatNumber(v)).toBe(text);
  });

  it('writes every finite number as the pages do', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (v) => {
        expect(formatNumber(v)).toBe(asPages(v));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('puts the unit where the scorecards show it', () => {
    expect([withUnit(97.25, '%'), withUnit(4.5, '$M'), withUnit(12, 'days'), withUnit(3, '')]).toEqual(['97.25%', '$4.5M', '12 days', '3']);
  });
});
