// Progress rules as a table: issues done, status-weighted and story points, including no work and no points.
import type { ProgressRule } from '../../shared/model/rollup';
import { measureProgress, progress } from './progress';

const c = (todo: number, inProgress: number, done: number) => ({ todo, inProgress, done });
const NO_POINTS = c(0, 0, 0);

describe('progress of a piece of work', () => {
  it.each<[string, ProgressRule, ReturnType<typeof c>, ReturnType<typeof c>, number | null]>([
    ['no work at all, issues done', 'issues-done', c(0, 0, 0), NO_POINTS, null],
    ['no work at all, weighted', 'status-weighted', c(0, 0, 0), NO_POINTS, null],
    ['no work at all, story points', 'story-points', c(0, 0, 0), NO_POINTS, null],
    ['nothing started', 'issues-done', c(4, 0, 0), NO_POINTS, 0],
    ['half the issues done', 'issues-done', c(1, 1, 2), NO_POINTS, 0.5],
    ['in progress counts for nothing when counting done issues', 'issues-done', c(0, 4, 0), NO_POINTS, 0],
    ['all done', 'issues-done', c(0, 0, 3), NO_POINTS, 1],
    ['weighted: in progress counts half', 'status-weighted', c(0, 4, 0), NO_POINTS, 0.5],
    ['weighted: one of each', 'status-weighted', c(1, 1, 1), NO_POINTS, 0.5],
    ['weighted: all done', 'status-weighted', c(0, 0, 5), NO_POINTS, 1],
    ['points: done points over all points', 'story-points', c(3, 0, 1), c(6, 0, 2), 0.25],
    ['points: in progress points count for nothing', 'story-points', c(0, 2, 1), c(0, 5, 5), 0.5],
    ['points: all done', 'story-points', c(0, 0, 2), c(0, 0, 8), 1],
    ['points: no points at all falls back to issue counts', 'story-points', c(1, 0, 3), NO_POINTS, 0.75],
    ['points: fractional points', 'story-points', c(1, 0, 1), c(0.5, 0, 1.5), 0.75],
  ])('%s (%s) → %p', (_name, rule, counts, points, expected) => {
    const ratio = progress(counts, points, rule);
    if (expected === null) expect(ratio).toBeNull();
    else expect(ratio).toBeCloseTo(expected, 10);
  });

  it('says when the story-points rule counted issues because nothing was estimated', () => {
    expect(measureProgress(c(1, 0, 1), NO_POINTS, 'story-points')).toEqual({ ratio: 0.5, rule: 'story-points', basis: 'issue-count', fellBack: true });
    expect(measureProgress(c(1, 0, 1), c(0, 0, 3), 'story-points')).toEqual({ ratio: 1, rule: 'story-points', basis: 'story-points', fellBack: false });
  });

  it('does not claim a fallback when there is no work to fall back on', () => {
    expect(measureProgress(c(0, 0, 0), NO_POINTS, 'story-points')).toMatchObject({ ratio: null, fellBack: false });
  });

  it('names the basis of each rule', () => {
    expect(measureProgress(c(1, 1, 1), NO_POINTS, 'issues-done').basis).toBe('issue-count');
    expect(measureProgress(c(1, 1, 1), NO_POINTS, 'status-weighted').basis).toBe('status-weight');
  });
});
