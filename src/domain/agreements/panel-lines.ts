// The issue panel's lines: what the goals of an issue's chain rely on. The panel reads no work and asks Jira nothing
// more than the issue, so it judges the providing goal's visibility from what it holds: a provider in a restricted
// subtree is shown only when the viewer leads or manages a goal of that subtree or the issue's own goal sits in it
// (the viewer browses that work). Anything else is left out: the panel may say less than the workspace, never more.
// Risks are those that need no work figures (KPI off track, overdue, archived). Pure.
import { RELIANCE_LINES_MAX, type AgreementGoal, type ReliedOnLine, type RelianceLine } from '../../shared/api/agreements';
import type { SupportSummary } from '../../shared/model/agreement';
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

/** The lines the other way round: who relies on a goal of the chain (its askers), under the same visibility rule. */
export const reliedOnLines = (f: PanelFacts): ReliedOnLine[] => {
  if (f.chain.length === 0 || f.support.length === 0) return [];
  const graph = buildGraph(f.goals);
  const restricted = hasRestrictedGoal(f.goals);
  const issueGoalId = f.chain[0]!;
  const out: ReliedOnLine[] = [];
  for (const goalId of f.chain) {
    const provider = graph.byId.get(goalId);
    if (!provider) continue;
    const theirs = f.support
      .filter((a) => a.toGoalId === goalId && isLive(a.state))
      .sort((a, b) => a.neededBy.localeCompare(b.neededBy) || a.id.localeCompare(b.id));
    for (const a of theirs) {
      const asker = graph.byId.get(a.fromGoalId);
      if (!asker || (restricted && !panelMaySee(graph, asker.id, f.accountId, issueGoalId))) continue;
      const risks = risksOf(a, { goal: provider, health: f.health[provider.id] }, f.today);
      out.push({
        goalId,
        asker: agreementGoal(asker),
        state: a.state,
        neededBy: a.neededBy,
        risk: risks[0]?.sentence ?? null,
        sentence: reliedOnSentence(asker.title, a, risks),
      });
      if (out.length >= RELIANCE_LINES_MAX) return out;
    }
  }
  return out;
};

export const relianceLines = (f: PanelFacts): RelianceLine[] => {
  if (f.chain.length === 0 || f.support.length === 0) return [];
  const graph = buildGraph(f.goals);
  const restricted = hasRestrictedGoal(f.goals);
  const issueGoalId = f.chain[0]!;
  const out: RelianceLine[] = [];
  for (const goalId of f.chain) {
    const mine = f.support
      .filter((a) => a.fromGoalId === goalId && isLive(a.state))
      .sort((a, b) => a.neededBy.localeCompare(b.neededBy) || a.id.localeCompare(b.id));
    for (const a of mine) {
      const provider = graph.byId.get(a.toGoalId);
      if (!provider || (restricted && !panelMaySee(graph, provider.id, f.accountId, issueGoalId))) continue;
      const risks = risksOf(a, { goal: provider, health: f.health[provider.id] }, f.today);
      out.push({
        goalId,
        provider: agreementGoal(provider),
        state: a.state,
        neededBy: a.neededBy,
        risk: risks[0]?.sentence ?? null,
        sentence: relianceSentence(provider.title, a, risks),
      });
      if (out.length >= RELIANCE_LINES_MAX) return out;
    }
  }
  return out;
};
