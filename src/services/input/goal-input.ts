// Use cases of the goal page: a goal's input as the caller may see it (the leader and manager all of it with its
// authors, strategy editors all of it with the authors of anonymous input hidden, everyone else who can see the goal
// the counts and their own), and one piece of input's history under the same anonymous rule.
import { mayRead } from '../../domain/input/access';
import { countsOf, historyOf, viewsOf } from '../../domain/input/view';
import type { GoalInputView, InputHistoryEntry } from '../../shared/api/input';
import { AppFailure } from '../../shared/errors';
import { accessTo, browsableAmong, INPUT_NOT_FOUND, visibleGoal, type InputDeps } from './input-deps';

export const readGoalInput = async (deps: InputDeps, accountId: string, goalId: string): Promise<GoalInputView> => {
  const { goal, catalog } = await visibleGoal(deps, goalId);
  const [access, stored] = await Promise.all([accessTo(deps, goal, accountId), deps.inputs.ofGoal(goalId)]);
  const shown = stored.inputs.filter((i) => mayRead(i, access, accountId));
  const browsable = await browsableAmong(
    deps,
    shown.map((i) => i.issue.id),
  );
  return {
    goalId,
    access,
    counts: countsOf(stored.inputs),
    items: viewsOf(shown, { accountId, access, names: catalog.people, browsable }),
    truncated: stored.truncated,
  };
};

export const readInputHistory = async (deps: InputDeps, accountId: string, inputId: string): Promise<InputHistoryEntry[]> => {
  const input = await deps.inputs.get(inputId);
  if (!input) throw new AppFailure('NOT_FOUND', INPUT_NOT_FOUND);
  // Input on a goal the caller may not see answers as missing input, in the same words.
  const { goal, catalog } = await visibleGoal(deps, input.goalId, INPUT_NOT_FOUND);
  const access = await accessTo(deps, goal, accountId);
  if (!mayRead(input, access, accountId)) throw new AppFailure('NOT_FOUND', INPUT_NOT_FOUND);
  return historyOf(await deps.inputs.history(inputId, 50), input, { accountId, access, names: catalog.people });
};
