// Goals proposed at every level: who adds, proposes and decides under a goal, the checks every sub-goal passes, the
// Self-goal rule, the pending limit, and a decision made once.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { PROPOSALS_PENDING_MAX, type Proposal, type SubGoalInput } from '../../shared/model/proposal';
import {
  checkSubGoal,
  decideNewProposal,
  decideProposal,
  decisionRight,
  levelsBelow,
  mayAddUnder,
  maySeeProposal,
  servedByVisibleWork,
  withdrawProposal,
} from './proposals';

const parent = summaryOf(aGoal({ id: 'g-p', title: 'Dashboards', level: 'project', parentId: 'g-s', leaderId: 'acc-leader', managerId: 'acc-manager' }));
const input = (over: Partial<SubGoalInput> = {}): SubGoalInput => ({
  title: 'Learn the layout engine',
  description: '',
  level: 'self',
  leaderId: 'acc-me',
  managerId: 'acc-me',
  timeframe: { start: null, end: null },
  ...over,
});
const quota = { proposerId: 'acc-me', pending: 0, revision: 0 };
const stamp = { id: 'pr-1', proposerId: 'acc-me', names: {}, at: '2026-11-28T12:00:00.000Z' };
const pending = (): Proposal => {
  const out = decideNewProposal('g-p', input(), quota, stamp);
  if (!out.ok) throw new Error('expected a proposal');
  return out.value.proposal;
};

describe('who adds, proposes and decides under a goal', () => {
  it.each([
    ['its leader', 'acc-leader', false, true, 'yes'],
    ['its manager', 'acc-manager', false, true, 'yes'],
    ['a strategy editor', 'acc-editor', true, true, 'yes'],
    ['anyone else', 'acc-someone', false, false, 'no'],
    ['the proposer, even as an editor', 'acc-me', true, true, 'own'],
    ['the proposer who manages the goal', 'acc-manager', false, true, 'own'],
  ] as const)('%s: adds directly %s, decides %s', (_who, id, editor, adds, decides) => {
    expect(mayAddUnder(parent, id, editor)).toBe(adds);
    const proposerId = decides === 'own' ? id : 'acc-me';
    expect(decisionRight(parent, { proposerId }, id, editor)).toBe(decides);
  });

  it('shows a declined proposal only to its proposer and the deciders; a pending one to everyone', () => {
    const all = () => true;
    const declined = { proposerId: 'acc-me', decision: { state: 'declined', reason: 'no', by: 'acc-leader', at: '' } } as const;
    expect([
      maySeeProposal(declined, 'acc-me', false, all),
      maySeeProposal(declined, 'acc-leader', true, all),
      maySeeProposal(declined, 'acc-someone', false, all),
    ]).toEqual([true, true, false]);
    expect(maySeeProposal({ proposerId: 'acc-me', decision: { state: 'pending' } }, 'acc-someone', false, all)).toBe(true);
  });

  // An approved proposal holds the first title, description and people of the goal it became: once that goal is
  // restricted (or deleted), it is shown to nobody the goal does not admit, its proposer and deciders included.
  it('shows an approved proposal only to those who may see the goal it became', () => {
    const approved = { proposerId: 'acc-me', decision: { state: 'approved', goalId: 'g-secret', by: 'acc-leader', at: '' } } as const;
    const sees = (ids: string[]) => (id: string) => ids.includes(id);
    expect(maySeeProposal(approved, 'acc-someone', false, sees(['g-secret']))).toBe(true);
    expect([
      maySeeProposal(approved, 'acc-someone', false, sees(['g-other'])),
      maySeeProposal(approved, 'acc-me', false, sees([])),
      maySeeProposal(approved, 'acc-leader', true, sees([])),
    ]).toEqual([false, false, false]);
  });
});

describe('the checks every sub-goal passes', () => {
  const propose = { kind: 'propose', proposerId: 'acc-me', servedByMyWork: true } as const;
  it.each([
    ['a Self goal for oneself, under a goal one’s work serves', null, input(), propose],
    ['a level not below the parent', 'VALIDATION', input({ level: 'project', leaderId: null, managerId: null }), propose],
    ['a level above the parent', 'VALIDATION', input({ level: 'functional' }), propose],
    ['a Self goal led by one and managed by another', 'VALIDATION', input({ managerId: 'acc-other' }), propose],
    ['a Self goal for someone else', 'VALIDATION', input({ leaderId: 'acc-other', managerId: 'acc-other' }), propose],
    ['a Self goal under a goal one’s work does not serve', 'FORBIDDEN', input(), { ...propose, servedByMyWork: false }],
    ['a Self goal for someone else, added by the leader', null, input({ leaderId: 'acc-other', managerId: 'acc-other' }), { kind: 'add' }],
    ['a timeframe that ends before it starts', 'VALIDATION', input({ timeframe: { start: '2026-12-01', end: '2026-11-01' } }), propose],
  ] as const)('%s → %s', (_case, code, sub, mode) => {
    const out = checkSubGoal(parent, sub, mode);
    expect(out.ok ? null : out.failure.code).toBe(code);
  });

  it('refuses an archived parent', () => {
    expect(checkSubGoal({ ...parent, status: 'archived' }, input(), { kind: 'add' })).toMatchObject({ ok: false, failure: { code: 'VALIDATION' } });
  });

  it('offers every level below the parent, skipping allowed', () => {
    expect(levelsBelow('functional')).toEqual(['process', 'project', 'self']);
    expect(levelsBelow('self')).toEqual([]);
  });
});

