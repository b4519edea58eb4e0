// The catalog as one viewer may see it: restricted goals (and everything below them) only for the people the
// rule in src/domain/goals/visibility.ts admits. Costs nothing while no goal is restricted; else the projects the
// viewer may browse and the app's work records, and the editor check only when those leave a goal hidden.
import { hasRestrictedGoal, restrictedSubtreeIds, visibleGoals, workIndexOf } from '../../domain/goals/visibility';
import type { ProjectRef } from '../../domain/alignment/tree-model';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalRollup } from '../../shared/model/rollup';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { RollupReader } from '../ports/rollups';
import type { CatalogSnapshot, CatalogStore } from '../ports/catalog';
import { AppFailure } from '../../shared/errors';

export interface GoalVisibilityDeps {
  accountId: string;
  /** Whether the viewer is a strategy editor (costs Jira calls: asked only when a goal is restricted). */
  isEditor(): Promise<boolean>;
  /** The projects the viewer may browse, as Jira says to the viewer. */
  browsableProjects(): Promise<ProjectRef[]>;
  alignments(): Promise<ProjectAlignment[]>;
  rollups: Pick<RollupReader, 'goals'>;
}

/** The work facts the rule needs, already read: the alignment tree has them anyway. */
export interface WorkFacts {
  projects: readonly ProjectRef[];
  alignments: readonly ProjectAlignment[];
  rollups: ReadonlyMap<string, GoalRollup>;
}

/**
 * The goals the viewer may see, from work facts already read. The goal's own people and work are checked first (no
 * Jira call); the editor check, which costs Jira calls, only when they leave some goal hidden.
 */
export const goalsVisibleWith = async <G extends GoalSummary>(
  deps: Pick<GoalVisibilityDeps, 'accountId' | 'isEditor'>,
  goals: G[],
  facts: WorkFacts,
): Promise<G[]> => {
  if (!hasRestrictedGoal(goals)) return goals;
  const viewer = { accountId: deps.accountId, isEditor: false, browsableProjectIds: new Set(facts.projects.map((p) => p.id)) };
  const visible = visibleGoals(goals, viewer, workIndexOf(facts.alignments, facts.rollups));
  if (visible.length === goals.length || (await deps.isEditor())) return goals;
  return visible;
};

/** The restricted goals and the goals below them: the only ones whose work decides anything. */
const restrictedSubtrees = (goals: readonly GoalSummary[]): string[] => [...restrictedSubtreeIds(goals)];

/** A snapshot (or anything with goals) cut down to what the viewer may see. Reads nothing more while no goal is restricted. */
export const forViewer = async <S extends { goals: GoalSummary[] }>(deps: GoalVisibilityDeps, snapshot: S): Promise<S> => {
  if (!hasRestrictedGoal(snapshot.goals)) return snapshot;
  const [projects, alignments, rollups] = await Promise.all([
    deps.browsableProjects(),
    deps.alignments(),
    deps.rollups.goals(restrictedSubtrees(snapshot.goals)),
  ]);
  const goals = await goalsVisibleWith(deps, snapshot.goals, { projects, alignments, rollups });
  return goals === snapshot.goals ? snapshot : { ...snapshot, goals };
};

/**
 * The visibility step of every use case that lists or names goals: the catalog as this viewer may see it. The
 * use case asks for it itself (the composition root hands in the raw store and the viewer, not a filtered view).
 */
export const readVisibleCatalog = async (deps: { catalog: Pick<CatalogStore, 'read'>; viewer: GoalVisibilityDeps }): Promise<CatalogSnapshot> =>
  forViewer(deps.viewer, await deps.catalog.read());

/** The goal as the caller may see it, with the visible catalog it came from; NOT_FOUND in `words` when it is missing
 *  or hidden, so that the two answer alike. */
export const visibleGoalOf = async (
  deps: { catalog: Pick<CatalogStore, 'read'>; viewer: GoalVisibilityDeps },
  goalId: string,
  words: string,
): Promise<{ goal: GoalSummary; catalog: CatalogSnapshot }> => {
  const catalog = await readVisibleCatalog(deps);
  const goal = catalog.goals.find((g) => g.id === goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', words);
  return { goal, catalog };
};
