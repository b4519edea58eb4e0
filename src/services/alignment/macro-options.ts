// Use case: the goals an alignment tree macro may start from, for its config view: the goals this viewer may see
// (restricted goals cut, src/services/goals/goal-visibility.ts).
import type { MacroGoalOptions } from '../../shared/api/macros';
import { levelRank as rank } from '../../shared/levels';
import type { CatalogStore } from '../ports/catalog';
import { readVisibleCatalog, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface MacroOptionsDeps {
  catalog: Pick<CatalogStore, 'read'>;
  viewer: GoalVisibilityDeps;
}

/** Every goal, from the top level down and by title within a level. */
export const readMacroGoalOptions = async (deps: MacroOptionsDeps): Promise<MacroGoalOptions> => {
  const { goals } = await readVisibleCatalog(deps);
  return {
    goals: goals
      .map(({ id, title, level, status, parentId }) => ({ id, title, level, status, parentId }))
      .sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title)),
  };
};