describe('the Self-goal rule: a goal the work one can see serves', () => {
  const goals = [parent, summaryOf(aGoal({ id: 'g-child', level: 'self', parentId: 'g-p' })), summaryOf(aGoal({ id: 'g-s', level: 'strategy' }))];
  it.each([
    ['work on the goal in a browsable project', true, new Map([['g-p', ['10']]])],
    ['work on a goal below it in a browsable project', true, new Map([['g-child', ['10']]])],
    ['work only in a project one cannot browse', false, new Map([['g-p', ['99']]])],
    ['work only above it', false, new Map([['g-s', ['10']]])],
  ] as const)('%s → %s', (_case, expected, work) => {
    expect(servedByVisibleWork(goals, 'g-p', work, new Set(['10']))).toBe(expected);
  });
});

describe('proposing and deciding', () => {
  it('counts pending proposals and refuses one past the limit', () => {
    expect(decideNewProposal('g-p', input(), quota, stamp)).toMatchObject({ ok: true, value: { quota: { pending: 1, revision: 1 } } });
    expect(decideNewProposal('g-p', input(), { ...quota, pending: PROPOSALS_PENDING_MAX }, stamp)).toMatchObject({
      ok: false,
      failure: { code: 'VALIDATION' },
    });
  });

  it('decides once: a second decision, or one on an older version, is a CONFLICT', () => {
    const at = { by: 'acc-leader', at: '2026-11-29T00:00:00.000Z' };
    const first = decideProposal(pending(), 1, { ...quota, pending: 1, revision: 1 }, { kind: 'approve', goalId: 'g-new' }, at);
    expect(first).toMatchObject({ ok: true, value: { proposal: { version: 2, decision: { state: 'approved', goalId: 'g-new' } }, quota: { pending: 0 } } });
    if (!first.ok) return;
    expect(decideProposal(first.value.proposal, 2, quota, { kind: 'decline', reason: 'no' }, at)).toMatchObject({ ok: false, failure: { code: 'CONFLICT' } });
    expect(decideProposal({ ...pending(), version: 3 }, 1, quota, { kind: 'decline', reason: 'no' }, at)).toMatchObject({
      ok: false,
      failure: { code: 'CONFLICT' },
    });
  });
});

describe('withdrawing a proposal', () => {
  const me = { by: 'acc-me', at: '2026-11-29T00:00:00.000Z' };
  const counted = { ...quota, pending: 1, revision: 1 };

  it('is its proposer taking it back while it waits: it frees their place', () => {
    const out = withdrawProposal(pending(), 1, counted, me);
    expect(out).toMatchObject({
      ok: true,
      value: { proposal: { version: 2, decision: { state: 'withdrawn', by: 'acc-me' } }, quota: { pending: 0, revision: 2 } },
    });
  });

  it('is nobody else’s, and nothing once decided or changed since it was read', () => {
    expect(withdrawProposal(pending(), 1, counted, { ...me, by: 'acc-leader' })).toMatchObject({ ok: false, failure: { code: 'FORBIDDEN' } });
    const approved = { ...pending(), version: 2, decision: { state: 'approved', goalId: 'g-new', by: 'acc-leader', at: me.at } } as const;
    expect(withdrawProposal(approved, 2, counted, me)).toMatchObject({ ok: false, failure: { code: 'CONFLICT' } });
    expect(withdrawProposal({ ...pending(), version: 3 }, 1, counted, me)).toMatchObject({ ok: false, failure: { code: 'CONFLICT' } });
  });

  it('cannot then be decided, and is seen afterwards only by its proposer and the deciders', () => {
    const out = withdrawProposal(pending(), 1, counted, me);
    if (!out.ok) throw new Error('withdrawn');
    const w = out.value.proposal;
    expect(decideProposal(w, 2, quota, { kind: 'approve', goalId: 'g-new' }, me)).toMatchObject({ ok: false, failure: { code: 'CONFLICT' } });
    const all = () => true;
    expect([maySeeProposal(w, 'acc-me', false, all), maySeeProposal(w, 'acc-leader', true, all), maySeeProposal(w, 'acc-else', false, all)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
