// Use case: what the reader may do under a goal (add directly, propose, propose a Self goal, decide) and the
// proposals under it they may see: pending ones for everyone who can see the goal, approved ones for those who may see
// the goal each became, declined ones for their proposer and the goal's deciders. A goal the reader may not see
// answers as a missing one.
import { levelsBelow, maySeeProposal } from '../../domain/goals/proposals';
import type { GoalProposalsView } from '../../shared/api/proposals';
import type { Proposal } from '../../shared/model/proposal';
import { decidesUnder, myWorkServes, proposalView, visibleParent, type ProposalDeps } from './proposal-deps';

/** The most proposals one goal's page lists (pending first); a bound on the answer, far above what a team sends. */
export const PROPOSALS_ON_PAGE = 100;

const ORDER: Record<Proposal['decision']['state'], number> = { pending: 0, declined: 1, withdrawn: 2, approved: 3 };

export const goalProposals = async (deps: ProposalDeps, accountId: string, goalId: string): Promise<GoalProposalsView> => {
  const { goal, catalog } = await visibleParent(deps, goalId);
  const [decides, stored] = await Promise.all([decidesUnder(deps, goal, accountId), deps.proposals.ofParent(goal.id)]);
  const visible = new Set(catalog.goals.map((g) => g.id));
  const seen = (id: string) => visible.has(id);
  const live = goal.status !== 'archived';
  const levels = levelsBelow(goal.level);
  const mayProposeSelf = live && !decides && levels.includes('self') && (await myWorkServes(deps, catalog.goals, goal.id));
  const proposals = stored
    .filter((p) => maySeeProposal(p, accountId, decides, seen))
    .sort((a, b) => ORDER[a.decision.state] - ORDER[b.decision.state] || b.createdAt.localeCompare(a.createdAt))
    .slice(0, PROPOSALS_ON_PAGE)
    .map((p) => proposalView(p, goal, { accountId, decides, people: catalog.people }));
  return {
    goalId: goal.id,
    mayAdd: live && decides && levels.length > 0,
    // A Self goal is proposed only by the person it is for (mayProposeSelf): the general form needs another level.
    mayPropose: live && !decides && levels.some((l) => l !== 'self'),
    mayProposeSelf,
    mayDecide: decides,
    levels,
    proposals,
  };
};
