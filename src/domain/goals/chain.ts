// The chain of goals above a piece of work, from its goal up to the strategy goal, as the issue panel shows it.
import type { GoalSummary } from '../../shared/model/goal';
import { ancestorsOf, type GoalGraph } from './graph';

export type ChainLink = { kind: 'goal'; goal: GoalSummary } | { kind: 'missing'; goalId: string };

export interface GoalChain {
  links: ChainLink[];
  /** True when the chain ends at an active or achieved strategy goal. */
  reachesStrategy: boolean;
}

export const goalChain = (graph: GoalGraph, goalId: string): GoalChain => {
  const goal = graph.byId.get(goalId);
  if (!goal) return { links: [{ kind: 'missing', goalId }], reachesStrategy: false };
  const goals = [goal, ...ancestorsOf(graph, goalId)];
  const links: ChainLink[] = goals.map((g) => ({ kind: 'goal', goal: g }));
  const top = goals[goals.length - 1]!;
  // A parent id that points nowhere is shown as missing rather than silently cut off.
  if (top.parentId && !graph.byId.has(top.parentId)) links.push({ kind: 'missing', goalId: top.parentId });
  const reachesStrategy = top.level === 'strategy' && top.status !== 'archived' && links[links.length - 1]!.kind === 'goal';
  return { links, reachesStrategy };
};
