// The ports the input use cases read and write through, and the checks they share: the goal as the caller may see
// it (a hidden goal answers exactly as a missing one) and what the caller may do with its input. Production
// adapters are wired in src/wiring/deps.ts.
import { inputAccess } from '../../domain/input/access';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { InputAccess } from '../../shared/api/input';
import type { GoalSummary } from '../../shared/model/goal';
import type { CatalogStore } from '../ports/catalog';
import type { InputStore } from '../ports/input';
import { visibleGoalOf, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface InputDeps {
  /** The whole catalog; a use case sees it through `viewer` (readVisibleCatalog), restricted goals cut. */
  catalog: Pick<CatalogStore, 'read'>;
  viewer: GoalVisibilityDeps;
  inputs: InputStore;
  /** Whether the caller is a strategy editor (asked of Jira as the caller; ask only when needed). */
  isEditor(): Promise<boolean>;
  /** Of these issue ids, the ones the caller may browse (asked of Jira as the caller). */
  browsableIssues(ids: readonly string[]): Promise<Set<string>>;
  now(): Date;
  newId(prefix: string): string;
  auditId(): string;
}

/** The words of every goal or input the caller may not see, and of every one that does not exist. */
export const INPUT_NOT_FOUND = 'This input does not exist, or you may not see it';
export const GOAL_NOT_FOUND = 'This goal does not exist, or you may not see it';

/** The goal as the caller may see it, with the catalog it came from; NOT_FOUND (in `words`) when missing or hidden. */
export const visibleGoal = (deps: Pick<InputDeps, 'catalog' | 'viewer'>, goalId: string, words = GOAL_NOT_FOUND) => visibleGoalOf(deps, goalId, words);

/** The caller's access to a goal's input; the editor check (Jira calls) only for those who hold no role on it. */
export const accessTo = async (deps: Pick<InputDeps, 'isEditor'>, goal: GoalSummary, accountId: string): Promise<InputAccess> =>
  holdsRoleOn(goal, accountId) ? 'triage' : inputAccess(goal, accountId, await deps.isEditor());

/** The ids of the issues among these that the caller may browse; no Jira call when there are none. */
export const browsableAmong = async (deps: Pick<InputDeps, 'browsableIssues'>, issueIds: readonly string[]): Promise<Set<string>> =>
  issueIds.length === 0 ? new Set() : deps.browsableIssues([...new Set(issueIds)]);
