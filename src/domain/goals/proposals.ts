// Goals proposed at every level. Inside their zone people lead: the leader or manager of a goal (and a strategy
// editor) add sub-goals under it directly. Anyone else who can see the goal proposes one; a Self goal (the proposer
// as its leader and manager) only under a goal that work the proposer may browse serves. The parent's leader,
// manager or a strategy editor decides, never the proposer. Pure: facts in, a decision or a coded refusal out.
import { LEVEL_LABEL, LEVELS, levelRank, type Level } from '../../shared/levels';
import type { GoalInput, GoalSummary } from '../../shared/model/goal';
import { PROPOSALS_PENDING_MAX, type Proposal, type ProposalQuota, type SubGoalInput } from '../../shared/model/proposal';
import { holdsRoleOn } from '../kpi/access';
import { refuse, refuseField, success, type Result } from '../result';
import { buildGraph, descendantsOf } from './graph';
import type { WorkIndex } from './visibility';

/** The levels a sub-goal of a goal at `level` may take: every level below it (one may be skipped). */
export const levelsBelow = (level: Level): Level[] => LEVELS.filter((l) => levelRank(l) > levelRank(level));

/** Who adds directly under a goal: its leader, its manager and the strategy editors. */
export const mayAddUnder = (parent: Pick<GoalSummary, 'leaderId' | 'managerId'>, accountId: string, isEditor: boolean): boolean =>
  isEditor || holdsRoleOn(parent, accountId);

/** Who decides the proposals under a goal: the same people (the proposer excepted, see `decisionRight`). */
export const mayDecideUnder = mayAddUnder;

/** Whether the caller may decide this proposal: 'own' when they proposed it (nobody approves their own). */
export const decisionRight = (
  parent: Pick<GoalSummary, 'leaderId' | 'managerId'>,
  proposal: Pick<Proposal, 'proposerId'>,
  accountId: string,
  isEditor: boolean,
): 'yes' | 'own' | 'no' => (proposal.proposerId === accountId ? 'own' : mayDecideUnder(parent, accountId, isEditor) ? 'yes' : 'no');

/** Who sees a proposal, among those who can see its parent: a pending one everyone; an approved one those who may see
 *  the goal it became (it holds that goal's first title, description and people, and the goal may since have been
 *  restricted or deleted: hidden and gone alike); a declined or withdrawn one only its proposer and the parent's deciders. */
export const maySeeProposal = (
  proposal: Pick<Proposal, 'proposerId' | 'decision'>,
  accountId: string,
  isDecider: boolean,
  seesGoal: (goalId: string) => boolean,
): boolean => {
  const d = proposal.decision;
  if (d.state === 'approved') return seesGoal(d.goalId);
  return d.state === 'pending' || proposal.proposerId === accountId || isDecider;
};

/** The proposer takes a proposal back, while nobody has decided it; it frees their place among the pending ones. */
export const withdrawProposal = (
  proposal: Proposal,
  expectedVersion: number,
  quota: ProposalQuota,
  stamp: { by: string; at: string },
): Result<{ proposal: Proposal; quota: ProposalQuota }> => {
  if (proposal.proposerId !== stamp.by) return refuse('FORBIDDEN', 'Only the person who proposed it may withdraw a proposal');
  if (proposal.decision.state !== 'pending') return refuse('CONFLICT', 'This proposal was already decided', { proposalId: proposal.id });
  if (proposal.version !== expectedVersion) return refuse('CONFLICT', 'Someone changed this proposal since you opened it', { proposalId: proposal.id });
  return success({
    proposal: { ...proposal, version: proposal.version + 1, decision: { state: 'withdrawn', by: stamp.by, at: stamp.at } },
    quota: { ...quota, pending: Math.max(0, quota.pending - 1), revision: quota.revision + 1 },
  });
};

/**
 * The Self-goal rule: a goal "the work you can see serves" is one that itself, or a goal below it, has work (a
 * project aligned to it or an epic tagged to it) in a project the caller may browse.
 */
export const servedByVisibleWork = (goals: readonly GoalSummary[], goalId: string, work: WorkIndex, browsable: ReadonlySet<string>): boolean => {
  const graph = buildGraph(goals);
  const goal = graph.byId.get(goalId);
  if (!goal) return false;
  return [goal, ...descendantsOf(graph, goalId)].some((g) => (work.get(g.id) ?? []).some((p) => browsable.has(p)));
};

