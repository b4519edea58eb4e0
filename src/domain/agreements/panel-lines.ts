// The issue panel's lines: what the goals of an issue's chain rely on. The panel reads no work and asks Jira nothing
// more than the issue, so it judges the providing goal's visibility from what it holds: a provider in a restricted
// subtree is shown only when the viewer leads or manages a goal of that subtree or the issue's own goal sits in it
// (the viewer browses that work). Anything else is left out: the panel may say less than the workspace, never more.
// Risks are those that need no work figures (KPI off track, overdue, archived). Pure.
import { RELIANCE_LINES_MAX, type AgreementGoal, type ReliedOnLine, type RelianceLine } from '../../shared/api/agreements';
import type { AgreementRisk, SupportSummary } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import { ancestorsOf, buildGraph, descendantsOf, type GoalGraph } from '../goals/graph';
import { hasRestrictedGoal } from '../goals/visibility';
import { risksOf } from './risk';
import { isLive } from './states';
import { reliedOnSentence, relianceSentence } from './words';

export const agreementGoal = (g: Pick<GoalSummary, 'id' | 'title' | 'level' | 'status'>): AgreementGoal => ({
  id: g.id,
  title: g.title,
  level: g.level,
  status: g.status,
});

/** Whether the panel may name `goalId` to this viewer, from what it holds (see the file's note). */
export const panelMaySee = (graph: GoalGraph, goalId: string, accountId: string, issueGoalId: string): boolean => {
  const goal = graph.byId.get(goalId);
  if (!goal) return false;
  for (const r of [goal, ...ancestorsOf(graph, goalId)]) {
    if (!r.restricted) continue;
    const subtree = [r, ...descendantsOf(graph, r.id)];
    const admitted = subtree.some((g) => g.id === issueGoalId || g.leaderId === accountId || g.managerId === accountId);
    if (!admitted) return false;
  }
  return true;
};

export interface PanelFacts {
  /** The chain's goal ids, the issue's own goal first. */
  chain: readonly string[];
  /** The whole catalog (the chain above visible work is the viewer's to see). */
  goals: readonly GoalSummary[];
  support: readonly SupportSummary[];
  health: Readonly<Record<string, GoalHealth>>;
  accountId: string;
  today: string;
}

/** One agreement met from a goal of the chain: the goal at its other end, the providing goal and the risks. */
interface Met {
  goalId: string;
  other: GoalSummary;
  a: SupportSummary;
  risks: AgreementRisk[];
}

/**
 * The live agreements with a goal of the chain at the end `here` (the asking or the providing one), chain order, then by
 * needed-by date; the goal at the other end only when the panel may name it; at most RELIANCE_LINES_MAX.
 */
const metOnChain = (f: PanelFacts, here: 'fromGoalId' | 'toGoalId'): Met[] => {
  if (f.chain.length === 0 || f.support.length === 0) return [];
  const graph = buildGraph(f.goals);
  const restricted = hasRestrictedGoal(f.goals);
  const issueGoalId = f.chain[0]!;
  const there = here === 'fromGoalId' ? 'toGoalId' : 'fromGoalId';
  const out: Met[] = [];
  for (const goalId of f.chain) {
    const live = f.support
      .filter((a) => a[here] === goalId && isLive(a.state))
      .sort((a, b) => a.neededBy.localeCompare(b.neededBy) || a.id.localeCompare(b.id));
    for (const a of live) {
      const other = graph.byId.get(a[there]);
      const provider = graph.byId.get(a.toGoalId);
      if (!other || !provider || (restricted && !panelMaySee(graph, other.id, f.accountId, issueGoalId))) continue;
      out.push({ goalId, other, a, risks: risksOf(a, { goal: provider, health: f.health[provider.id] }, f.today) });
      if (out.length >= RELIANCE_LINES_MAX) return out;
    }
  }
  return out;
};

/** What the chain's goals rely on. */
export const relianceLines = (f: PanelFacts): RelianceLine[] =>
  metOnChain(f, 'fromGoalId').map(({ goalId, other, a, risks }) => ({
    goalId,
    provider: agreementGoal(other),
    state: a.state,
    neededBy: a.neededBy,
    risk: risks[0]?.sentence ?? null,
    sentence: relianceSentence(other.title, a, risks),
  }));

/** The lines the other way round: who relies on a goal of the chain (its askers), under the same visibility rule. */
export const reliedOnLines = (f: PanelFacts): ReliedOnLine[] =>
  metOnChain(f, 'toGoalId').map(({ goalId, other, a, risks }) => ({
    goalId,
    asker: agreementGoal(other),
    state: a.state,
    neededBy: a.neededBy,
    risk: risks[0]?.sentence ?? null,
    sentence: reliedOnSentence(other.title, a, risks),
  }));
