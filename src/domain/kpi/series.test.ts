// Numbers read as before the formats were made once: two decimals under ten, one from ten on, US grouping.
import fc from 'fast-check';
import { formatNumber, withUnit } from './series';

const asBefore = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) < 10 ? 2 : 1 });

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [9.996, '10'],
    [9.994, '9.99'],
    [10.06, '10.1'],
    [1234567.89, '1,234,567.9'],
    [-3.14159, '-3.14'],
  ])('writes %d as %s', (v, text) => {
    expect(formatNumber(v)).toBe(text);
  });

  it('writes every finite number as toLocaleString did', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (v) => {
        expect(formatNumber(v)).toBe(asBefore(v));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('puts the unit where the scorecards show it', () => {
    expect([withUnit(97.25, '%'), withUnit(4.5, '$M'), withUnit(12, 'days'), withUnit(3, '')]).toEqual(['97.3%', '$4.5M', '12 days', '3']);
  });
});
