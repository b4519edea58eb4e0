// Which goal a piece of work may be tagged with: a goal that exists and is not archived, at the work's level
// or above it.
import { LEVEL_LABEL, type Level } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import { isSameOrHigher } from '../levels';
import { refuse, success, type Result } from '../result';

export const checkTagTarget = (goal: GoalSummary | undefined, level: Level): Result<GoalSummary> => {
  if (!goal) return refuse('VALIDATION', 'That goal does not exist', { field: 'goalId' });
  if (goal.status === 'archived') return refuse('VALIDATION', `“${goal.title}” is archived; pick a live goal`, { field: 'goalId' });
  if (!isSameOrHigher(goal.level, level)) {
    return refuse('VALIDATION', `${LEVEL_LABEL[level]}-level work cannot serve a ${LEVEL_LABEL[goal.level].toLowerCase()} goal`, { field: 'level' });
  }
  return success(goal);
};
