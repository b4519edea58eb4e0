// Check-ins on a goal: how it is going, how confident its leader and manager are, and what they learned,
// fear and decided. The Refine step of the cycle, in writing.
import { z } from 'zod';
import { AccountId, EntityId, IsoDate, WellFormedText } from './common';
import { INPUT_PER_CHECK_IN } from './input';
import { KpiStatus } from './kpi';

export const CONFIDENCE_LABEL = { 1: 'Very low', 2: 'Low', 3: 'Medium', 4: 'High', 5: 'Very high' } as const;
export const Confidence = z.number().int().min(1).max(5);
export type Confidence = z.infer<typeof Confidence>;

export const MAX_CHECK_IN_TEXT = 2000;
const Text = WellFormedText.trim().max(MAX_CHECK_IN_TEXT);

export const CheckInInput = z
  .object({
    status: KpiStatus,
    confidence: Confidence,
    learnings: Text.default(''),
    risks: Text.default(''),
    decisions: Text.default(''),
    /** Open input from the work this check-in takes (marked taken in the same write). */
    inputIds: z.array(EntityId).max(INPUT_PER_CHECK_IN).default([]),
  })
  .strict();
export type CheckInInput = z.infer<typeof CheckInInput>;

export const CheckIn = z.object({
  id: EntityId,
  goalId: EntityId,
  date: IsoDate,
  status: KpiStatus,
  confidence: Confidence,
  learnings: z.string(),
  risks: z.string(),
  decisions: z.string(),
  by: AccountId,
  recordedAt: z.string(),
  /** How many pieces of input from the work it took; absent on check-ins from before input existed (none). */
  inputsTaken: z.number().int().nonnegative().optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** Active goals expect a check-in at least this often; a grace period later they are overdue. */
export const CHECK_IN_EVERY_DAYS = 30;
export const CHECK_IN_GRACE_DAYS = 7;

export const CheckInDue = z.object({
  /** not-expected: draft, achieved or archived goals are never flagged. */
  state: z.enum(['not-expected', 'on-time', 'overdue']),
  last: IsoDate.nullable(),
  /** The day the next check-in is due; null when none is expected. */
  due: IsoDate.nullable(),
  reason: z.string(),
});
export type CheckInDue = z.infer<typeof CheckInDue>;

/** What the scorecards keep of each goal's latest check-in: everything but the texts, so all goals fit one read. */
export const CheckInSummary = CheckIn.pick({ id: true, goalId: true, date: true, status: true, confidence: true, by: true, recordedAt: true });
export type CheckInSummary = z.infer<typeof CheckInSummary>;
