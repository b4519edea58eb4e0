// Use case: the goals an alignment tree macro may start from, for its config view. The catalog port hands in the
// goals this viewer may see (restricted goals cut, src/services/goal-visibility.ts).
import type { MacroGoalOptions } from '../../shared/api/macros';
import { levelRank as rank } from '../../shared/levels';
import type { CatalogStore } from '../ports/catalog';

export interface MacroOptionsDeps {
  catalog: Pick<CatalogStore, 'read'>;
}

/** Every goal, from the top level down and by title within a level. */
export const readMacroGoalOptions = async (deps: MacroOptionsDeps): Promise<MacroGoalOptions> => {
  const { goals } = await deps.catalog.read();
  return {
    goals: goals
      .map(({ id, title, level, status, parentId }) => ({ id, title, level, status, parentId }))
      .sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title)),
  };
};
