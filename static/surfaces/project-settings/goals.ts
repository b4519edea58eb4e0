// Pure helpers over the goal list the page receives: a goal's chain up to the strategy goal, and which goals a
// project at a given level may serve (its own level or above, as the method says).
import { isSameOrHigher, LEVELS, type Level } from '../../../src/shared/levels';
import type { GoalSummary } from '../../../src/shared/model/goal';
import type { ProjectLevel } from '../../../src/shared/model/project-alignment';

export const PROJECT_LEVELS: readonly ProjectLevel[] = ['functional', 'process', 'project'];

/** Whether work at `level` may serve a goal at `goalLevel`: the goal is at the same level or higher. */
export const mayServe = (goalLevel: Level, level: ProjectLevel): boolean => isSameOrHigher(goalLevel, level);

export interface Chain {
  /** From the strategy goal (or the highest goal found) down to the goal itself. */
  goals: GoalSummary[];
  /** Whether the chain reaches a strategy goal; false when a parent is archived, missing or loops. */
  reachesStrategy: boolean;
}

export const chainOf = (goals: readonly GoalSummary[], goalId: string): Chain | null => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const start = byId.get(goalId);
  if (!start) return null;
  const path: GoalSummary[] = [start];
  const seen = new Set([start.id]);
  let current = start;
  // Bounded by the number of goals: a cycle in stored data must not hang the page.
  while (current.parentId && !seen.has(current.parentId)) {
    const parent = byId.get(current.parentId);
    if (!parent) break;
    path.unshift(parent);
    seen.add(parent.id);
    current = parent;
  }
  return { goals: path, reachesStrategy: path[0]?.level === 'strategy' };
};

export const chainText = (chain: Chain): string => chain.goals.map((g) => g.title).join(' › ');

/** Goals a project at `level` may serve, grouped by their level from the top, each group by title. */
export const eligibleGroups = (goals: readonly GoalSummary[], level: ProjectLevel): { level: Level; goals: GoalSummary[] }[] =>
  LEVELS.filter((l) => l !== 'self' && mayServe(l, level))
    .map((l) => ({ level: l, goals: goals.filter((g) => g.level === l).sort((a, b) => a.title.localeCompare(b.title)) }))
    .filter((group) => group.goals.length > 0);
