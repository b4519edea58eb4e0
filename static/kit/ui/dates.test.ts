// Days and moments written one way on every surface: '28 Nov 2026' and '28 Nov 2026, 04:36'.
import { formatDay, formatMoment, localDay } from './dates';

/** The ISO moment of a wall-clock time in the viewer's zone, so the expected words hold in any zone the suite runs in. */
const localMoment = (y: number, month: number, d: number, h: number, min: number): string => new Date(y, month - 1, d, h, min).toISOString();

describe('a calendar day in words', () => {
  it.each([
    ['2026-11-28', '28 Nov 2026'],
    ['2026-01-05', '5 Jan 2026'],
    ['2026-12-31', '31 Dec 2026'],
    ['2028-02-29', '29 Feb 2028'],
    // As the server writes it: Chromium's and Node's en-GB say "Sept".
    ['2026-09-01', '1 Sep 2026'],
  ])('writes %s as %p', (iso, words) => {
    expect(formatDay(iso)).toBe(words);
  });

  it.each(['soon', '', '2026-13-01'])('leaves %p that is not a day as it is', (iso) => {
    expect(formatDay(iso)).toBe(iso);
  });
});

describe('a moment in words', () => {
  it("writes the day and the time on a 24-hour clock, in the viewer's zone", () => {
    expect(formatMoment(localMoment(2026, 11, 28, 4, 36))).toBe('28 Nov 2026, 04:36');
    expect(formatMoment(localMoment(2026, 3, 9, 17, 5))).toBe('9 Mar 2026, 17:05');
    expect(formatMoment(localMoment(2026, 9, 30, 0, 5))).toBe('30 Sep 2026, 00:05');
  });

  it('leaves what is not a moment as it is', () => {
    expect(formatMoment('yesterday')).toBe('yesterday');
  });
});

describe("the viewer's own day", () => {
  it('is the local calendar day, not the UTC one', () => {
    // 23:30 local time on 31 Dec is still 31 Dec for the viewer, whatever UTC day it is.
    expect(localDay(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localDay(new Date(2028, 1, 29, 0, 5))).toBe('2028-02-29');
  });
});
