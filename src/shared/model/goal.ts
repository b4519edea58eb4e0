// A goal of the strategy catalog, at one of the five leadership levels.
import { z } from 'zod';
import { Level } from '../levels';
import { AccountId, EntityId, IsoDate, Version, WellFormedText, isPlainLine, PLAIN_LINE } from './common';

export const GOAL_STATUSES = ['draft', 'active', 'achieved', 'archived'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const CYCLE_STAGES = ['assess', 'vision', 'roadmap', 'align', 'execute', 'refine'] as const;
export const CycleStage = z.enum(CYCLE_STAGES);
export type CycleStage = z.infer<typeof CycleStage>;

export const Timeframe = z.object({ start: IsoDate.nullable(), end: IsoDate.nullable() });
export type Timeframe = z.infer<typeof Timeframe>;

/** The limits of a goal's text, shared by the server's schema and the UI's form. */
export const GOAL_TITLE_MAX = 255;
export const GOAL_DESCRIPTION_MAX = 10_000;

export const Goal = z.object({
  id: EntityId,
  title: WellFormedText.trim().min(1).max(GOAL_TITLE_MAX),
  description: WellFormedText.max(GOAL_DESCRIPTION_MAX),
  level: Level,
  parentId: EntityId.nullable(),
  leaderId: AccountId.nullable(),
  managerId: AccountId.nullable(),
  timeframe: Timeframe,
  stage: CycleStage,
  status: GoalStatus,
  /** While archived: the status it had before, which restoring gives back. */
  archivedFrom: z.enum(['draft', 'active', 'achieved']).optional(),
  /** Shown only to strategy editors, the leaders and managers of it or a goal below it, and people who can
   * browse work aligned to it or below it (src/domain/goals/visibility.ts). Stored goals predate it: false. */
  restricted: z.boolean().default(false),
  version: Version,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: AccountId,
});
export type Goal = z.infer<typeof Goal>;

/** What the catalog keeps of each goal: everything but the long description, so the whole catalog reads in one go. */
export const GoalSummary = Goal.omit({ description: true });
export type GoalSummary = z.infer<typeof GoalSummary>;

/** The fields an editor sets; the rest (id, version, timestamps) belong to the app. */
export const GoalInput = z.object({
  // Stricter than what is stored (older titles may hold a tab): every new or edited title is one plain line.
  title: Goal.shape.title.refine(isPlainLine, PLAIN_LINE),
  description: Goal.shape.description.default(''),
  level: Level,
  parentId: EntityId.nullable(),
  leaderId: AccountId.nullable(),
  managerId: AccountId.nullable(),
  timeframe: Timeframe,
  stage: CycleStage,
  status: z.enum(['draft', 'active', 'achieved']),
  /** Absent: a new goal is not restricted, an edited one keeps what it had (an older form never lifts it). */
  restricted: z.boolean().optional(),
});
export type GoalInput = z.infer<typeof GoalInput>;
