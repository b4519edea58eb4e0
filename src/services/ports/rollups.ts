// What the roll-up use cases and the read paths (trees, gaps, diagnosis) need from stored roll-ups and from Jira
// searched as the app. Implemented by src/platform/storage/rollup-store.ts and src/platform/jira/rollup-issues.ts;
// readers depend only on RollupReader, so they can be built and tested with fakes.
import type { EpicSeen, RollupIssue } from '../../domain/rollup/epic-rollup';
import type { EpicTag } from '../../shared/epic-tag';
import type { EpicRollup, GoalRollup } from '../../shared/model/rollup';

export interface RollupReader {
  /** Roll-ups of these goals (direct work only), in as few storage operations as the store allows. */
  goals(goalIds: readonly string[]): Promise<Map<string, GoalRollup>>;
  /** Every goal's roll-up (direct work only), 100 per storage operation: for views that need them all (a tree's
   *  totals and coverage), where asking by key would cost one operation per 25 goals. */
  allGoals(): Promise<Map<string, GoalRollup>>;
  /** Roll-ups of the epics tagged with one goal, at most `limit`, and a cursor for more. */
  epicsOfGoal(goalId: string, limit: number, cursor?: string): Promise<{ epics: EpicRollup[]; cursor?: string }>;
  /** Roll-ups of the epics of one project. */
  epicsOfProject(projectId: string, limit: number, cursor?: string): Promise<{ epics: EpicRollup[]; cursor?: string }>;
}

export interface RollupStore extends RollupReader {
  epics(epicIds: readonly string[]): Promise<Map<string, EpicRollup>>;
  /** Stores an epic's roll-up (undefined: it is gone) and moves its contribution between goal roll-ups. */
  putEpic(epicId: string, next: EpicRollup | undefined, asOf: string): Promise<void>;
  /** Epics last counted before `before`: the ones a reconcile run that started then has not seen. */
  staleEpics(before: string, limit: number): Promise<string[]>;
  /** Every goal with a goal roll-up or a tagged epic roll-up, sorted. */
  goalIds(): Promise<string[]>;
  /** Rebuilds one goal's roll-up from the epics that serve it (the reconcile job's repair). */
  rebuildGoal(goalId: string, asOf: string): Promise<void>;
  hasAnyEpic(): Promise<boolean>;
  /** The reconcile job's progress between invocations (its own shape, parsed by the job). */
  readCursor(): Promise<unknown>;
  writeCursor(value: unknown): Promise<void>;
}

/** An issue found by a roll-up search: what it counts as, and for epics their project, tag and display facts. */
export interface FoundIssue extends RollupIssue, Omit<EpicSeen, 'id' | 'projectId' | 'tag'> {
  projectId: string;
  tag: EpicTag | undefined;
}

/** Where an issue sits in the hierarchy: enough to find its epic. */
export interface IssueLink {
  id: string;
  level: number;
  parentId?: string;
  parentLevel?: number;
}
