// Dates are checked by counting the calendar, not by parsing: the same answer Date gives, for every day string.
import fc from 'fast-check';
import { IsoDate, isPlainLine, isRealDay, oneLine } from './common';

const byDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('IsoDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', true],
  ])('takes %s as a real day: %s', (day, real) => {
    expect(IsoDate.safeParse(day).success).toBe(real);
  });

  it('agrees with Date on every YYYY-MM-DD string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isRealDay(s)).toBe(byDate(s));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const s of ['2026-1-01', '26-01-01', '2026/01/01', '2026-01-01T00:00:00Z', '']) expect(IsoDate.safeParse(s).success).toBe(false);
  });
});

describe('a name on one plain line', () => {
  it.each([
    ['Grow ARR to $48M', true],
    ['Réduire les coûts — 2027 🚀', true],
    ['مرحبا بالعالم', true],
    ['Tab\there', false],
    ['Line\nbreak', false],
    ['NUL\u0000', false],
    ['C1 \u0085 next line', false],
    ['Right-to-left override \u202Eexe.txt', false],
    ['Isolate \u2067x\u2069', false],
  ])('%p is plain: %p', (text, plain) => {
    expect(isPlainLine(text)).toBe(plain);
  });
});

describe('a text of several lines quoted on one', () => {
  it.each([
    ['Grow ARR to $48M', 'Grow ARR to $48M'],
    ['Exports, weekly\nand the API\r\n\tby March', 'Exports, weekly and the API by March'],
    ['Approve budget \u202e00.000,01$\u202c now', 'Approve budget 00.000,01$ now'],
    ['\n\nLeading breaks and a trailing one\n', 'Leading breaks and a trailing one'],
    ['مرحبا \u2067بالعالم\u2069', 'مرحبا بالعالم'],
    ['Réduire les coûts — 2027 🚀', 'Réduire les coûts — 2027 🚀'],
  ])('%j reads %j', (text, line) => {
    expect(oneLine(text)).toBe(line);
    expect(isPlainLine(oneLine(text))).toBe(true);
  });
});
