// Roll-ups the app keeps from issue events and reconciles on a schedule: per epic, the work under it by status
// category and story points. Progress per goal is computed from these by the domain, for a given progress rule.
import { z } from 'zod';
import { Level } from '../levels';
import { EntityId } from './common';

export const PROGRESS_RULES = ['issues-done', 'status-weighted', 'story-points'] as const;
export const ProgressRule = z.enum(PROGRESS_RULES);
export type ProgressRule = z.infer<typeof ProgressRule>;

export const PROGRESS_RULE_LABEL: Record<ProgressRule, string> = {
  'issues-done': 'Issues done ÷ all issues',
  'status-weighted': 'Weighted by status (to do 0, in progress ½, done 1)',
  'story-points': 'Story points done ÷ all story points (issue counts where no points)',
};

const Count = z.number().int().nonnegative();
const Points = z.number().nonnegative().refine(Number.isFinite);

export const StatusCounts = z.object({ todo: Count, inProgress: Count, done: Count });
export type StatusCounts = z.infer<typeof StatusCounts>;

/** An epic's status as shown: Jira's name for it and its category. */
export const EpicStatusFact = z.object({ name: z.string(), category: z.enum(['todo', 'inProgress', 'done']) });

export const EpicRollup = z.object({
  epicId: z.string(),
  projectId: z.string(),
  /** The goal the epic is tagged with, when it is. */
  goalId: EntityId.nullable(),
  /** Issues under the epic (children and their subtasks), by status category. */
  counts: StatusCounts,
  /** Story points of those issues, by status category; zero where none are estimated. */
  points: z.object({ todo: Points, inProgress: Points, done: Points }),
  /** When the roll-up was last brought up to date (ISO time). */
  asOf: z.string(),
  // The epic's display facts, counted with it (as the app), so a tree shows an epic once Jira has said, in an
  // ids-only search as the viewer, that the viewer may see it. Optional: records written before lack them, and
  // a reader then asks Jira for those epics' facts as before. Ids only for people, as in the tag.
  key: z.string().optional(),
  title: z.string().optional(),
  /** Null when Jira gave the epic no status. */
  status: EpicStatusFact.nullable().optional(),
  /** The tag's level, leader and manager (absent while untagged). */
  level: Level.optional(),
  leaderId: z.string().optional(),
  managerId: z.string().optional(),
});
export type EpicRollup = z.infer<typeof EpicRollup>;

/** Roll-up of the work tagged directly to one goal (its epics), split by project so that a viewer's totals can
 *  be intersected with the projects that viewer may browse. Descendant goals are summed by the domain. */
export const GoalRollup = z.object({
  goalId: EntityId,
  byProject: z.record(
    z.string(),
    z.object({ epics: z.number().int().nonnegative(), counts: StatusCounts, points: z.object({ todo: Points, inProgress: Points, done: Points }) }),
  ),
  asOf: z.string(),
});
export type GoalRollup = z.infer<typeof GoalRollup>;

/** A full recount's progress between invocations (src/services/rollup/rollup-full-pass.ts), kept in the reconcile cursor. */
export const ReconcileRun = z.object({
  runStartedAt: z.string(),
  phase: z.enum(['epics', 'sweep', 'goals']),
  /** The last epic id (epics phase) or goal id (goals phase) done. */
  after: z.string().nullable(),
});
export type ReconcileRun = z.infer<typeof ReconcileRun>;

/**
 * The reconcile jobs' state, stored as the roll-up store's cursor: the full recount under way (null: none), when
 * the last one completed, and from when the hourly job last asked Jira for changed issues (absent in cursors
 * written before the hourly job worked on changes only: it then starts from the last full recount).
 */
export const ReconcileCursor = z.object({
  run: ReconcileRun.nullable(),
  lastCompletedAt: z.string().nullable(),
  changesCheckedAt: z.string().nullable().default(null),
});
export type ReconcileCursor = z.infer<typeof ReconcileCursor>;
