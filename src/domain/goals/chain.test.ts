// The chain above a piece of work: from its goal to the strategy goal, honest about gaps.
import { aGoal, smallCatalog, summaryOf } from '../../../test/builders/goals';
import { goalChain } from './chain';
import { buildGraph } from './graph';

const ids = (chain: ReturnType<typeof goalChain>) => chain.links.map((l) => (l.kind === 'goal' ? l.goal.id : `missing:${l.goalId}`));

describe('the chain of goals above work', () => {
  const graph = buildGraph(smallCatalog().map(summaryOf));

  it('walks from a project goal up to the strategy goal', () => {
    const chain = goalChain(graph, 'J');
    expect(ids(chain)).toEqual(['J', 'P', 'F', 'S']);
    expect(chain.reachesStrategy).toBe(true);
  });

  it('shows a deleted goal as missing instead of failing', () => {
    expect(goalChain(graph, 'gone')).toEqual({ links: [{ kind: 'missing', goalId: 'gone' }], reachesStrategy: false });
  });

  it('shows a missing parent at the top and does not claim to reach the strategy', () => {
    const g = buildGraph([aGoal({ id: 'A', level: 'process', parentId: 'deleted' })].map(summaryOf));
    const chain = goalChain(g, 'A');
    expect(ids(chain)).toEqual(['A', 'missing:deleted']);
    expect(chain.reachesStrategy).toBe(false);
  });

  it('does not reach the strategy through an archived strategy goal', () => {
    const g = buildGraph([aGoal({ id: 'S', status: 'archived' }), aGoal({ id: 'F', level: 'functional', parentId: 'S' })].map(summaryOf));
    expect(goalChain(g, 'F').reachesStrategy).toBe(false);
  });

  it('ends on corrupted data that loops', () => {
    const g = buildGraph([aGoal({ id: 'A', level: 'process', parentId: 'B' }), aGoal({ id: 'B', level: 'process', parentId: 'A' })].map(summaryOf));
    expect(ids(goalChain(g, 'A'))).toEqual(['A', 'B']);
  });
});
