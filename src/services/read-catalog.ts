// Use case: the goal catalog as the strategy workspace shows it, and one goal in full with its history.
import type { CatalogView, GoalDetail } from '../shared/api/catalog';
import { AppFailure } from '../shared/errors';
import type { CatalogStore } from '../platform/storage/catalog-store';

export interface ReadCatalogDeps {
  catalog: Pick<CatalogStore, 'read' | 'readGoal' | 'history'>;
  canEdit(): Promise<boolean>;
}

export const readCatalog = async (deps: ReadCatalogDeps): Promise<CatalogView> => {
  const [snapshot, canEdit] = await Promise.all([deps.catalog.read(), deps.canEdit()]);
  const people = Object.entries(snapshot.people).map(([accountId, displayName]) => ({ accountId, displayName }));
  return { goals: snapshot.goals, revision: snapshot.revision, canEdit, people };
};

export const readGoalDetail = async (deps: ReadCatalogDeps, id: string): Promise<GoalDetail> => {
  const [goal, history, canEdit] = await Promise.all([deps.catalog.readGoal(id), deps.catalog.history(id, 50), deps.canEdit()]);
  if (!goal) throw new AppFailure('NOT_FOUND', 'This goal does not exist');
  return { goal, history, canEdit };
};
