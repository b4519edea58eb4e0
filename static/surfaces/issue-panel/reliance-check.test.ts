// The panel's reliance lines judged with the work: only agreed lines without a risk wait on it, and the judged
// words replace the panel's for the same agreement.
import type { RelianceLine } from '../../../src/shared/api/agreements';
import { awaitsWork, goalsToCheck, withWorkJudged } from './reliance-check';

const aLine = (over: Partial<RelianceLine> = {}): RelianceLine => ({
  goalId: 'g-dash',
  provider: { id: 'g-cost', title: 'Cut cloud cost', level: 'project', status: 'active' },
  state: 'accepted',
  neededBy: '2026-12-27',
  risk: null,
  sentence: 'Relies on “Cut cloud cost”, agreed for 27 Dec 2026',
  ...over,
});

describe('reliance lines on the issue panel', () => {
  it.each([
    ['agreed, no risk seen yet', aLine(), true],
    ['agreed, already at risk', aLine({ risk: 'It was needed by 1 Dec 2026 and is not marked fulfilled.' }), false],
    ['asked, not agreed', aLine({ state: 'proposed' }), false],
  ])('waits on the work when %s: %s', (_what, line, waits) => {
    expect(awaitsWork(line)).toBe(waits);
  });

  it('asks about each goal once, and nothing when no line waits', () => {
    expect(goalsToCheck([aLine(), aLine({ neededBy: '2027-01-10' }), aLine({ goalId: 'g-other', state: 'proposed' })])).toEqual(['g-dash']);
    expect(goalsToCheck([aLine({ state: 'proposed' })])).toEqual([]);
  });

  it('takes the workspace’s risk and words for the same agreement, and keeps the others as they were', () => {
    const behind = aLine({
      risk: 'The work of “Cut cloud cost” is behind the time elapsed: 40% done with 70% of the time gone.',
      sentence: 'Relies on “Cut cloud cost”, agreed for 27 Dec 2026 — at risk: the work is behind',
    });
    const other = aLine({ provider: { id: 'g-x', title: 'X', level: 'project', status: 'active' } });
    expect(withWorkJudged([aLine(), other], [behind])).toEqual([behind, other]);
  });
});
