// The burn-up of a goal's work through the real global page resolver on the demo organisation: today's point agrees
// with the goal's progress counts, only the work the viewer may browse is counted, and a goal out of sight is
// NOT_FOUND, as a missing one.
import { burnUpCall, type BurnUpView } from '../../src/shared/api/burn-up';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { DEMO_TODAY } from '../support/demo-day';
import { expectedTotals, projectIdsOf, subtree } from './alignment-fixture';

let t: DemoForge;
beforeAll(async () => {
  t = await demoForge();
});

const STRATEGY = 'throughline-strategy';
const ALL = ['INS', 'PLAT', 'REL', 'GROW', 'SALES', 'CS', 'ATLAS', 'DOCS'];
const burnUpRaw = (who: PersonaId, goalId: string) => t.as(who, { moduleKey: STRATEGY, functionKey: burnUpCall.key, payload: { goalId } });
const burnUp = async (who: PersonaId, goalId: string): Promise<BurnUpView> => {
  const out = await burnUpRaw(who, goalId);
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return burnUpCall.result.parse(out.data);
};
const sum = (c: { todo: number; inProgress: number; done: number }) => c.todo + c.inProgress + c.done;

describe('the burn-up of a goal’s work', () => {
  it('ends today with every issue under the goal’s epics, and those done, as its progress counts them', async () => {
    const view = await burnUp('exec', 'g-dashboards-v3');
    const want = expectedTotals(t, subtree(t, 'g-dashboards-v3'), projectIdsOf(t, ALL));
    expect(view.points.at(-1)).toEqual({ day: DEMO_TODAY, total: sum(want.counts), done: want.counts.done });
    expect(view.issues).toBe(sum(want.counts));
    expect(view.truncated).toBe(false);
    // A burn-up never goes down: work only arrives and gets done as the days pass.
    for (let i = 1; i < view.points.length; i++) {
      expect(view.points[i]!.total).toBeGreaterThanOrEqual(view.points[i - 1]!.total);
      expect(view.points[i]!.done).toBeGreaterThanOrEqual(view.points[i - 1]!.done);
    }
    expect(view.points[0]!.done).toBeLessThan(view.points.at(-1)!.done);
  });

  // The outsider browses only DOCS: every other project's issues under the strategy goals must not be counted.
  it('counts only the work the viewer may browse', async () => {
    let seen = 0;
    for (const goalId of ['g-grow-arr', 'g-delight-customers', 'g-operate-efficiently']) {
      const view = await burnUp('outsider', goalId);
      const want = expectedTotals(t, subtree(t, goalId), projectIdsOf(t, ['DOCS']));
      seen += sum(want.counts);
      if (sum(want.counts) === 0) expect(view.points).toEqual([]);
      else expect({ goalId, last: view.points.at(-1) }).toEqual({ goalId, last: { day: DEMO_TODAY, total: sum(want.counts), done: want.counts.done } });
    }
    expect(seen).toBeGreaterThan(0);
  });

  // The member cannot see the restricted acquisition goal: the revenue goal's burn-up leaves out its ATLAS work.
  it('leaves out the work of a restricted goal below it', async () => {
    const mine = (await burnUp('member', 'g-grow-arr')).points.at(-1)!;
    const want = expectedTotals(
      t,
      subtree(t, 'g-grow-arr').filter((id) => id !== 'g-atlas-integration'),
      projectIdsOf(t, ALL),
    );
    expect(mine).toEqual({ day: DEMO_TODAY, total: sum(want.counts), done: want.counts.done });
    const all = (await burnUp('exec', 'g-grow-arr')).points.at(-1)!;
    expect(all.total).toBeGreaterThan(mine.total);
  });

  it('answers NOT_FOUND for a restricted goal out of the viewer’s sight, in the words of a missing goal', async () => {
    const hidden = await burnUpRaw('member', 'g-atlas-integration');
    const missing = await burnUpRaw('member', 'g-no-such-goal');
    expect(hidden).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(hidden).toEqual(missing);
  });

  it('draws nothing for a goal with no work, and says when its work is out of sight', async () => {
    expect(await burnUp('exec', 'g-customer-community')).toEqual({ points: [], issues: 0, truncated: false, workOutOfSight: false });
    const outsider = await burnUp('outsider', 'g-dashboards-v3');
    expect(outsider).toMatchObject({ points: [], issues: 0, workOutOfSight: true });
  });

  it('reads Jira as the viewer, in a few calls', async () => {
    t.forge.jira.log.reset();
    await burnUp('lead', 'g-dashboards-v3');
    const calls = t.forge.jira.log.entries();
    expect(calls.every((e) => e.actor.kind === 'user')).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(5);
  });
});
