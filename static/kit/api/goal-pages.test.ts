// The pages of a goal list kept as one view (the scorecard macro of a level, the Scorecards tab): goals in order,
// each person once, the last page's cursor; the tab keeps the organisation scorecard of its first page.
import type { ScorecardsView } from '../../../src/shared/api/scorecards';
import { pageOfGoals } from '../../../src/shared/api/goal-pages';
import { appendGoalPage } from './goal-pages';

const goals = (ids: string[]) => ids.map((id) => ({ goal: { id } }));
const people = (ids: string[]) => ids.map((accountId) => ({ accountId, displayName: accountId }));

describe('keeping the pages of goals read so far', () => {
  it('appends the goals, keeps each person once and ends with the last page', () => {
    const both = appendGoalPage(
      { goals: goals(['a', 'b']), people: people(['p', 'q']), cursor: 'g2' },
      { goals: goals(['c']), people: people(['q', 'r']), cursor: null },
    );
    expect(both.goals.map((g) => g.goal.id)).toEqual(['a', 'b', 'c']);
    expect(both.people.map((p) => p.accountId)).toEqual(['p', 'q', 'r']);
    expect(both.cursor).toBeNull();
  });

  it('keeps the Scorecards tab’s organisation scorecard from its first page', () => {
    const first = { organisation: [{ goalId: 's' }], goals: [], people: [], cursor: 'g50', totalGoals: 51 } as unknown as ScorecardsView;
    const next = { ...first, organisation: [], cursor: null } as unknown as ScorecardsView;
    expect(appendGoalPage(first, next)).toMatchObject({ organisation: [{ goalId: 's' }], cursor: null, totalGoals: 51 });
  });
});

describe('a page of goals', () => {
  it.each([
    [undefined, ['a', 'b'], 'g2'],
    ['g2', ['c', 'd'], 'g4'],
    ['g4', ['e'], null],
    ['g9', [], null],
  ] as const)('from cursor %s reads %j and points to %s', (cursor, items, next) => {
    expect(pageOfGoals(['a', 'b', 'c', 'd', 'e'], cursor, 2)).toEqual({ items, cursor: next });
  });
});
