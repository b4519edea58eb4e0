// Which levels a goal leaves out between itself and its parent. Allowed, but a gap: the method expects every goal
// below the functional level to be led through a functional team. A process (an ongoing function) is not required
// above a project: a project may serve a functional team's goal directly, and a Self goal any goal below the
// strategy. Pure.
import { LEVELS, levelRank, type Level } from '../../shared/levels';

/** For each level, the levels its parent may hold without leaving a level out. */
export const PARENT_LEVELS: Record<Level, readonly Level[]> = {
  strategy: ['strategy'],
  functional: ['strategy', 'functional'],
  process: ['functional', 'process'],
  project: ['functional', 'process', 'project'],
  self: ['functional', 'process', 'project', 'self'],
};

/**
 * The levels strictly between a parent and its child when the parent sits higher than the table allows; empty
 * when nothing is left out (or when the parent sits lower, which the catalog refuses anyway).
 */
export const skippedLevels = (parent: Level, child: Level): Level[] => {
  if (PARENT_LEVELS[child].includes(parent) || levelRank(parent) > levelRank(child)) return [];
  return LEVELS.filter((l) => levelRank(l) > levelRank(parent) && levelRank(l) < levelRank(child));
};
