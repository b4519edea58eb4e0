// Coverage per level in words.
import { coverageSentence, falls, ofWords } from './coverage-words';

describe('coverage in words', () => {
  it('says "n of m", and a dash for a level with no goals', () => {
    expect(ofWords(5, 6)).toBe('5 of 6');
    expect(ofWords(0, 0)).toBe('—');
  });

  it('marks a level where some goals lack it, never an empty one', () => {
    expect(falls(5, 6)).toBe(true);
    expect(falls(6, 6)).toBe(false);
    expect(falls(0, 0)).toBe(false);
  });

  it('sums every level in one sentence', () => {
    const row = (goals: number, withWork: number, withKpis: number) => ({ level: 'strategy' as const, goals, withWork, withKpis });
    expect(coverageSentence([row(3, 3, 2), row(6, 5, 3)])).toBe('Of the 9 active goals you can see, 8 have work you can browse and 5 have KPIs.');
    expect(coverageSentence([row(0, 0, 0)])).toBe('You can see no active goals yet.');
  });
});
