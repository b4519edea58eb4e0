// Independent writes do not contend: check-ins on different goals, saved at once with slow storage, all succeed and
// each becomes its goal's latest; the latest check-in of every goal still reads in one query.
import { scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const input = { status: 'on-track', confidence: 4, learnings: 'On plan', risks: '', decisions: '' };

describe('check-ins on different goals at once', () => {
  it('are all saved, and each is its goal’s latest on the scorecards', async () => {
    const goals = f.t.demo.strategy.goals
      .filter((g) => g.status !== 'archived')
      .slice(0, 8)
      .map((g) => g.id);
    f.t.forge.kvs.setFaults({ latencyMs: 30 });
    const outs = await Promise.all(goals.map((goalId) => f.call('exec', 'scorecards/check-in-add', { goalId, input })));
    f.t.forge.kvs.setFaults({});
    expect(outs.map((o) => o.ok)).toEqual(goals.map(() => true));
    const overview = (await f.call('exec', 'scorecards/overview', {})).data as { goals: { goal: { id: string }; checkIn: { last: { id: string } | null } }[] };
    for (const [i, goalId] of goals.entries()) {
      expect(overview.goals.find((g) => g.goal.id === goalId)?.checkIn.last?.id).toBe((outs[i]!.data as { id: string }).id);
    }
  });
});
