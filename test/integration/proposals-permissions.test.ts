// Who may add, propose and decide sub-goals, per persona, through the real resolvers on the demo organisation. The
// lead manages Dashboards 3.0 and "Ship the analytics features" and holds no role on "Reliable, fast engineering
// delivery"; the exec is a strategy editor; the member and the outsider hold no role; the member may not see the
// restricted goal. Every refusal is coded and stores nothing; hidden and missing answer alike.
import { forgeProposalStore } from '../../src/platform/storage/proposal-store';
import { PENDING_PROPOSAL } from '../../dev/demo';
import type { Goal } from '../../src/shared/model/goal';
import { accountOf, type PersonaId } from '../support/local-forge';
import {
  ANALYTICS,
  DASHBOARDS,
  ENGINEERING,
  makeManager,
  mine,
  page,
  proposal,
  proposalFixture,
  refusedWith,
  RESTRICTED,
  STRATEGY,
  subGoal,
  type ProposalFixture,
} from './proposals-fixture';

let f: ProposalFixture;

/** A copy of a stored proposal, 'pr-restricted', under the restricted goal (no use case puts one there for the member). */
const copyUnderRestricted = async (proposalId: string) => {
  const stored = (await forgeProposalStore.get(proposalId))!;
  const moved = { ...stored, id: 'pr-restricted', parentId: RESTRICTED };
  await forgeProposalStore.add({
    proposal: moved,
    quota: { proposerId: 'acc-x', pending: 1, revision: 1 },
    audit: { id: 'a', entity: 'proposal', entityId: moved.id, action: 'create', at: moved.createdAt, by: moved.proposerId, before: null, after: null },
  });
};
beforeEach(async () => {
  f = await proposalFixture();
});

const selfFor = (persona: PersonaId) =>
  subGoal({ title: 'Learn the layout engine’s internals', level: 'self', leaderId: accountOf(persona), managerId: accountOf(persona) });

