// The goals an alignment tree macro may start from.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { unaskedViewer } from '../../../test/builders/viewer';
import { readMacroGoalOptions } from './macro-options';

const catalogOf = (...goals: ReturnType<typeof aGoal>[]) => ({ read: async () => ({ revision: 1, goals: goals.map(summaryOf), people: {} }) });
const viewer = unaskedViewer();

describe('the goal options of the alignment tree macro', () => {
  it('lists every goal from the top level down, by title within a level, with only what picking needs', async () => {
    const options = await readMacroGoalOptions({
      viewer,
      catalog: catalogOf(
        aGoal({ id: 'g-b', title: 'Beta', level: 'process', parentId: 'g-s' }),
        aGoal({ id: 'g-s', title: 'Strategy', level: 'strategy' }),
        aGoal({ id: 'g-a', title: 'Alpha', level: 'process', parentId: 'g-s', status: 'archived' }),
      ),
    });
    expect(options.goals).toEqual([
      { id: 'g-s', title: 'Strategy', level: 'strategy', status: 'active', parentId: null },
      { id: 'g-a', title: 'Alpha', level: 'process', status: 'archived', parentId: 'g-s' },
      { id: 'g-b', title: 'Beta', level: 'process', status: 'active', parentId: 'g-s' },
    ]);
  });

  it('answers an empty list when there is no catalog yet', async () => {
    expect((await readMacroGoalOptions({ viewer, catalog: catalogOf() })).goals).toEqual([]);
  });
});
