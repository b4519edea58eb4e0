import { dayWords } from './day-words';

describe('a day in words', () => {
  it.each([
    ['2026-09-01', '1 Sep 2026'],
    ['2026-11-28', '28 Nov 2026'],
    ['2028-02-29', '29 Feb 2028'],
    ['2027-01-05', '5 Jan 2027'],
  ])('%s is %s', (iso, words) => {
    expect(dayWords(iso)).toBe(words);
  });
});
