// The catalog's values in words: stages, statuses, levels, timeframes and how long ago something happened.
import { CYCLE_STAGES, GOAL_STATUSES } from '../../../src/shared/model/goal';
import { formatTimeframe, levelRank, relativeTime, STAGE_LABEL, STATUS_LABEL } from './format';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('the words of the cycle stages and statuses', () => {
  it('names every stage in the order of the cycle', () => {
    expect(CYCLE_STAGES.map((s) => STAGE_LABEL[s])).toEqual(['Assess', 'Develop the vision', 'Roadmap', 'Align', 'Execute', 'Refine']);
  });

  it('names every status', () => {
    expect(GOAL_STATUSES.map((s) => STATUS_LABEL[s])).toEqual(['Draft', 'Active', 'Achieved', 'Archived']);
  });
});

describe('the rank of a level', () => {
  it('puts strategy at the top and self at the bottom', () => {
    expect((['strategy', 'functional', 'process', 'project', 'self'] as const).map(levelRank)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('a timeframe in words', () => {
  it.each([
    [{ start: '2026-01-01', end: '2026-12-31' }, '1 Jan 2026 – 31 Dec 2026'],
    [{ start: '2026-03-15', end: null }, 'From 15 Mar 2026, ongoing'],
    [{ start: null, end: '2027-06-30' }, 'Until 30 Jun 2027'],
    [{ start: null, end: null }, 'No timeframe'],
  ])('writes %p as %p', (t, words) => {
    expect(formatTimeframe(t)).toBe(words);
  });
});

describe('how long ago, told against the moment given', () => {
  it.each([
    [0, 'just now'],
    [59, 'just now'],
    [-30, 'just now'],
    [60, '1 minute ago'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [24 * 3600, 'yesterday'],
    [-24 * 3600, 'tomorrow'],
    [3 * 24 * 3600, '3 days ago'],
    [14 * 24 * 3600, '2 weeks ago'],
    [60 * 24 * 3600, '2 months ago'],
    [400 * 24 * 3600, 'last year'],
    [-2 * 3600, 'in 2 hours'],
  ])('%p seconds before now reads %p', (seconds, words) => {
    expect(relativeTime(ago(seconds), NOW)).toBe(words);
  });

  it('leaves what is not a moment as it is', () => {
    expect(relativeTime('not a date', NOW)).toBe('not a date');
  });
});
