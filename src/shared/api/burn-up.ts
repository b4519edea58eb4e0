// The burn-up of a goal's work on its page: issues in total and done over time, as the viewer may browse them.
import { z } from 'zod';
import { defineCall } from '../contract';
import { EntityId, IsoDate } from '../model/common';

/** At most this many issues are read for one burn-up; beyond it the answer says it is truncated. */
export const WORK_HISTORY_MAX = 2000;

export const BurnUpPoint = z.object({ day: IsoDate, total: z.number().int().nonnegative(), done: z.number().int().nonnegative() });
export type BurnUpPoint = z.infer<typeof BurnUpPoint>;

export const BurnUpView = z.object({
  /** From the goal's start (or its first issue's creation) to today; empty when the viewer sees no work under it. */
  points: z.array(BurnUpPoint),
  /** The issues counted: children of its epics (and of its sub-goals' epics) and their subtasks. */
  issues: z.number().int().nonnegative(),
  /** True when there were more issues than one read counts; the chart shows the first ones. */
  truncated: z.boolean(),
  /** True when work exists under the goal in projects the viewer may not browse (nothing more is said). */
  workOutOfSight: z.boolean(),
});
export type BurnUpView = z.infer<typeof BurnUpView>;

export const burnUpCall = defineCall('alignment/burn-up', z.object({ goalId: EntityId }).strict(), BurnUpView);
