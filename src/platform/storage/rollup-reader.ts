// What read paths (trees, gaps, diagnosis) need from the roll-ups. The roll-up store implements it; readers
// depend only on this, so they can be built and tested with fakes.
import type { EpicRollup, GoalRollup } from '../../shared/model/rollup';

export interface RollupReader {
  /** Roll-ups of these goals (direct work only), in as few storage operations as the store allows. */
  goals(goalIds: readonly string[]): Promise<Map<string, GoalRollup>>;
  /** Roll-ups of the epics tagged with one goal, at most `limit`, and a cursor for more. */
  epicsOfGoal(goalId: string, limit: number, cursor?: string): Promise<{ epics: EpicRollup[]; cursor?: string }>;
  /** Roll-ups of the epics of one project. */
  epicsOfProject(projectId: string, limit: number, cursor?: string): Promise<{ epics: EpicRollup[]; cursor?: string }>;
}
