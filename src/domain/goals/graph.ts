// The goal graph: goals by id, children by parent, and walks up and down that always end, even on bad data.
import type { GoalSummary } from '../../shared/model/goal';

export interface GoalGraph {
  readonly byId: ReadonlyMap<string, GoalSummary>;
  readonly children: ReadonlyMap<string, readonly GoalSummary[]>;
  readonly roots: readonly GoalSummary[];
}

export const buildGraph = (goals: readonly GoalSummary[]): GoalGraph => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const children = new Map<string, GoalSummary[]>();
  const roots: GoalSummary[] = [];
  for (const g of goals) {
    if (g.parentId && byId.has(g.parentId)) {
      const list = children.get(g.parentId) ?? [];
      list.push(g);
      children.set(g.parentId, list);
    } else {
      roots.push(g);
    }
  }
  return { byId, children, roots };
};

/** The goal's ancestors, nearest first. Stops at a missing parent or a cycle instead of looping. */
export const ancestorsOf = (graph: GoalGraph, goalId: string): GoalSummary[] => {
  const out: GoalSummary[] = [];
  const seen = new Set([goalId]);
  let next = graph.byId.get(goalId)?.parentId ?? null;
  while (next && !seen.has(next)) {
    const g = graph.byId.get(next);
    if (!g) break;
    out.push(g);
    seen.add(next);
    next = g.parentId;
  }
  return out;
};

/** Every goal below this one, breadth first. */
export const descendantsOf = (graph: GoalGraph, goalId: string): GoalSummary[] => {
  const out: GoalSummary[] = [];
  const seen = new Set([goalId]);
  const queue = [...(graph.children.get(goalId) ?? [])];
  while (queue.length > 0) {
    const g = queue.shift()!;
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    out.push(g);
    queue.push(...(graph.children.get(g.id) ?? []));
  }
  return out;
};

/** Whether making `parentId` the parent of `goalId` would close a loop. */
export const wouldCycle = (graph: GoalGraph, goalId: string, parentId: string): boolean =>
  parentId === goalId || ancestorsOf(graph, parentId).some((g) => g.id === goalId);
