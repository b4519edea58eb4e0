// In-app navigation of the strategy workspace. The workspace owns one history (view.createHistory); any tab or
// page pushes routes onto it, so the workspace's route listener sees every move (a second history object's push
// would not reach it). Before the history exists, a full navigation to the same route does the job.
import { router } from '@forge/bridge';
import { goalPageLocation, goalRoute, STRATEGY_MODULE_KEY, type GoalFocus } from '../../kit/api/goal-route';

interface PushHistory {
  push(path: string): void;
}

let current: PushHistory | null = null;

export const setWorkspaceHistory = (history: PushHistory | null): void => {
  current = history;
};

/** Moves the workspace to a route, e.g. `/gaps`. */
export const openRoute = (path: string): void => {
  if (current) current.push(path);
  else void router.navigate({ target: 'module', moduleKey: STRATEGY_MODULE_KEY, path }).catch(() => undefined);
};

/** Opens a goal's page inside the workspace, at one part of it when `focus` is given (a KPI's record form, or an
 *  agreement's card, with `itemId`). */
export const openGoal = (goalId: string, focus?: GoalFocus, itemId?: string): void => {
  if (current) current.push(goalRoute(goalId, focus, itemId));
  else void router.navigate(goalPageLocation(goalId)).catch(() => undefined);
};
