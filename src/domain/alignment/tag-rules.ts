// Which goal a piece of work may be tagged with: a goal that exists and is not archived, at the work's level
// or above it.
import { LEVEL_LABEL, type Level } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import { isSameOrHigher } from '../levels';
import { refuseField, success, type Result } from '../result';

export const checkTagTarget = (goal: GoalSummary | undefined, level: Level): Result<GoalSummary> => {
  if (!goal) return refuseField('goalId', 'That goal does not exist');
  if (goal.status === 'archived') return refuseField('goalId', `“${goal.title}” is archived; pick a live goal`);
  if (!isSameOrHigher(goal.level, level)) {
    return refuseField('level', `${LEVEL_LABEL[level]}-level work cannot serve a ${LEVEL_LABEL[goal.level].toLowerCase()} goal`);
  }
  return success(goal);
};

/**
 * The level of an epic tagged from its project's page: the project's level, or the goal's own where the goal sits
 * below it (a project aligned at the functional level still runs project-level work, such as a release's epics).
 */
export const workLevelFor = (projectLevel: Level, goalLevel: Level): Level => (isSameOrHigher(goalLevel, projectLevel) ? projectLevel : goalLevel);
