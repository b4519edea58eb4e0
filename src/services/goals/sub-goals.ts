// Use cases: a sub-goal added directly by the parent's leader or manager (or a strategy editor), and a sub-goal or
// Self goal proposed by anyone else who can see the parent. A parent the caller may not see answers as a missing
// one. An added goal is one catalog commit with its audit event; a proposal is one transaction with the
// proposer's pending count (so two tabs cannot slip past the limit) and its audit event.
import { buildGraph } from '../../domain/goals/graph';
import { decideGoal } from '../../domain/goals/decide';
import { checkSubGoal, decideNewProposal, goalInputOf } from '../../domain/goals/proposals';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { ProposalView } from '../../shared/api/proposals';
import { requireKnownPeople } from '../people/known-people';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { Goal } from '../../shared/model/goal';
import type { SubGoalInput } from '../../shared/model/proposal';
import { decidesUnder, failWith, myWorkServes, proposalView, visibleParent, type ProposalDeps } from './proposal-deps';

export interface SubGoalRequest {
  parentId: string;
  input: SubGoalInput;
}

const busyCatalog = () => new AppFailure('CONFLICT', 'The catalog is being changed by others right now; try again');

/** Leader, manager or strategy editor of the parent: the sub-goal enters the catalog, active, at once. */
export const addSubGoal = async (deps: ProposalDeps, accountId: string, req: SubGoalRequest): Promise<Goal> => {
  const { goal: parent } = await visibleParent(deps, req.parentId);
  if (!(await decidesUnder(deps, parent, accountId)))
    throw new AppFailure('FORBIDDEN', `Only the leader and manager of “${parent.title}” add sub-goals under it directly; propose one instead`);
  const checked = checkSubGoal(parent, req.input, { kind: 'add' });
  if (!checked.ok) failWith(checked.failure);
  const people = [req.input.leaderId, req.input.managerId].filter((id): id is string => id !== null);
  const names = people.length > 0 ? await deps.namesOf(people) : {};
  requireKnownPeople(names, [
    { field: 'input.leaderId', accountId: req.input.leaderId },
    { field: 'input.managerId', accountId: req.input.managerId },
  ]);
  return commitOnVersion(async () => {
    const snapshot = await deps.catalog.read();
    const graph = buildGraph(snapshot.goals);
    const at = deps.now().toISOString();
    const id = deps.goalId(req.input.title, (taken) => graph.byId.has(taken));
    const decided = decideGoal(graph, null, { kind: 'create', id, input: goalInputOf(req.parentId, req.input) }, { at, by: accountId });
    if (!decided.ok) return failWith(decided.failure);
    const goal = decided.value;
    const audit: AuditEvent = { id: deps.auditId(), entity: 'goal', entityId: goal.id, action: 'create', at, by: accountId, before: null, after: goal };
    return (await deps.catalog.commit(snapshot, goal, audit, names)) === 'committed' ? committed(goal) : beaten;
  }, busyCatalog);
};

/** Anyone else who can see the parent proposes; the parent's leader, manager or a strategy editor decides. */
export const proposeSubGoal = async (deps: ProposalDeps, accountId: string, req: SubGoalRequest): Promise<ProposalView> => {
  const { goal: parent, catalog } = await visibleParent(deps, req.parentId);
  if (holdsRoleOn(parent, accountId) || (await deps.isEditor()))
    throw new AppFailure('VALIDATION', `You may add sub-goals under “${parent.title}” directly; no proposal is needed`, [
      { path: 'parentId', message: 'add it directly' },
    ]);
  const servedByMyWork = req.input.level === 'self' ? await myWorkServes(deps, catalog.goals, parent.id) : false;
  const checked = checkSubGoal(parent, req.input, { kind: 'propose', proposerId: accountId, servedByMyWork });
  if (!checked.ok) failWith(checked.failure);
  const names = await deps.namesOf([...new Set([accountId, req.input.leaderId, req.input.managerId].filter((id): id is string => id !== null))]);
  requireKnownPeople(names, [
    { field: 'input.leaderId', accountId: req.input.leaderId },
    { field: 'input.managerId', accountId: req.input.managerId },
  ]);
  const proposal = await commitOnVersion(
    async () => {
      const at = deps.now().toISOString();
      const quota = await deps.proposals.quota(accountId);
      const decided = decideNewProposal(parent.id, req.input, quota, { id: deps.newId('pr'), proposerId: accountId, names, at });
      if (!decided.ok) return failWith(decided.failure);
      const { proposal: p } = decided.value;
      const audit: AuditEvent = { id: deps.auditId(), entity: 'proposal', entityId: p.id, action: 'create', at, by: accountId, before: null, after: p };
      return (await deps.proposals.add({ ...decided.value, audit })) === 'committed' ? committed(p) : beaten;
    },
    () => new AppFailure('CONFLICT', 'You sent several proposals at once; try again'),
  );
  return proposalView(proposal, parent, { accountId, decides: false, people: catalog.people });
};
