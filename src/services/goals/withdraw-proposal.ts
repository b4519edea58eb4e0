// Use case: the proposer takes back a proposal nobody has decided yet (it frees their place among the pending ones,
// PROPOSALS_PENDING_MAX). Anyone else is FORBIDDEN; a proposal under a goal the caller may not see answers as a
// missing one. ONE transaction conditioned on the proposal's version and the proposer's count, with its audit event:
// a withdrawal racing a decision makes one of them, and a CONFLICT.
import { commitOnVersion } from '../../domain/commit-retry';
import { maySeeProposal, withdrawProposal } from '../../domain/goals/proposals';
import type { ProposalView } from '../../shared/api/proposals';
import { AppFailure } from '../../shared/errors';
import type { Proposal } from '../../shared/model/proposal';
import { commitClosed, decidesUnder, failWith, proposalView, PROPOSAL_NOT_FOUND, visibleParent, type ProposalDeps } from './proposal-deps';

export interface WithdrawRequest {
  proposalId: string;
  expectedVersion: number;
}

export const withdrawOwnProposal = async (deps: ProposalDeps, accountId: string, req: WithdrawRequest): Promise<ProposalView> => {
  const found = await deps.proposals.get(req.proposalId);
  if (!found) throw new AppFailure('NOT_FOUND', PROPOSAL_NOT_FOUND);
  const { goal: parent, catalog } = await visibleParent(deps, found.parentId, PROPOSAL_NOT_FOUND);
  const visible = new Set(catalog.goals.map((g) => g.id));
  // The proposer may see their own proposals whatever their state; anyone else is told only what they may see.
  if (found.proposerId !== accountId && !maySeeProposal(found, accountId, await decidesUnder(deps, parent, accountId), (id) => visible.has(id)))
    throw new AppFailure('NOT_FOUND', PROPOSAL_NOT_FOUND);
  const withdrawn = await commitOnVersion(
    async (): Promise<{ committed: true; value: Proposal } | { committed: false }> => {
      const current = (await deps.proposals.get(req.proposalId)) ?? found;
      const quota = await deps.proposals.quota(current.proposerId);
      const at = deps.now().toISOString();
      const out = withdrawProposal(current, req.expectedVersion, quota, { by: accountId, at });
      if (!out.ok) return failWith(out.failure);
      return commitClosed(deps, current, out.value, at, accountId);
    },
    () => new AppFailure('CONFLICT', 'Someone decided this proposal at the same time; look at it again'),
  );
  return proposalView(withdrawn, parent, { accountId, decides: false, people: catalog.people });
};
