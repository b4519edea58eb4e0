// Who may record measurements and check-ins on a goal: strategy editors, and the goal's own leader and manager.
import type { GoalSummary } from '../../shared/model/goal';

export const holdsRoleOn = (goal: Pick<GoalSummary, 'leaderId' | 'managerId'>, accountId: string): boolean =>
  goal.leaderId === accountId || goal.managerId === accountId;

export const mayRecordOn = (goal: Pick<GoalSummary, 'leaderId' | 'managerId'>, accountId: string, isStrategyEditor: boolean): boolean =>
  isStrategyEditor || holdsRoleOn(goal, accountId);
