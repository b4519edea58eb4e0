// Words of goals proposed at every level, shared by the goal page and "My goals": what became of a proposal, and
// what the reader may do under a goal. Pure, so they are tested without a browser.
import type { GoalProposalsView, ProposalView } from '../../../../src/shared/api/proposals';
import { LEVEL_LABEL } from '../../../../src/shared/levels';

export const STATE_WORD = { pending: 'Waiting for approval', approved: 'Approved', declined: 'Declined', withdrawn: 'Withdrawn' } as const;
export const STATE_TONE = { pending: 'warning', approved: 'success', declined: 'neutral', withdrawn: 'neutral' } as const;

/** "Proposed by Sofia Lindqvist: a Self goal under “Dashboards 3.0”." */
export const proposedSentence = (p: ProposalView): string =>
  `${p.mine ? 'You proposed' : `${p.proposer.displayName} proposed`} a ${LEVEL_LABEL[p.level].toLowerCase()} goal under “${p.parent.title}”.`;

/** What became of it, in one sentence (the reason of a decline is shown beside it, as text). */
export const decisionSentence = (p: ProposalView): string => {
  const d = p.decision;
  if (d.state === 'pending')
    return p.parent.orphan
      ? 'Waiting for a strategy editor to approve or decline it: the goal above it has no leader or manager.'
      : 'Waiting for the leader or manager of the goal above it (or a strategy editor) to approve or decline it.';
  const who = d.by ? d.by.displayName : 'Someone';
  if (d.state === 'withdrawn') return p.mine ? 'You withdrew it before anyone decided.' : `${who} withdrew it before anyone decided.`;
  return d.state === 'approved' ? `${who} approved it: it is an active goal now.` : `${who} declined it, saying:`;
};

/** The one line under the section's title: who adds, who proposes, who decides. */
export const zoneSentence = (v: Pick<GoalProposalsView, 'mayAdd' | 'mayPropose' | 'mayProposeSelf' | 'mayDecide' | 'levels'>): string => {
  if (v.levels.length === 0) return 'Self goals are the last level: nothing sits below them.';
  if (v.mayAdd) return 'You lead or manage this goal (or edit strategy): sub-goals you add are active at once, and you approve or decline what others propose.';
  if (v.mayPropose) return 'Its leader or manager approves or declines what you propose; you see their decision here and on My goals.';
  const onlySelf = v.levels.length === 1 && v.levels[0] === 'self';
  if (onlySelf && v.mayProposeSelf) return 'Only a Self goal can follow this goal: you may propose one for yourself, since your work serves it.';
  if (onlySelf) return 'Only a Self goal can follow this goal, proposed by someone whose work serves it; yours does not, as far as you can see.';
  return 'You cannot propose a sub-goal here.';
};

/** How many more proposals may wait for a decision at once (the limit against spam); `max` when none waits. */
export const roomWords = (room: number, max: number): string => {
  if (room === 0) return 'You have as many proposals waiting as one person may; the next one fits once one of them is decided or withdrawn.';
  if (room >= max) return `Up to ${max} of your proposals may wait for a decision at once.`;
  const waiting = max - room;
  return `${waiting} of your proposals ${waiting === 1 ? 'waits' : 'wait'} for a decision; you may send ${room} more.`;
};
