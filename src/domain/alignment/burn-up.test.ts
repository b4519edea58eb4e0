// A goal's burn-up rebuilt from its issues' dates: totals and done by day, evenly spaced, today last.
import { burnUp, burnUpStart, goalsToRead, MAX_POINTS, workDays } from './burn-up';

const w = (created: string, done: string | null = null) => ({ created, done });

describe('the burn-up of a goal’s work', () => {
  it('counts, at each day, the issues created by then and those done by then', () => {
    const work = [w('2026-11-01', '2026-11-03'), w('2026-11-02'), w('2026-11-04', '2026-11-05')];
    expect(burnUp(work, '2026-11-01', '2026-11-05')).toEqual([
      { day: '2026-11-01', total: 1, done: 0 },
      { day: '2026-11-02', total: 2, done: 0 },
      { day: '2026-11-03', total: 2, done: 1 },
      { day: '2026-11-04', total: 3, done: 1 },
      { day: '2026-11-05', total: 3, done: 2 },
    ]);
  });

  it('counts work created before the start at the first point', () => {
    expect(burnUp([w('2025-06-01', '2025-07-01')], '2026-01-01', '2026-01-01')).toEqual([{ day: '2026-01-01', total: 1, done: 1 }]);
  });

  it('keeps to at most MAX_POINTS points over a long span, today always last', () => {
    const points = burnUp([w('2024-01-01')], '2024-01-01', '2026-11-28');
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points[0]!.day).toBe('2024-01-01');
    expect(points.at(-1)!.day).toBe('2026-11-28');
    expect(new Set(points.map((p) => p.day)).size).toBe(points.length);
  });

  it.each([
    ['the goal’s start when it has one in the past', '2026-03-01', '2026-03-01'],
    ['the first issue’s creation when the goal has no start', null, '2026-02-10'],
    ['the first issue’s creation when the goal starts in the future', '2027-01-01', '2026-02-10'],
  ])('starts at %s', (_name, start, expected) => {
    expect(burnUpStart([w('2026-05-01'), w('2026-02-10')], start, '2026-11-28')).toBe(expected);
  });

  it('reads days from instants, and not-done as null', () => {
    expect(workDays([{ created: '2026-11-01T23:30:00.000Z', doneAt: null }])).toEqual([{ created: '2026-11-01', done: null }]);
  });
});

describe('the goals a burn-up reads', () => {
  const counts: Record<string, number> = { a: 1200, b: 900, c: 50, d: 10 };
  const issuesOf = (id: string) => counts[id] ?? 0;

  it('reads every goal while their issues stay under the bound', () => {
    expect(goalsToRead(['c', 'd', 'a'], issuesOf, 2000)).toEqual({ ids: ['c', 'd', 'a'], skipped: false });
  });

  it('stops at the goal that reaches the bound, and says goals were left out', () => {
    expect(goalsToRead(['a', 'b', 'c', 'd'], issuesOf, 2000)).toEqual({ ids: ['a', 'b'], skipped: true });
    expect(goalsToRead(['a', 'b'], issuesOf, 2000)).toEqual({ ids: ['a', 'b'], skipped: false });
  });
});
