// The ports the sub-goal and proposal use cases read and write through, and what they share: the parent as the
// caller may see it (a hidden goal answers exactly as a missing one), whether the caller decides under it, the
// Self-goal rule's work check, and a proposal as a reader sees it. Production adapters: src/wiring/deps.ts.
import { holdsRoleOn } from '../../domain/kpi/access';
import { servedByVisibleWork } from '../../domain/goals/proposals';
import { buildGraph, descendantsOf } from '../../domain/goals/graph';
import { workIndexOf } from '../../domain/goals/visibility';
import type { AgreementFacts } from '../../domain/agreements/signals';
import type { ProposalView } from '../../shared/api/proposals';
import { AppFailure } from '../../shared/errors';
import type { GoalSummary } from '../../shared/model/goal';
import type { Input } from '../../shared/model/input';
import type { Proposal, ProposalQuota } from '../../shared/model/proposal';
import type { AuditEvent } from '../../shared/model/audit';
import { beaten, committed } from '../../domain/commit-retry';
import type { CatalogStore } from '../ports/catalog';
import type { ProposalStore } from '../ports/proposals';
import { visibleGoalOf, type GoalVisibilityDeps } from './goal-visibility';

export interface ProposalDeps {
  /** The whole catalog; a use case sees it through `viewer` (readVisibleCatalog), restricted goals cut. */
  catalog: Pick<CatalogStore, 'read' | 'commit'>;
  viewer: GoalVisibilityDeps;
  proposals: ProposalStore;
  /** Whether the caller is a strategy editor (asked of Jira as the caller; asked only of those who hold no role). */
  isEditor(): Promise<boolean>;
  /** Display names of these people, read as the caller; unknown ids are left out. */
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
  /** "My goals": every live support agreement, every commitment and every goal's health, in one storage operation. */
  agreementFacts(): Promise<AgreementFacts>;
  /** "My goals": open input from the work, site-wide, in bounded pages. */
  openInput(): Promise<Input[]>;
  now(): Date;
  newId(prefix: string): string;
  goalId(title: string, taken: (id: string) => boolean): string;
  auditId(): string;
}

export const GOAL_NOT_FOUND = 'This goal does not exist, or you may not see it';
export const PROPOSAL_NOT_FOUND = 'This proposal does not exist, or you may not see it';

/** The parent as the caller may see it, with the visible catalog; NOT_FOUND (in `words`) when missing or hidden. */
export const visibleParent = (deps: Pick<ProposalDeps, 'catalog' | 'viewer'>, goalId: string, words = GOAL_NOT_FOUND) => visibleGoalOf(deps, goalId, words);

/** Whether the caller adds and decides under this goal; the editor check (Jira calls) only for those with no role on it. */
export const decidesUnder = async (deps: Pick<ProposalDeps, 'isEditor'>, goal: GoalSummary, accountId: string): Promise<boolean> =>
  holdsRoleOn(goal, accountId) || (await deps.isEditor());

/** The Self-goal rule (src/domain/goals/proposals.ts) for this caller: the projects they may browse, and the work
 *  records of the goal and the goals below it. */
export const myWorkServes = async (deps: Pick<ProposalDeps, 'viewer'>, goals: readonly GoalSummary[], goalId: string): Promise<boolean> => {
  const ids = [goalId, ...descendantsOf(buildGraph(goals), goalId).map((g) => g.id)];
  const [projects, alignments, rollups] = await Promise.all([deps.viewer.browsableProjects(), deps.viewer.alignments(), deps.viewer.rollups.goals(ids)]);
  const browsable = new Set(projects.map((p) => p.id));
  return servedByVisibleWork(goals, goalId, workIndexOf(alignments, rollups), browsable);
};

const person = (id: string | null, names: Record<string, string>) => (id ? { accountId: id, displayName: names[id] ?? 'Someone' } : null);

/** A proposal as one reader sees it: names as captured (and the catalog's for the deciders). */
export const proposalView = (
  p: Proposal,
  parent: Pick<GoalSummary, 'id' | 'title' | 'level' | 'leaderId' | 'managerId'>,
  reader: { accountId: string; decides: boolean; people: Record<string, string> },
): ProposalView => {
  const names = { ...reader.people, ...p.names };
  const d = p.decision;
  return {
    id: p.id,
    parent: { id: parent.id, title: parent.title, level: parent.level, orphan: parent.leaderId === null && parent.managerId === null },
    title: p.title,
    description: p.description,
    level: p.level,
    leader: person(p.leaderId, names),
    manager: person(p.managerId, names),
    timeframe: p.timeframe,
    proposer: { accountId: p.proposerId, displayName: names[p.proposerId] ?? 'Someone' },
    createdAt: p.createdAt,
    version: p.version,
    decision: d.state === 'pending' ? d : { ...d, by: person(d.by, names) },
    mine: p.proposerId === reader.accountId,
    mayDecide: d.state === 'pending' && reader.decides && p.proposerId !== reader.accountId,
    mayWithdraw: d.state === 'pending' && p.proposerId === reader.accountId,
  };
};

/** The audit event of a proposal's change (decided or withdrawn), by `by` at `at`. */
export const proposalAudit = (deps: Pick<ProposalDeps, 'auditId'>, before: Proposal, after: Proposal, at: string, by: string): AuditEvent => ({
  id: deps.auditId(),
  entity: 'proposal',
  entityId: before.id,
  action: 'update',
  at,
  by,
  before,
  after,
});

/** A proposal declined or withdrawn, with its proposer's count and its audit event, in one conditional write. */
export const commitClosed = async (
  deps: Pick<ProposalDeps, 'auditId' | 'proposals'>,
  before: Proposal,
  out: { proposal: Proposal; quota: ProposalQuota },
  at: string,
  by: string,
): Promise<{ committed: true; value: Proposal } | { committed: false }> =>
  (await deps.proposals.close({ ...out, audit: proposalAudit(deps, before, out.proposal, at, by) })) === 'committed' ? committed(out.proposal) : beaten;

export const failWith = (f: { code: AppFailure['code']; message: string; details?: unknown }): never => {
  throw new AppFailure(f.code, f.message, f.details);
};
