// Use case: "My goals", every live goal the reader leads or manages at every level with its KPI health and what it
// waits on from them (proposals to decide, input to triage, agreements to answer, a commitment to its parent not
// given), and every proposal the reader made with its state (waiting for approval, declined with the reason,
// approved). Reads: the catalog, the agreement boards with the health board (one batch), the pending proposals, the
// open input, the reader's proposals and their pending count; no Jira call unless a goal is restricted.
import { agreementSignals } from '../../domain/agreements/signals';
import { levelRank } from '../../shared/levels';
import type { MyGoal, MyGoalsView, WaitItem } from '../../shared/api/proposals';
import { PROPOSALS_PENDING_MAX } from '../../shared/model/proposal';
import type { GoalSummary } from '../../shared/model/goal';
import { readVisibleCatalog } from './goal-visibility';
import { proposalView, type ProposalDeps } from './proposal-deps';
import { maySeeProposal } from '../../domain/goals/proposals';

/** How many of the reader's latest proposals "My goals" lists. */
export const MY_PROPOSALS = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const wait = (kind: WaitItem['kind'], count: number, sentence: string): WaitItem[] => (count > 0 ? [{ kind, count, sentence }] : []);

export const myGoals = async (deps: ProposalDeps, accountId: string): Promise<MyGoalsView> => {
  const [catalog, facts, pending, openInput, mine, quota] = await Promise.all([
    readVisibleCatalog(deps),
    deps.agreementFacts(),
    deps.proposals.pending(),
    deps.openInput(),
    deps.proposals.byProposer(accountId, MY_PROPOSALS),
    deps.proposals.quota(accountId),
  ]);
  const byId = new Map(catalog.goals.map((g) => [g.id, g]));
  const today = deps.now().toISOString().slice(0, 10);
  const signals = agreementSignals(facts, byId, today);
  const led = catalog.goals
    .filter((g) => g.status !== 'archived' && (g.leaderId === accountId || g.managerId === accountId))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.title.localeCompare(b.title));
  const count = <T>(items: readonly T[], goalOf: (t: T) => string) => {
    const out = new Map<string, number>();
    for (const t of items) out.set(goalOf(t), (out.get(goalOf(t)) ?? 0) + 1);
    return out;
  };
  const toDecide = count(
    pending.filter((p) => p.proposerId !== accountId),
    (p) => p.parentId,
  );
  const inputWaiting = count(openInput, (i) => i.goalId);
  const toAnswer = count(
    signals.live.filter((a) => a.summary.turn !== null),
    (a) => (a.summary.turn === 'provider' ? a.to.id : a.from.id),
  );
  const goals: MyGoal[] = led.map((g: GoalSummary) => {
    const standing = signals.standingOf(g.id)?.standing.status;
    return {
      goal: g,
      roles: [...(g.leaderId === accountId ? (['leader'] as const) : []), ...(g.managerId === accountId ? (['manager'] as const) : [])],
      health: facts.health[g.id] ?? null,
      waitsOn: [
        ...wait('proposals-to-decide', toDecide.get(g.id) ?? 0, `${plural(toDecide.get(g.id) ?? 0, 'proposed sub-goal')} to approve or decline`),
        ...wait('input-to-triage', inputWaiting.get(g.id) ?? 0, `${plural(inputWaiting.get(g.id) ?? 0, 'piece')} of input to triage`),
        ...wait('agreements-to-answer', toAnswer.get(g.id) ?? 0, `${plural(toAnswer.get(g.id) ?? 0, 'agreement')} to answer`),
        // As on the Gaps tab and in Due from you: nobody asks a Self goal to commit (one that did is asked again).
        ...wait(
          'not-committed',
          (standing === 'not-committed' && g.level !== 'self') || standing === 'ask-again' ? 1 : 0,
          'Not committed to its parent goal yet',
        ),
      ],
    };
  });
  // The reader's own proposals, as anyone reads them: an approved one only while they may see the goal it became.
  const proposals = mine.flatMap((p) => {
    const parent = byId.get(p.parentId);
    return parent && maySeeProposal(p, accountId, false, (id) => byId.has(id))
      ? [proposalView(p, parent, { accountId, decides: false, people: catalog.people })]
      : [];
  });
  return { goals, proposals, pendingRoom: Math.max(0, PROPOSALS_PENDING_MAX - quota.pending) };
};
