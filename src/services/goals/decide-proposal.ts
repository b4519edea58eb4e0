// Use case: the parent's leader or manager, or a strategy editor, approves a proposal (it enters the catalog as an
// active goal at its level) or declines it with a reason. Nobody decides their own proposal (FORBIDDEN); a proposal
// under a goal the caller may not see, or a declined one they may not see, answers as missing. Each decision is ONE
// transaction conditioned on the proposal's version (and, for an approval, on the catalog's revision), so two
// deciders at once make one decision and one CONFLICT.
import { buildGraph } from '../../domain/goals/graph';
import { decideGoal } from '../../domain/goals/decide';
import { checkSubGoal, decideProposal, decisionRight, goalInputOf, inputOf, maySeeProposal } from '../../domain/goals/proposals';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import type { DecideProposal, ProposalView } from '../../shared/api/proposals';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { Proposal } from '../../shared/model/proposal';
import { commitClosed, decidesUnder, failWith, proposalAudit, proposalView, PROPOSAL_NOT_FOUND, visibleParent, type ProposalDeps } from './proposal-deps';

export interface DecideRequest {
  proposalId: string;
  expectedVersion: number;
  decision: DecideProposal;
}

const stale = () => new AppFailure('CONFLICT', 'Someone decided this proposal, or changed the catalog, at the same time; look at it again');

export const decideOnProposal = async (deps: ProposalDeps, accountId: string, req: DecideRequest): Promise<ProposalView> => {
  const found = await deps.proposals.get(req.proposalId);
  if (!found) throw new AppFailure('NOT_FOUND', PROPOSAL_NOT_FOUND);
  const { goal: parent, catalog } = await visibleParent(deps, found.parentId, PROPOSAL_NOT_FOUND);
  const decides = await decidesUnder(deps, parent, accountId);
  if (!maySeeProposal(found, accountId, decides, (id) => catalog.goals.some((g) => g.id === id))) throw new AppFailure('NOT_FOUND', PROPOSAL_NOT_FOUND);
  const right = decisionRight(parent, found, accountId, decides);
  if (right === 'own') throw new AppFailure('FORBIDDEN', 'Nobody approves or declines their own proposal');
  if (right === 'no') throw new AppFailure('FORBIDDEN', `Only the leader and manager of “${parent.title}” and strategy editors decide its proposals`);
  const myName = await deps.namesOf([accountId]);

  const decided = await commitOnVersion(async (): Promise<{ committed: true; value: Proposal } | { committed: false }> => {
    const current = (await deps.proposals.get(req.proposalId)) ?? found;
    const quota = await deps.proposals.quota(current.proposerId);
    const at = deps.now().toISOString();
    const stamp = { by: accountId, at };
    const withName = { ...current, names: { ...current.names, ...myName } };
    if (req.decision.kind === 'decline') {
      const out = decideProposal(withName, req.expectedVersion, quota, { kind: 'decline', reason: req.decision.reason }, stamp);
      if (!out.ok) return failWith(out.failure);
      return commitClosed(deps, current, out.value, at, accountId);
    }
    // Approve: checked again against the catalog as it is now (the parent may have moved, changed level or been archived).
    const snapshot = await deps.catalog.read();
    const graph = buildGraph(snapshot.goals);
    const parentNow = graph.byId.get(current.parentId);
    if (!parentNow) throw new AppFailure('NOT_FOUND', PROPOSAL_NOT_FOUND);
    const fits = checkSubGoal(parentNow, inputOf(current), { kind: 'add' });
    if (!fits.ok) return failWith(fits.failure);
    const goalId = deps.goalId(current.title, (taken) => graph.byId.has(taken));
    const out = decideProposal(withName, req.expectedVersion, quota, { kind: 'approve', goalId }, stamp);
    if (!out.ok) return failWith(out.failure);
    const made = decideGoal(graph, null, { kind: 'create', id: goalId, input: goalInputOf(current.parentId, inputOf(current)) }, stamp);
    if (!made.ok) return failWith(made.failure);
    const goal = made.value;
    const proposer = { id: current.id, by: current.proposerId, name: current.names[current.proposerId] ?? 'Someone' };
    const goalAudit: AuditEvent = {
      id: deps.auditId(),
      entity: 'goal',
      entityId: goal.id,
      action: 'create',
      at,
      by: accountId,
      before: null,
      after: goal,
      proposal: proposer,
    };
    const audit = proposalAudit(deps, current, out.value.proposal, at, accountId);
    const names = Object.fromEntries([goal.leaderId, goal.managerId].flatMap((id) => (id && current.names[id] ? [[id, current.names[id]]] : [])));
    const result = await deps.proposals.approve({ ...out.value, audit }, { base: snapshot, goal, audit: goalAudit, names });
    return result === 'committed' ? committed(out.value.proposal) : beaten;
  }, stale);
  return proposalView(decided, parent, { accountId, decides, people: catalog.people });
};
