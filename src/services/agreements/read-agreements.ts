// Use cases: what a goal's page shows of agreements (what it relies on, what relies on it, its commitment and its
// children's), one agreement with its whole thread, and the web of support agreements below a goal. Everything is as
// the caller may see it: an agreement whose other goal is hidden from them is left out of every list and answers
// NOT_FOUND with the words of a missing one; a hidden goal answers as a missing goal.
import { commitmentStanding, targetFingerprint } from '../../domain/agreements/commitment';
import { AGREEMENT_NOT_FOUND, GOAL_NOT_FOUND } from '../../domain/agreements/decide-support';
import { agreementSignals } from '../../domain/agreements/signals';
import { commitmentView } from '../../domain/agreements/views';
import { agreementWeb } from '../../domain/agreements/web';
import { buildGraph } from '../../domain/goals/graph';
import { holdsRoleOn } from '../../domain/kpi/access';
import { GOAL_AGREEMENTS_MAX, type AgreementWebView, type CommitmentView, type GoalAgreementsView, type SupportView } from '../../shared/api/agreements';
import { AppFailure } from '../../shared/errors';
import type { Commitment, SupportAgreement } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import { providerSignals, readsAgreements, todayOf, visibleCatalog, type AgreementDeps, type Visible } from './agreement-deps';
import { NOT_A_READER } from '../../domain/agreements/readers';
import { editorMatters, LIST_ROUNDS, present } from './present';

/** Rounds a child's commitment keeps on its parent's page. */
const CHILD_ROUNDS = 3;

const byNewest = (a: SupportAgreement, b: SupportAgreement): number => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

/** The providing goals of agreed support among these agreements (their work makes the risk). */
const providersOf = (agreements: readonly SupportAgreement[], byId: ReadonlyMap<string, GoalSummary>): GoalSummary[] => [
  ...new Map(agreements.filter((a) => a.state === 'accepted').map((a) => [a.toGoalId, byId.get(a.toGoalId)!])).values(),
];

const commitmentOf = (
  visible: Visible,
  goal: GoalSummary,
  record: Commitment | undefined,
  parentTarget: string,
  canCommit: boolean,
  rounds = Infinity,
): CommitmentView => {
  const parent = goal.parentId ? visible.byId.get(goal.parentId) : undefined;
  const view = commitmentView({
    goal,
    parent,
    record,
    standing: commitmentStanding(goal, parent, record, parentTarget),
    names: visible.snapshot.people,
    canCommit: canCommit && parent !== undefined && goal.status !== 'archived',
  });
  if (view.rounds.length <= rounds) return view;
  return { ...view, rounds: view.rounds.slice(-rounds), roundsOmitted: view.rounds.length - rounds };
};

export const readGoalAgreements = async (deps: AgreementDeps, accountId: string, goalId: string): Promise<GoalAgreementsView> => {
  const [visible, boards, lists] = await Promise.all([visibleCatalog(deps), deps.store.boards(), deps.store.ofGoal(goalId, GOAL_AGREEMENTS_MAX)]);
  const goal = visible.byId.get(goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
  // The same answer whatever the goal's agreements: it says nothing of them.
  if (!(await readsAgreements(deps, visible))) throw new AppFailure('FORBIDDEN', NOT_A_READER);
  const parent = goal.parentId ? visible.byId.get(goal.parentId) : undefined;
  const children = visible.snapshot.goals.filter((g) => g.parentId === goalId && g.id !== goalId);
  // Found by the index, trusted by the record: a record filed under this goal that names another is never shown.
  const reliesOn = lists.asking.filter((a) => a.fromGoalId === goalId && visible.byId.has(a.toGoalId)).sort(byNewest);
  const reliedOnBy = lists.providing.filter((a) => a.toGoalId === goalId && visible.byId.has(a.fromGoalId)).sort(byNewest);
  const all = [...reliesOn, ...reliedOnBy];
  const [commitments, parentKpis, ownKpis, signals] = await Promise.all([
    deps.store.commitments([goalId, ...children.map((c) => c.id)]),
    parent ? deps.kpis.ofGoal(parent.id) : Promise.resolve([]),
    children.length > 0 ? deps.kpis.ofGoal(goalId) : Promise.resolve([]),
    providerSignals(deps, providersOf(all, visible.byId), boards.health),
  ]);
  const roles = [goal, ...children].every((g) => holdsRoleOn(g, accountId));
  const isEditor = !roles || editorMatters(all, visible.byId, accountId) ? await deps.isEditor() : false;
  const presenter = { byId: visible.byId, people: visible.snapshot.people, accountId, isEditor, signals, today: todayOf(deps.now()) };
  const may = (g: GoalSummary) => isEditor || holdsRoleOn(g, accountId);
  const ownTarget = targetFingerprint(goal, ownKpis);
  return {
    goalId,
    reliesOn: reliesOn.map((a) => present(a, presenter, LIST_ROUNDS)),
    reliedOnBy: reliedOnBy.map((a) => present(a, presenter, LIST_ROUNDS)),
    commitment: commitmentOf(visible, goal, commitments.get(goalId), parent ? targetFingerprint(parent, parentKpis) : '', may(goal)),
    childCommitments: children.map((c) => commitmentOf(visible, c, commitments.get(c.id), ownTarget, may(c), CHILD_ROUNDS)),
    canAsk: may(goal) && goal.status !== 'archived',
  };
};

export const readAgreement = async (deps: AgreementDeps, accountId: string, id: string): Promise<SupportView> => {
  const [visible, boards, a] = await Promise.all([visibleCatalog(deps), deps.store.boards(), deps.store.get(id)]);
  if (!a || !visible.byId.has(a.fromGoalId) || !visible.byId.has(a.toGoalId) || !(await readsAgreements(deps, visible))) {
    throw new AppFailure('NOT_FOUND', AGREEMENT_NOT_FOUND);
  }
  const signals = await providerSignals(deps, providersOf([a], visible.byId), boards.health);
  const isEditor = editorMatters([a], visible.byId, accountId) ? await deps.isEditor() : false;
  return present(a, { byId: visible.byId, people: visible.snapshot.people, accountId, isEditor, signals, today: todayOf(deps.now()) });
};

export const readWeb = async (deps: AgreementDeps, rootGoalId: string): Promise<AgreementWebView> => {
  const [visible, boards] = await Promise.all([visibleCatalog(deps), deps.store.boards()]);
  const root = visible.byId.get(rootGoalId);
  if (!root) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
  if (!(await readsAgreements(deps, visible))) throw new AppFailure('FORBIDDEN', NOT_A_READER);
  const agreed = boards.support.agreements.filter((a) => a.state === 'accepted' && visible.byId.has(a.fromGoalId) && visible.byId.has(a.toGoalId));
  const providers = [...new Set(agreed.map((a) => a.toGoalId))];
  const progress = providers.length > 0 ? await deps.deliveryProgress(providers) : new Map<string, number>();
  const today = todayOf(deps.now());
  const facts = { support: boards.support.agreements, commitments: {}, health: boards.health.goals, kpiTargets: new Map() };
  const signals = agreementSignals(facts, visible.byId, today, (id) => progress.get(id) ?? null);
  return agreementWeb(root, buildGraph(visible.snapshot.goals), signals.live, today);
};
