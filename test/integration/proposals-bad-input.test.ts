// Bad input and races on proposals, through the real resolvers: each refusal is coded and stores nothing; two
// deciders at once make one decision and one CONFLICT; the pending limit holds.
import { PROPOSALS_PENDING_MAX } from '../../src/shared/model/proposal';
import { accountOf } from '../support/local-forge';
import { ANALYTICS, DASHBOARDS, ENGINEERING, proposal, proposalFixture, refusedWith, subGoal, type ProposalFixture } from './proposals-fixture';

let f: ProposalFixture;
beforeEach(async () => {
  f = await proposalFixture();
});

const memberSelf = subGoal({ level: 'self', leaderId: accountOf('member'), managerId: accountOf('member') });

describe('bad input', () => {
  it.each([
    ['an unknown parent', () => f.propose('lead', 'g-no-such-goal'), 'NOT_FOUND'],
    ['a level not below the parent', () => f.propose('lead', ENGINEERING, subGoal({ level: 'functional' })), 'VALIDATION'],
    ['a level above the parent', () => f.propose('lead', ENGINEERING, subGoal({ level: 'strategy' })), 'VALIDATION'],
    ['a 256-character title', () => f.propose('lead', ENGINEERING, subGoal({ title: 'x'.repeat(256) })), 'VALIDATION'],
    ['an oversized description', () => f.propose('lead', ENGINEERING, subGoal({ description: 'x'.repeat(10_001) })), 'VALIDATION'],
    ['an empty title', () => f.propose('lead', ENGINEERING, subGoal({ title: '   ' })), 'VALIDATION'],
    // A title shown in mails and on pages: a right-to-left override shows "Approve…" as something else; a NUL or a
    // line break breaks the one line it is shown on.
    ['a title with a direction override', () => f.propose('lead', ENGINEERING, subGoal({ title: 'Ship \u202Eevil.exe' })), 'VALIDATION'],
    ['a title with a NUL', () => f.propose('lead', ENGINEERING, subGoal({ title: 'Ship\u0000it' })), 'VALIDATION'],
    ['a title with a line break', () => f.add('lead', ANALYTICS, subGoal({ title: 'Ship\nit' })), 'VALIDATION'],
    ['an unknown field', () => f.propose('lead', ENGINEERING, subGoal({ status: 'active' })), 'VALIDATION'],
    [
      'a timeframe ending before it starts',
      () => f.propose('lead', ENGINEERING, subGoal({ timeframe: { start: '2026-12-01', end: '2026-01-01' } })),
      'VALIDATION',
    ],
    ['a direct add at the parent’s level', () => f.add('lead', DASHBOARDS, subGoal({ level: 'project' })), 'VALIDATION'],
  ] as const)('refuses %s', async (_case, call, code) => {
    await refusedWith(f, call, code);
  });

  it.each([
    ['a decline without a reason', { kind: 'decline', reason: '  ' }],
    ['an oversized reason', { kind: 'decline', reason: 'x'.repeat(1001) }],
    ['an unknown decision', { kind: 'maybe' }],
  ])('refuses %s', async (_case, decision) => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    await refusedWith(f, () => f.decide('exec', p.id, decision), 'VALIDATION');
  });

  it('refuses a decision on a version the decider did not see', async () => {
    const p = proposal(await f.propose('lead', ENGINEERING));
    await refusedWith(f, () => f.decide('exec', p.id, { kind: 'approve' }, 7), 'CONFLICT');
  });

  it(`holds at most ${PROPOSALS_PENDING_MAX} pending proposals per person; a decision frees a place`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < PROPOSALS_PENDING_MAX; i++) ids.push(proposal(await f.propose('lead', ENGINEERING, subGoal({ title: `Idea ${i}` }))).id);
    const e = await refusedWith(f, () => f.propose('lead', ENGINEERING, subGoal({ title: 'One too many' })), 'VALIDATION');
    expect(e.message).toMatch(/waiting for a decision/);
    await f.decide('exec', ids[0]!, { kind: 'decline', reason: 'Too many at once' });
    expect((await f.propose('lead', ENGINEERING, subGoal({ title: 'Now it fits' }))).ok).toBe(true);
  });
});

describe('two deciders at once', () => {
  it.each([
    ['both approve', { kind: 'approve' }, { kind: 'approve' }],
    ['one approves, one declines', { kind: 'approve' }, { kind: 'decline', reason: 'No' }],
  ] as const)('%s: one decision, one CONFLICT, one goal at most', async (_case, a, b) => {
    const p = proposal(await f.propose('member', DASHBOARDS, memberSelf));
    const out = await Promise.all([f.decide('lead', p.id, a, 1), f.decide('exec', p.id, b, 1)]);
    expect(out.map((o) => (o.ok ? 'ok' : o.error!.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const { proposals, goals } = await f.stored();
    const stored = proposals.find((x) => x.id === p.id)!;
    expect(stored.version).toBe(2);
    const made = goals.filter((id) => id.startsWith('g-cut-flaky-tests'));
    expect(made).toHaveLength(stored.decision.state === 'approved' ? 1 : 0);
  });

  it('two proposals sent at once by one person at the limit: only one slips in', async () => {
    for (let i = 0; i < PROPOSALS_PENDING_MAX - 1; i++) await f.propose('lead', ENGINEERING, subGoal({ title: `Idea ${i}` }));
    const out = await Promise.all([f.propose('lead', ENGINEERING, subGoal({ title: 'A' })), f.propose('lead', ENGINEERING, subGoal({ title: 'B' }))]);
    expect(out.filter((o) => o.ok)).toHaveLength(1);
    expect((await f.stored()).proposals.filter((p) => p.proposerId === accountOf('lead') && p.decision.state === 'pending')).toHaveLength(
      PROPOSALS_PENDING_MAX,
    );
  });
});