export type SubGoalMode = { kind: 'add' } | { kind: 'propose'; proposerId: string; servedByMyWork: boolean };

/** The checks every sub-goal passes, added or proposed: a live parent, a level below it, a Self goal led and
 *  managed by one person (the proposer, for a proposal, whose work serves the parent), a timeframe in order. */
export const checkSubGoal = (parent: Pick<GoalSummary, 'title' | 'level' | 'status'>, input: SubGoalInput, mode: SubGoalMode): Result<true> => {
  if (parent.status === 'archived') return refuseField('parentId', `“${parent.title}” is archived; it takes no new sub-goals`);
  if (levelRank(input.level) <= levelRank(parent.level))
    return refuseField('input.level', `A sub-goal of a ${LEVEL_LABEL[parent.level].toLowerCase()} goal sits at a level below it`);
  const { start, end } = input.timeframe;
  if (start && end && start > end) return refuseField('input.timeframe', 'The timeframe ends before it starts');
  if (input.level === 'self') {
    if (!input.leaderId || input.leaderId !== input.managerId)
      return refuseField('input.managerId', 'A Self goal is led and managed by the same person (self-leadership, self-management)');
    if (mode.kind === 'propose') {
      if (input.leaderId !== mode.proposerId) return refuseField('input.leaderId', 'You propose a Self goal for yourself: you lead and manage it');
      if (!mode.servedByMyWork) return refuse('FORBIDDEN', `You may propose a Self goal only under a goal your work serves; propose a sub-goal instead`);
    }
  }
  return success(true);
};

export interface ProposalStamp {
  id: string;
  proposerId: string;
  names: Record<string, string>;
  at: string;
}

/** A new proposal, and the proposer's pending count one higher; refused past PROPOSALS_PENDING_MAX. */
export const decideNewProposal = (
  parentId: string,
  input: SubGoalInput,
  quota: ProposalQuota,
  stamp: ProposalStamp,
): Result<{ proposal: Proposal; quota: ProposalQuota }> => {
  if (quota.pending >= PROPOSALS_PENDING_MAX)
    return refuseField('parentId', `You have ${PROPOSALS_PENDING_MAX} proposals waiting for a decision, the most at once. Wait for one to be decided.`);
  const proposal: Proposal = {
    id: stamp.id,
    parentId,
    title: input.title,
    description: input.description,
    level: input.level,
    leaderId: input.leaderId,
    managerId: input.managerId,
    timeframe: input.timeframe,
    proposerId: stamp.proposerId,
    names: stamp.names,
    createdAt: stamp.at,
    version: 1,
    decision: { state: 'pending' },
  };
  return success({ proposal, quota: { ...quota, pending: quota.pending + 1, revision: quota.revision + 1 } });
};

/** A goal as it enters the catalog from the sub-goal form (added directly or approved): active, at the first stage. */
export const goalInputOf = (parentId: string, input: SubGoalInput): GoalInput => ({ ...input, parentId, stage: 'assess', status: 'active' });

export type ProposalVerdict = { kind: 'approve'; goalId: string } | { kind: 'decline'; reason: string };

/** A decision names the version it saw; once decided a proposal stays decided (a second decider gets CONFLICT). */
export const decideProposal = (
  proposal: Proposal,
  expectedVersion: number,
  quota: ProposalQuota,
  verdict: ProposalVerdict,
  stamp: { by: string; at: string },
): Result<{ proposal: Proposal; quota: ProposalQuota }> => {
  if (proposal.decision.state !== 'pending') return refuse('CONFLICT', 'This proposal was already decided', { current: proposal });
  if (proposal.version !== expectedVersion) return refuse('CONFLICT', 'Someone changed this proposal since you opened it', { current: proposal });
  const decision =
    verdict.kind === 'approve'
      ? ({ state: 'approved', goalId: verdict.goalId, by: stamp.by, at: stamp.at } as const)
      : ({ state: 'declined', reason: verdict.reason, by: stamp.by, at: stamp.at } as const);
  return success({
    proposal: { ...proposal, version: proposal.version + 1, decision },
    quota: { ...quota, pending: Math.max(0, quota.pending - 1), revision: quota.revision + 1 },
  });
};

/** The input a proposal carries, to check it again when it is approved (the parent may have changed since). */
export const inputOf = (p: Proposal): SubGoalInput => ({
  title: p.title,
  description: p.description,
  level: p.level,
  leaderId: p.leaderId,
  managerId: p.managerId,
  timeframe: p.timeframe,
});
