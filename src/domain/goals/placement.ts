// Where a goal may sit: strategy goals at the top, every other goal under one at the same or a higher level,
// never under itself or its own descendants, never under an archived goal.
import { LEVEL_LABEL, type Level } from '../../shared/levels';
import type { GoalStatus, GoalSummary, Timeframe } from '../../shared/model/goal';
import { isSameOrHigher } from '../levels';
import { refuseField, success, type Result } from '../result';
import { wouldCycle, type GoalGraph } from './graph';

export interface Placement {
  id: string;
  level: Level;
  parentId: string | null;
  status: GoalStatus;
  timeframe: Timeframe;
}

export const checkPlacement = (graph: GoalGraph, goal: Placement): Result<true> => {
  const { timeframe } = goal;
  if (timeframe.start && timeframe.end && timeframe.start > timeframe.end) {
    return refuseField('timeframe', 'The timeframe ends before it starts');
  }
  if (goal.level === 'strategy') {
    return goal.parentId === null ? success(true) : refuseField('parentId', 'A strategy goal has no parent goal');
  }
  if (goal.parentId === null) {
    // A draft may be sketched before it is placed; anything live must trace up to the strategy.
    return goal.status === 'draft'
      ? success(true)
      : refuseField('parentId', `A ${LEVEL_LABEL[goal.level].toLowerCase()} goal needs a parent goal unless it is a draft`);
  }
  const parent = graph.byId.get(goal.parentId);
  if (!parent) return refuseField('parentId', 'The parent goal does not exist');
  if (parent.status === 'archived') return refuseField('parentId', `The parent goal “${parent.title}” is archived`);
  if (!isSameOrHigher(parent.level, goal.level)) {
    return refuseField('parentId', `A ${LEVEL_LABEL[goal.level].toLowerCase()} goal cannot sit under a ${LEVEL_LABEL[parent.level].toLowerCase()} goal`);
  }
  if (wouldCycle(graph, goal.id, goal.parentId)) {
    return refuseField('parentId', 'A goal cannot be moved under itself or one of its own sub-goals');
  }
  return success(true);
};

/** Children must stay at the same level as their parent or below it when the parent's level changes. */
export const checkChildrenFit = (graph: GoalGraph, goalId: string, level: Level): Result<true> => {
  const misfits = (graph.children.get(goalId) ?? []).filter((c: GoalSummary) => c.status !== 'archived' && !isSameOrHigher(level, c.level));
  return misfits.length === 0 ? success(true) : refuseField('level', `Sub-goals would sit above this goal: ${misfits.map((c) => c.title).join(', ')}`);
};
