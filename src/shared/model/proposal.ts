// Goals proposed at every level: a sub-goal someone who does not lead or manage a goal proposes under it, or a Self
// goal someone proposes for themselves under a goal their work serves. The parent's leader or manager, or a strategy
// editor, approves it (it enters the catalog as an active goal) or declines it with a reason; until then its proposer
// may withdraw it. Who may do what is
// decided in src/domain/goals/proposals.ts.
import { z } from 'zod';
import { Level } from '../levels';
import { AccountId, EntityId, Version, WellFormedText } from './common';
import { Goal, GoalInput, Timeframe } from './goal';

/** Pending proposals one person may have at once, against spam; a decision frees the place. */
export const PROPOSALS_PENDING_MAX = 5;
export const PROPOSAL_REASON_MAX = 1000;

export const DeclineReason = WellFormedText.trim().min(1, 'Say why').max(PROPOSAL_REASON_MAX);

/** What the proposer (or a leader adding a sub-goal directly) fills in; the parent is named beside it. */
export const SubGoalInput = z
  .object({
    title: GoalInput.shape.title,
    description: Goal.shape.description.default(''),
    level: Level,
    leaderId: AccountId.nullable(),
    managerId: AccountId.nullable(),
    timeframe: Timeframe,
  })
  .strict();
export type SubGoalInput = z.infer<typeof SubGoalInput>;

export const PROPOSAL_STATES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export const ProposalState = z.enum(PROPOSAL_STATES);
export type ProposalState = z.infer<typeof ProposalState>;

export const ProposalDecision = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending') }),
  /** `goalId`: the goal it became. */
  z.object({ state: z.literal('approved'), goalId: EntityId, by: AccountId, at: z.string() }),
  z.object({ state: z.literal('declined'), reason: z.string(), by: AccountId, at: z.string() }),
  /** Taken back by its proposer before anyone decided. */
  z.object({ state: z.literal('withdrawn'), by: AccountId, at: z.string() }),
]);
export type ProposalDecision = z.infer<typeof ProposalDecision>;

export const Proposal = z.object({
  id: EntityId,
  parentId: EntityId,
  title: z.string(),
  description: z.string(),
  level: Level,
  leaderId: AccountId.nullable(),
  managerId: AccountId.nullable(),
  timeframe: Timeframe,
  proposerId: AccountId,
  /** Display names of the proposer, leader and manager when it was proposed (names are captured when saved). */
  names: z.record(z.string(), z.string().max(255)),
  createdAt: z.string(),
  version: Version,
  decision: ProposalDecision,
});
export type Proposal = z.infer<typeof Proposal>;

/** How many proposals one person has pending; revision 0: nothing stored yet. */
export const ProposalQuota = z.object({ proposerId: AccountId, pending: z.number().int().nonnegative(), revision: z.number().int().nonnegative() });
export type ProposalQuota = z.infer<typeof ProposalQuota>;
