// The words of proposals: who proposed what, what became of it, and who may do what under a goal.
import type { ProposalView } from '../../../../src/shared/api/proposals';
import { decisionSentence, proposedSentence, roomWords, zoneSentence } from './proposal-words';

const base: ProposalView = {
  id: 'pr-1',
  parent: { id: 'g-p', title: 'Dashboards 3.0', level: 'project' },
  title: 'Learn the layout engine',
  description: '',
  level: 'self',
  leader: null,
  manager: null,
  timeframe: { start: null, end: null },
  proposer: { accountId: 'a', displayName: 'Sofia Lindqvist' },
  createdAt: '2026-11-28T10:00:00.000Z',
  version: 1,
  decision: { state: 'pending' },
  mine: false,
  mayDecide: true,
  mayWithdraw: false,
};

describe('the words of a proposal', () => {
  it('says who proposed it, and "You" to its proposer', () => {
    expect(proposedSentence(base)).toBe('Sofia Lindqvist proposed a self goal under “Dashboards 3.0”.');
    expect(proposedSentence({ ...base, mine: true })).toBe('You proposed a self goal under “Dashboards 3.0”.');
  });

  it('says what became of it', () => {
    const by = { accountId: 'b', displayName: 'Daniel Okafor' };
    expect(decisionSentence({ ...base, decision: { state: 'approved', goalId: 'g-x', by, at: '' } })).toBe(
      'Daniel Okafor approved it: it is an active goal now.',
    );
    expect(decisionSentence({ ...base, decision: { state: 'declined', reason: 'No', by, at: '' } })).toBe('Daniel Okafor declined it, saying:');
    expect(decisionSentence({ ...base, parent: { ...base.parent, orphan: true } })).toBe(
      'Waiting for a strategy editor to approve or decline it: the goal above it has no leader or manager.',
    );
    const withdrawn = { ...base, decision: { state: 'withdrawn', by: { accountId: 'a', displayName: 'Sofia Lindqvist' }, at: '' } } as const;
    expect(decisionSentence(withdrawn)).toBe('Sofia Lindqvist withdrew it before anyone decided.');
    expect(decisionSentence({ ...withdrawn, mine: true })).toBe('You withdrew it before anyone decided.');
  });

  it('tells the reader who adds and who proposes', () => {
    const v = { mayProposeSelf: false };
    expect(zoneSentence({ ...v, mayAdd: true, mayPropose: false, mayDecide: true, levels: ['self'] })).toMatch(/active at once/);
    expect(zoneSentence({ ...v, mayAdd: false, mayPropose: true, mayDecide: false, levels: ['project', 'self'] })).toMatch(
      /approves or declines what you propose/,
    );
    expect(zoneSentence({ ...v, mayAdd: false, mayPropose: false, mayDecide: false, levels: [] })).toMatch(/last level/);
    // Under a project goal only a Self goal follows: say so, never "takes no new sub-goals" above "Propose a Self goal".
    expect(zoneSentence({ mayAdd: false, mayPropose: false, mayProposeSelf: true, mayDecide: false, levels: ['self'] })).toBe(
      'Only a Self goal can follow this goal: you may propose one for yourself, since your work serves it.',
    );
    expect(zoneSentence({ ...v, mayAdd: false, mayPropose: false, mayDecide: false, levels: ['self'] })).toMatch(
      /^Only a Self goal can follow this goal, proposed by someone whose work serves it/,
    );
  });

  it('says how many more proposals may wait, and never speaks of waiting ones when none waits', () => {
    expect([roomWords(5, 5), roomWords(2, 5), roomWords(4, 5)]).toEqual([
      'Up to 5 of your proposals may wait for a decision at once.',
      '3 of your proposals wait for a decision; you may send 2 more.',
      '1 of your proposals waits for a decision; you may send 4 more.',
    ]);
    expect(roomWords(0, 5)).toMatch(/as many proposals waiting as one person may/);
  });
});
