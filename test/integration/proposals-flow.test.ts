// Goals proposed at every level through the real resolvers on the demo organisation: the member proposes a Self goal
// under Dashboards 3.0 (her story serves it) and the lead, its manager, approves it; the lead proposes under
// "Reliable, fast engineering delivery" (no role there) and the exec decides; the lead adds directly under the goal
// he manages.
import { accountOf } from '../support/local-forge';
import { ANALYTICS, DASHBOARDS, ENGINEERING, goal, mine, page, proposal, proposalFixture, subGoal, type ProposalFixture } from './proposals-fixture';

let f: ProposalFixture;
beforeEach(async () => {
  f = await proposalFixture();
});

const selfGoal = (persona: 'member' | 'lead' | 'exec' | 'outsider') =>
  subGoal({ title: 'Learn the layout engine’s internals', level: 'self', leaderId: accountOf(persona), managerId: accountOf(persona) });

describe('a Self goal proposed from the work', () => {
  it('is proposed by the member, approved by the lead, and enters the catalog at the Self level', async () => {
    const offered = page(await f.ofGoal('member', DASHBOARDS));
    // Under a project goal only a Self goal may follow: the member proposes one for herself, and no other kind.
    expect(offered).toMatchObject({ levels: ['self'], mayAdd: false, mayPropose: false, mayProposeSelf: true, mayDecide: false });
    const sent = proposal(await f.propose('member', DASHBOARDS, selfGoal('member')));
    expect(sent).toMatchObject({ level: 'self', decision: { state: 'pending' }, mine: true, mayDecide: false });

    const leadSees = page(await f.ofGoal('lead', DASHBOARDS));
    expect(leadSees.proposals.map((p) => [p.id, p.mayDecide])).toEqual([[sent.id, true]]);
    const approved = proposal(await f.decide('lead', sent.id, { kind: 'approve' }));
    expect(approved.decision).toMatchObject({ state: 'approved', by: { accountId: accountOf('lead') } });

    const catalog = (await f.t.as('member', { moduleKey: 'throughline-strategy', functionKey: 'catalog/list', payload: {} })).data as {
      goals: { id: string; level: string; leaderId: string; managerId: string; status: string; parentId: string }[];
    };
    const made = catalog.goals.find((g) => approved.decision.state === 'approved' && g.id === approved.decision.goalId)!;
    expect(made).toMatchObject({ level: 'self', parentId: DASHBOARDS, leaderId: accountOf('member'), managerId: accountOf('member'), status: 'active' });
    // Its history says who approved it, and whose proposal it was.
    const detail = (await f.t.as('member', { moduleKey: 'throughline-strategy', functionKey: 'catalog/get', payload: { id: made.id } })).data as {
      history: { action: string; by: string; proposal?: { by: string; name: string } }[];
    };
    expect(detail.history).toEqual([
      expect.objectContaining({
        action: 'create',
        by: accountOf('lead'),
        proposal: expect.objectContaining({ by: accountOf('member'), name: 'Sofia Lindqvist' }),
      }),
    ]);
    const my = mine(await f.mine('member'));
    expect(my.goals.map((g) => g.goal.id)).toContain(made.id);
    expect(my.proposals[0]).toMatchObject({ id: sent.id, decision: { state: 'approved' } });
    // Nobody asks a Self goal to commit to its parent: My goals says so no more than Due from you or the Gaps tab.
    expect(my.goals.find((g) => g.goal.id === made.id)!.waitsOn.map((w) => w.kind)).not.toContain('not-committed');

    // Her issue panel on a story under Dashboards 3.0 shows it (from the catalog it reads anyway); Aisha's is not hers.
    const panel = await f.t.as('member', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/context',
      payload: { issue: 'INS-3' },
      extension: { issue: { key: 'INS-3' } },
    });
    expect((panel.data as { mySelfGoals: unknown }).mySelfGoals).toEqual([
      { id: made.id, title: 'Learn the layout engine’s internals', parentId: DASHBOARDS, status: 'active' },
    ]);
  });

  it('tells the lead on My goals what waits on him: the member’s proposal under Dashboards 3.0', async () => {
    await f.propose('member', DASHBOARDS, selfGoal('member'));
    const dashboards = mine(await f.mine('lead')).goals.find((g) => g.goal.id === DASHBOARDS)!;
    expect(dashboards.roles).toEqual(['manager']);
    expect(dashboards.waitsOn).toEqual(
      expect.arrayContaining([
        { kind: 'proposals-to-decide', count: 1, sentence: '1 proposed sub-goal to approve or decline' },
        expect.objectContaining({ kind: 'input-to-triage' }),
      ]),
    );
    expect(mine(await f.mine('member')).proposals[0]).toMatchObject({ decision: { state: 'pending' }, mayDecide: false });
    expect(mine(await f.mine('member')).pendingRoom).toBe(4);
  });
});

describe('a sub-goal proposed outside one’s zone', () => {
  it('is declined by the exec with a reason the lead sees; a second one, approved, is in the catalog', async () => {
    const first = proposal(await f.propose('lead', ENGINEERING));
    const declined = proposal(await f.decide('exec', first.id, { kind: 'decline', reason: 'Fold it into the release train' }));
    expect(declined.decision).toMatchObject({ state: 'declined', reason: 'Fold it into the release train' });
    expect(mine(await f.mine('lead')).proposals[0]).toMatchObject({ id: first.id, decision: { state: 'declined', reason: 'Fold it into the release train' } });
    expect(page(await f.ofGoal('member', ENGINEERING)).proposals.map((x) => x.id)).not.toContain(first.id);

    const second = proposal(await f.propose('lead', ENGINEERING, subGoal({ title: 'Quarantine flaky tests' })));
    const ok = proposal(await f.decide('exec', second.id, { kind: 'approve' }));
    expect(ok.decision.state).toBe('approved');
    expect(ok.decision).toMatchObject({ goalId: expect.stringMatching(/^g-quarantine-flaky-tests-[0-9a-f]{6}$/) });
    expect((await f.stored()).goals).toContain(ok.decision.state === 'approved' ? ok.decision.goalId : '');
  });

  it('is added directly by the lead under the goal he manages', async () => {
    expect(page(await f.ofGoal('lead', ANALYTICS))).toMatchObject({ mayAdd: true, mayPropose: false });
    const made = goal(await f.add('lead', ANALYTICS, subGoal({ title: 'Embedded analytics SDK' })));
    expect(made).toMatchObject({ parentId: ANALYTICS, level: 'project', status: 'active', updatedBy: accountOf('lead') });
  });
});