describe('adding a sub-goal directly', () => {
  it.each([
    ['exec', ENGINEERING],
    ['lead', ANALYTICS],
  ] as const)('lets %s add under %s, active at once', async (persona, parentId) => {
    const out = await f.add(persona, parentId);
    expect(out).toMatchObject({ ok: true, data: { parentId, status: 'active', level: 'project' } });
  });

  it.each([
    ['member', DASHBOARDS],
    ['outsider', DASHBOARDS],
    ['lead', ENGINEERING],
  ] as const)('refuses %s, who neither leads nor manages %s, as FORBIDDEN', async (persona, parentId) => {
    await refusedWith(f, () => f.add(persona, parentId, selfFor(persona)), 'FORBIDDEN');
  });

  it('answers a restricted parent the member may not see exactly as a missing one', async () => {
    const hidden = await refusedWith(f, () => f.add('member', RESTRICTED), 'NOT_FOUND');
    const missing = await refusedWith(f, () => f.add('member', 'g-no-such-goal'), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
  });

  it('records who added it in the goal’s history', async () => {
    const made = await f.add('lead', ANALYTICS);
    const id = (made.data as { id: string }).id;
    const detail = (await f.t.as('lead', { moduleKey: 'throughline-strategy', functionKey: 'catalog/get', payload: { id } })).data as {
      history: { action: string; by: string }[];
    };
    expect(detail.history).toEqual([expect.objectContaining({ action: 'create', by: accountOf('lead') })]);
  });
});

// A new goal's id is read by everyone who may see it: it must not depend on goals they may not see. Numbered ids
// (the restricted "g-atlas-integration" taken, "Atlas integration" became "g-atlas-integration-2") told them it exists.
describe('the id of a new goal', () => {
  it('reads alike whether a restricted goal has its title’s slug or no goal has', async () => {
    const hidden = (await f.add('lead', ANALYTICS, subGoal({ title: 'Atlas integration' }))).data as { id: string };
    const free = (await f.add('lead', ANALYTICS, subGoal({ title: 'Atlas migration' }))).data as { id: string };
    expect(hidden.id).toMatch(/^g-atlas-integration-[0-9a-f]{6}$/);
    expect(free.id).toMatch(/^g-atlas-migration-[0-9a-f]{6}$/);
    const p = proposal(await f.propose('member', ANALYTICS, subGoal({ title: 'Atlas integration' })));
    const approved = proposal(await f.decide('lead', p.id, { kind: 'approve' }));
    expect(approved.decision).toMatchObject({ state: 'approved', goalId: expect.stringMatching(/^g-atlas-integration-[0-9a-f]{6}$/) });
  });
});

describe('proposing a sub-goal', () => {
  it.each([
    ['lead', ENGINEERING, subGoal()],
    ['member', ENGINEERING, subGoal({ level: 'process' })],
    ['outsider', ENGINEERING, subGoal()],
    ['member', DASHBOARDS, selfFor('member')],
  ] as const)('lets %s propose under %s', async (persona, parentId, input) => {
    expect(proposal(await f.propose(persona, parentId, input))).toMatchObject({ decision: { state: 'pending' }, proposer: { accountId: accountOf(persona) } });
  });

  it.each([
    ['exec', ENGINEERING, subGoal()],
    ['lead', DASHBOARDS, selfFor('lead')],
  ] as const)('tells %s, who may add under %s, to add it directly', async (persona, parentId, input) => {
    const e = await refusedWith(f, () => f.propose(persona, parentId, input), 'VALIDATION');
    expect(e.message).toMatch(/directly/);
  });

  it('refuses a Self goal under a goal the proposer’s work does not serve (the outsider browses nothing under Dashboards 3.0)', async () => {
    // Nothing to propose there at all (only a Self goal may follow a project goal): no form that can only fail.
    expect(page(await f.ofGoal('outsider', DASHBOARDS))).toMatchObject({ levels: ['self'], mayPropose: false, mayProposeSelf: false });
    expect(page(await f.ofGoal('outsider', ANALYTICS))).toMatchObject({ mayPropose: true, mayProposeSelf: false });
    await refusedWith(f, () => f.propose('outsider', DASHBOARDS, selfFor('outsider')), 'FORBIDDEN');
  });

  it('refuses a Self goal proposed for someone else', async () => {
    await refusedWith(f, () => f.propose('member', DASHBOARDS, selfFor('outsider')), 'VALIDATION');
  });

  it('answers a restricted parent the member may not see exactly as a missing one', async () => {
    const hidden = await refusedWith(f, () => f.propose('member', RESTRICTED, selfFor('member')), 'NOT_FOUND');
    const missing = await refusedWith(f, () => f.propose('member', 'g-no-such-goal', selfFor('member')), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
    expect((await f.ofGoal('member', RESTRICTED)).error).toEqual(missing);
  });
});

describe('deciding a proposal', () => {
  const memberProposes = async () => proposal(await f.propose('member', DASHBOARDS, selfFor('member')));

  it.each(['lead', 'exec'] as const)('lets %s approve the member’s Self goal', async (persona) => {
    const p = await memberProposes();
    expect(proposal(await f.decide(persona, p.id, { kind: 'approve' })).decision.state).toBe('approved');
  });

  it.each(['outsider', 'member'] as const)('refuses %s, who does not decide under Dashboards 3.0, as FORBIDDEN', async (persona) => {
    const p = persona === 'member' ? proposal(await f.propose('lead', ENGINEERING)) : await memberProposes();
    await refusedWith(f, () => f.decide(persona, p.id, { kind: 'decline', reason: 'no' }), 'FORBIDDEN');
  });

  it('refuses the proposer, even when they have come to manage the parent', async () => {
    const p = await memberProposes();
    await makeManager(f, DASHBOARDS, accountOf('member'));
    const e = await refusedWith(f, () => f.decide('member', p.id, { kind: 'approve' }), 'FORBIDDEN');
    expect(e.message).toMatch(/own proposal/);
  });

  it('shows a declined proposal to its proposer and the deciders only; to others it is missing', async () => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    await f.decide('exec', p.id, { kind: 'decline', reason: 'Not this quarter' });
    // The demo's pending proposal under the same goal is shown to everyone; the declined one only to these two.
    const ids = async (persona: PersonaId) => page(await f.ofGoal(persona, ENGINEERING)).proposals.map((x) => x.id);
    expect(await ids('lead')).toEqual([PENDING_PROPOSAL, p.id]);
    expect(await ids('exec')).toEqual([PENDING_PROPOSAL, p.id]);
    expect(await ids('member')).toEqual([PENDING_PROPOSAL]);
    const hidden = await refusedWith(f, () => f.decide('member', p.id, { kind: 'approve' }), 'NOT_FOUND');
    const missing = await refusedWith(f, () => f.decide('member', 'pr-nope', { kind: 'approve' }), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
  });

  // A proposal keeps the first title, description and people of the goal it became; once that goal is restricted,
  // the proposal must say nothing of it to those the goal does not admit, its proposer included.
  it('leaves an approved proposal out of every list once the goal it became is restricted, for those it does not admit', async () => {
    const secret = subGoal({ title: 'Prepare the merger', description: 'Confidential: the Lumen deal terms' });
    const p = proposal(await f.propose('lead', ENGINEERING, secret));
    const approved = proposal(await f.decide('exec', p.id, { kind: 'approve' }));
    const goalId = approved.decision.state === 'approved' ? approved.decision.goalId : '';
    const ids = async (persona: PersonaId) => page(await f.ofGoal(persona, ENGINEERING)).proposals.map((x) => x.id);
    const myIds = async (persona: PersonaId) => mine(await f.mine(persona)).proposals.map((x) => x.id);
    expect(await ids('member')).toContain(p.id);
    expect(await myIds('lead')).toContain(p.id);

    const strategy = (functionKey: string, payload: unknown) => f.t.as('exec', { moduleKey: STRATEGY, functionKey, payload });
    const made = ((await strategy('catalog/get', { id: goalId })).data as { goal: Goal }).goal;
    const { title, description, level, parentId, leaderId, managerId, timeframe, stage, status } = made;
    const input = { title, description, level, parentId, leaderId, managerId, timeframe, stage, status, restricted: true };
    expect(await strategy('catalog/update', { id: goalId, expectedVersion: made.version, input })).toMatchObject({ ok: true });

    expect(await ids('exec')).toContain(p.id);
    for (const persona of ['member', 'lead'] as const) {
      expect(await ids(persona)).not.toContain(p.id);
      const answers = JSON.stringify([await f.ofGoal(persona, ENGINEERING), await f.mine(persona)]);
      expect(answers).not.toContain('Prepare the merger');
      expect(answers).not.toContain('Lumen deal');
      expect(answers).not.toContain(goalId);
    }
    expect(await myIds('lead')).not.toContain(p.id);
    const hidden = await refusedWith(f, () => f.decide('member', p.id, { kind: 'approve' }), 'NOT_FOUND');
    const missing = await refusedWith(f, () => f.decide('member', 'pr-nope', { kind: 'approve' }), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
  });

  it('answers a proposal under a restricted goal the member may not see exactly as a missing one', async () => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    await copyUnderRestricted(p.id);
    const hidden = await refusedWith(f, () => f.decide('member', 'pr-restricted', { kind: 'approve' }), 'NOT_FOUND');
    const missing = await refusedWith(f, () => f.decide('member', 'pr-nope', { kind: 'approve' }), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
    expect(proposal(await f.decide('exec', 'pr-restricted', { kind: 'decline', reason: 'Not here' })).decision.state).toBe('declined');
  });

  it('keeps a restricted parent restricted: a sub-goal the exec adds under it stays out of the member’s sight', async () => {
    const made = (await f.add('exec', RESTRICTED, selfFor('exec'))).data as { id: string };
    const list = (persona: PersonaId) => f.t.as(persona, { moduleKey: 'throughline-strategy', functionKey: 'catalog/list', payload: {} });
    const ids = async (persona: PersonaId) => ((await list(persona)).data as { goals: { id: string }[] }).goals.map((g) => g.id);
    expect(await ids('exec')).toContain(made.id);
    expect(await ids('member')).not.toContain(made.id);
    expect((await f.ofGoal('member', made.id)).error?.code).toBe('NOT_FOUND');
  });

  it('lists a pending proposal to everyone who can see the parent, with Approve only for its deciders', async () => {
    const p = await memberProposes();
    for (const [persona, decides] of [
      ['lead', true],
      ['exec', true],
      ['member', false],
      ['outsider', false],
    ] as const) {
      const view = page(await f.ofGoal(persona, DASHBOARDS));
      expect([persona, view.proposals.map((x) => [x.id, x.mayDecide])]).toEqual([persona, [[p.id, decides]]]);
    }
  });
});

describe('withdrawing a proposal', () => {
  const withdraw = (persona: PersonaId, proposalId: string, expectedVersion = 1) =>
    f.t.as(persona, { moduleKey: STRATEGY, functionKey: 'goals/withdraw-proposal', payload: { proposalId, expectedVersion } });

  it('lets its proposer take it back while it waits: it frees his place and leaves the others’ lists', async () => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    const room = mine(await f.mine('lead')).pendingRoom;
    const out = proposal(await withdraw('lead', p.id));
    expect(out).toMatchObject({ id: p.id, decision: { state: 'withdrawn', by: { accountId: accountOf('lead') } }, mayWithdraw: false, mine: true });
    expect(mine(await f.mine('lead')).pendingRoom).toBe(room + 1);
    const ids = async (persona: PersonaId) => page(await f.ofGoal(persona, ENGINEERING)).proposals.map((x) => x.id);
    expect(await ids('member')).not.toContain(p.id);
    expect(await ids('exec')).toContain(p.id);
    // Nobody decides it any more, and it is not withdrawn twice.
    await refusedWith(f, () => f.decide('exec', p.id, { kind: 'approve' }), 'CONFLICT');
    await refusedWith(f, () => withdraw('lead', p.id, 2), 'CONFLICT');
  });

  it('is its proposer’s alone; a proposal under a goal the caller may not see answers as a missing one', async () => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    await refusedWith(f, () => withdraw('exec', p.id), 'FORBIDDEN');
    await refusedWith(f, () => withdraw('member', p.id), 'FORBIDDEN');
    await copyUnderRestricted(p.id);
    const hidden = await refusedWith(f, () => withdraw('member', 'pr-restricted'), 'NOT_FOUND');
    const missing = await refusedWith(f, () => withdraw('member', 'pr-nope'), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
    expect(proposal(await withdraw('lead', p.id)).decision.state).toBe('withdrawn');
  });
});
