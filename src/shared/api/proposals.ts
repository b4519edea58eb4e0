// Calls of goals proposed at every level (jira:globalPage): adding a sub-goal directly inside one's zone, proposing
// one (or a Self goal), deciding proposals, the proposals of a goal and "My goals". Every payload is a claim; who
// may do what is decided in the use cases (src/services/goals/proposals.ts).
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { Level } from '../levels';
import { EntityId, Version } from '../model/common';
import { Goal, GoalSummary, Timeframe } from '../model/goal';
import { GoalHealth } from '../model/goal-health';
import { DeclineReason, SubGoalInput } from '../model/proposal';
import { NamedPerson } from './input-view';
import { Person } from './person';

export const ProposalDecisionView = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending') }),
  z.object({ state: z.literal('approved'), goalId: EntityId, by: Person, at: z.string() }),
  z.object({ state: z.literal('declined'), reason: z.string(), by: Person, at: z.string() }),
  z.object({ state: z.literal('withdrawn'), by: Person, at: z.string() }),
]);
export type ProposalDecisionView = z.infer<typeof ProposalDecisionView>;

export const ProposalView = z.object({
  id: EntityId,
  /** `orphan`: the goal has no leader or manager, so only strategy editors decide what is proposed under it. */
  parent: z.object({ id: EntityId, title: z.string(), level: Level, orphan: z.boolean().optional() }),
  title: z.string(),
  description: z.string(),
  level: Level,
  leader: Person,
  manager: Person,
  timeframe: Timeframe,
  proposer: NamedPerson,
  createdAt: z.string(),
  version: Version,
  decision: ProposalDecisionView,
  /** Whether the reader proposed it. */
  mine: z.boolean(),
  /** Whether the reader may approve or decline it (pending, and not theirs). */
  mayDecide: z.boolean(),
  /** Whether the reader may withdraw it (pending, and theirs). */
  mayWithdraw: z.boolean(),
});
export type ProposalView = z.infer<typeof ProposalView>;

/** What the reader may do under a goal, and the proposals under it they may see. */
export const GoalProposalsView = z.object({
  goalId: EntityId,
  /** Leader, manager or strategy editor: adds sub-goals directly. */
  mayAdd: z.boolean(),
  /** Anyone else who can see the goal: proposes sub-goals. */
  mayPropose: z.boolean(),
  /** Proposes a Self goal: the reader's work serves the goal (src/domain/goals/proposals.ts). */
  mayProposeSelf: z.boolean(),
  /** Leader, manager or strategy editor: approves and declines others' proposals. */
  mayDecide: z.boolean(),
  /** The levels a sub-goal of this goal may take: every level below it. */
  levels: z.array(Level),
  /** Pending proposals (everyone who can see the goal), then declined ones (their proposer and the deciders), newest first. */
  proposals: z.array(ProposalView),
});
export type GoalProposalsView = z.infer<typeof GoalProposalsView>;

export const WAIT_KINDS = ['proposals-to-decide', 'input-to-triage', 'agreements-to-answer', 'not-committed', 'no-kpis'] as const;
export const WaitKind = z.enum(WAIT_KINDS);
export type WaitKind = z.infer<typeof WaitKind>;

/** One thing a goal waits on from the reader, with a count and its words. */
export const WaitItem = z.object({ kind: WaitKind, count: z.number().int().nonnegative(), sentence: z.string() });
export type WaitItem = z.infer<typeof WaitItem>;

export const MyGoal = z.object({
  goal: GoalSummary,
  roles: z.array(z.enum(['leader', 'manager'])),
  health: GoalHealth.nullable(),
  waitsOn: z.array(WaitItem),
});
export type MyGoal = z.infer<typeof MyGoal>;

export const MyGoalsView = z.object({
  /** Every live goal the reader leads or manages, top level first. */
  goals: z.array(MyGoal),
  /** The reader's proposals, newest first: pending (waiting for approval), declined (with the reason), approved. */
  proposals: z.array(ProposalView),
  /** How many more proposals the reader may have pending. */
  pendingRoom: z.number().int().nonnegative(),
});
export type MyGoalsView = z.infer<typeof MyGoalsView>;

export const DecideProposal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('approve') }).strict(),
  z.object({ kind: z.literal('decline'), reason: DeclineReason }).strict(),
]);
export type DecideProposal = z.infer<typeof DecideProposal>;

const Parent = z.object({ parentId: EntityId, input: SubGoalInput }).strict();

export const proposalCalls = {
  /** The parent's leader or manager (or a strategy editor) adds a sub-goal directly: active at once. */
  addSubGoal: defineCall('goals/add-sub-goal', Parent, Goal),
  /** Anyone else who can see the parent proposes a sub-goal (or a Self goal for themselves). */
  propose: defineCall('goals/propose', Parent, ProposalView),
  ofGoal: defineCall('goals/proposals', z.object({ goalId: EntityId }).strict(), GoalProposalsView),
  decide: defineCall('goals/decide-proposal', z.object({ proposalId: EntityId, expectedVersion: Version, decision: DecideProposal }).strict(), ProposalView),
  /** The proposer takes back a proposal nobody has decided yet. */
  withdraw: defineCall('goals/withdraw-proposal', z.object({ proposalId: EntityId, expectedVersion: Version }).strict(), ProposalView),
  mine: defineCall('goals/mine', NoPayload, MyGoalsView),
} as const;
