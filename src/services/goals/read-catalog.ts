// Use case: the goal catalog as the strategy workspace shows it, and one goal in full with its history. Restricted
// goals reach only the viewers they admit; the work reads that decides it happen only when the catalog holds a
// restricted goal and the viewer is not a strategy editor.
import type { GoalHealth } from '../../shared/model/goal-health';
import type { CatalogView, GoalDetail } from '../../shared/api/catalog';
import { AppFailure } from '../../shared/errors';
import type { GoalSummary } from '../../shared/model/goal';
import type { CatalogStore } from '../ports/catalog';
import { forViewer, type GoalVisibilityDeps } from './goal-visibility';
import { historyFor } from '../../domain/goals/history';

export interface ReadCatalogDeps {
  catalog: Pick<CatalogStore, 'read' | 'readGoal' | 'history'>;
  canEdit(): Promise<boolean>;
  /** The viewer, for restricted goals (its editor check is `canEdit`, already asked: editors see every goal). */
  viewer: Omit<GoalVisibilityDeps, 'isEditor'>;
  /** Every goal's KPI health as last evaluated (one storage read). */
  health(): Promise<Readonly<Record<string, GoalHealth>>>;
}

export const readCatalog = async (deps: ReadCatalogDeps): Promise<CatalogView> => {
  const [stored, canEdit, board] = await Promise.all([deps.catalog.read(), deps.canEdit(), deps.health()]);
  const snapshot = canEdit ? stored : await forViewer({ ...deps.viewer, isEditor: () => Promise.resolve(false) }, stored);
  // Someone whose every role is on goals hidden from the viewer is not told of (past holders named in a goal's history
  // keep their names).
  const rolesOf = (goals: readonly GoalSummary[]) => new Set(goals.flatMap((g) => [g.leaderId, g.managerId]));
  const shown = rolesOf(snapshot.goals);
  const hidden = rolesOf(stored.goals.filter((g) => !snapshot.goals.includes(g)));
  const people = Object.entries(snapshot.people)
    .filter(([accountId]) => shown.has(accountId) || !hidden.has(accountId))
    .map(([accountId, displayName]) => ({ accountId, displayName }));
  // Only the goals listed: a hidden goal's health says nothing, as for a missing one.
  const health = Object.fromEntries(snapshot.goals.flatMap((g) => (Object.hasOwn(board, g.id) ? [[g.id, board[g.id]!]] : [])));
  return { goals: snapshot.goals, revision: snapshot.revision, canEdit, people, health };
};

export const readGoalDetail = async (deps: ReadCatalogDeps, id: string): Promise<GoalDetail> => {
  const [goal, history, canEdit, stored] = await Promise.all([deps.catalog.readGoal(id), deps.catalog.history(id, 50), deps.canEdit(), deps.catalog.read()]);
  const visible = canEdit ? stored : await forViewer({ ...deps.viewer, isEditor: () => Promise.resolve(false) }, stored);
  if (!goal || !visible.goals.some((g) => g.id === id)) throw new AppFailure('NOT_FOUND', 'This goal does not exist');
  const shown = new Set(visible.goals.map((g) => g.id));
  return { goal, history: historyFor(history, (goalId) => shown.has(goalId)), canEdit };
};
