// The goal list of project settings: a goal's chain up to the strategy, and which goals a project may serve.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { Goal } from '../../../src/shared/model/goal';
import { chainOf, chainText, eligibleGroups, mayServe, PROJECT_LEVELS } from './goals';

const goals = (...gs: Goal[]) => gs.map(summaryOf);

/** S → F → P → J; S2 another strategy goal; F-b a second functional goal; Y a self goal. */
const catalog = () =>
  goals(
    aGoal({ id: 'S', title: 'Grow revenue', level: 'strategy' }),
    aGoal({ id: 'S2', title: 'Delight customers', level: 'strategy' }),
    aGoal({ id: 'F', title: 'Win Europe', level: 'functional', parentId: 'S' }),
    aGoal({ id: 'F-b', title: 'Build partners', level: 'functional', parentId: 'S' }),
    aGoal({ id: 'P', title: 'Shorten sales cycle', level: 'process', parentId: 'F' }),
    aGoal({ id: 'J', title: 'CRM rollout', level: 'project', parentId: 'P' }),
    aGoal({ id: 'Y', title: 'Learn German', level: 'self', parentId: 'J' }),
  );

describe('which goals work at a level may serve', () => {
  it('offers the three levels a project can work at', () => {
    expect(PROJECT_LEVELS).toEqual(['functional', 'process', 'project']);
  });

  it.each([
    ['strategy', 'functional', true],
    ['functional', 'functional', true],
    ['process', 'functional', false],
    ['strategy', 'project', true],
    ['project', 'project', true],
    ['self', 'project', false],
    ['process', 'process', true],
    ['project', 'process', false],
  ] as const)('a %s goal, for %s-level work: %p', (goalLevel, level, expected) => {
    expect(mayServe(goalLevel, level)).toBe(expected);
  });

  it('groups the goals a project may serve by level from the top, by title within a level', () => {
    const groups = eligibleGroups(catalog(), 'process').map((g) => [g.level, g.goals.map((x) => x.title)]);
    expect(groups).toEqual([
      ['strategy', ['Delight customers', 'Grow revenue']],
      ['functional', ['Build partners', 'Win Europe']],
      ['process', ['Shorten sales cycle']],
    ]);
  });

  it('never offers a self goal and leaves out levels with no goals', () => {
    const levels = eligibleGroups(goals(aGoal({ id: 'S' }), aGoal({ id: 'Y', level: 'self' })), 'project').map((g) => g.level);
    expect(levels).toEqual(['strategy']);
  });
});

describe('the chain of a goal up to the strategy', () => {
  it('runs from the strategy goal down to the goal, in words', () => {
    const chain = chainOf(catalog(), 'J');
    expect(chain?.reachesStrategy).toBe(true);
    expect(chainText(chain!)).toBe('Grow revenue › Win Europe › Shorten sales cycle › CRM rollout');
  });

  it('is the strategy goal alone for a strategy goal', () => {
    expect(chainOf(catalog(), 'S')).toEqual({ goals: [catalog()[0]], reachesStrategy: true });
  });

  it('stops short of the strategy where a parent is not in the list (archived goals are not sent)', () => {
    const chain = chainOf(goals(aGoal({ id: 'P', title: 'Shorten sales cycle', level: 'process', parentId: 'F' })), 'P');
    expect(chain && chainText(chain)).toBe('Shorten sales cycle');
    expect(chain?.reachesStrategy).toBe(false);
  });

  it('stops at a parent loop rather than hang', () => {
    const chain = chainOf(
      goals(aGoal({ id: 'A', title: 'A', level: 'process', parentId: 'B' }), aGoal({ id: 'B', title: 'B', level: 'functional', parentId: 'A' })),
      'A',
    );
    expect(chain && chainText(chain)).toBe('B › A');
    expect(chain?.reachesStrategy).toBe(false);
  });

  it('is nothing for a goal not in the list', () => {
    expect(chainOf(catalog(), 'unknown')).toBeNull();
  });
});
