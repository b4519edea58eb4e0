// Calls of agreements between goals (the Align step), defined on the strategy workspace's resolver
// (jira:globalPage): a goal's agreements for its page, one agreement with its thread, asking, answering,
// committing, and the web of support agreements below a goal. Everything answered is as the viewer may see it:
// an agreement is visible only to someone who may see both its goals; to anyone else it does not exist.
import { z } from 'zod';
import { defineCall } from '../contract';
import { Level } from '../levels';
import { AccountId, EntityId, IsoDate, Version } from '../model/common';
import { GoalStatus } from '../model/goal';
import {
  AgreementRisk,
  AgreementRound,
  CommitInput,
  CommitmentState,
  CommitmentStatus,
  ProposeSupportInput,
  SupportAction,
  SupportAnswer,
  SupportState,
} from '../model/agreement';
import { Person } from './person';

/** A goal as an agreement shows it. */
export const AgreementGoal = z.object({ id: EntityId, title: z.string(), level: Level, status: GoalStatus });
export type AgreementGoal = z.infer<typeof AgreementGoal>;

export const RoundView = AgreementRound.omit({ by: true }).extend({ by: z.object({ accountId: AccountId, displayName: z.string() }) });
export type RoundView = z.infer<typeof RoundView>;

/** A support agreement as the viewer sees it. */
export const SupportView = z.object({
  id: EntityId,
  kind: z.literal('support'),
  from: AgreementGoal,
  to: AgreementGoal,
  ask: z.string(),
  neededBy: IsoDate,
  state: SupportState,
  /** Whose answer is awaited; null when accepted or closed. */
  turn: z.enum(['asker', 'provider']).nullable(),
  /** Whole days since the last round while an answer is awaited; null otherwise. */
  waitingDays: z.number().int().nonnegative().nullable(),
  /** Derived for accepted agreements: why it is at risk (empty when it is not). */
  risks: z.array(AgreementRisk),
  /** One sentence for the state, e.g. "Agreed, needed by 15 Mar 2027" or "Proposed, waiting 9 days for an answer". */
  summary: z.string(),
  proposedBy: Person,
  answeredBy: Person,
  rounds: z.array(RoundView),
  /** Rounds a list left out of a long thread (its first round and the latest ones are kept); `agreements/get` gives all. */
  roundsOmitted: z.number().int().nonnegative().optional(),
  /** What this viewer may do now (each also checked on the server). */
  can: z.array(SupportAction),
  version: Version,
});
export type SupportView = z.infer<typeof SupportView>;

/** A goal's commitment to its parent as the viewer sees it. */
export const CommitmentView = z.object({
  goal: AgreementGoal,
  /** null when the goal has no parent (status `no-parent`). */
  parent: AgreementGoal.nullable(),
  status: CommitmentStatus,
  /** The current record's state and words; null when never committed to this parent. */
  state: CommitmentState.nullable(),
  text: z.string().nullable(),
  by: Person,
  asEditor: z.boolean(),
  at: z.string().nullable(),
  /** One sentence, e.g. "Committed by Daniel Okafor on 28 Nov 2026", "Not committed", or why it is asked again. */
  summary: z.string(),
  rounds: z.array(RoundView),
  /** Earlier rounds left out of a long thread (a child's commitment on its parent's page keeps the latest ones). */
  roundsOmitted: z.number().int().nonnegative().optional(),
  /** Whether this viewer may commit or raise a concern for the goal (its leader, manager, or a strategy editor). */
  canCommit: z.boolean(),
  /** The version to send back as expectedVersion; null when there is no record. */
  version: Version.nullable(),
});
export type CommitmentView = z.infer<typeof CommitmentView>;

/** Everything about agreements on one goal's page. */
export const GoalAgreementsView = z.object({
  goalId: EntityId,
  /** Support agreements where this goal asks (it relies on others), newest first. */
  reliesOn: z.array(SupportView),
  /** Support agreements where this goal provides (others rely on it), newest first. */
  reliedOnBy: z.array(SupportView),
  /** This goal's own commitment to its parent. */
  commitment: CommitmentView,
  /** The commitments of the child goals the viewer may see, to this goal. */
  childCommitments: z.array(CommitmentView),
  /** Whether this viewer may ask for support on behalf of this goal (its leader, manager, or a strategy editor). */
  canAsk: z.boolean(),
});
export type GoalAgreementsView = z.infer<typeof GoalAgreementsView>;

/** The most goals one web answer carries (its root's branch first, then goals outside it that its arrows reach). */
export const WEB_MAX_NODES = 300;
/** The most lines the issue panel shows; the chain's own goal first. */
export const RELIANCE_LINES_MAX = 10;
/** The most agreements one goal page lists per direction (newest first). */
export const GOAL_AGREEMENTS_MAX = 50;

/** The web of support agreements among the goals below a root (nodes are goals, edges point asker → provider). */
export const AgreementWebView = z.object({
  root: AgreementGoal,
  nodes: z.array(
    AgreementGoal.extend({
      parentId: EntityId.nullable(),
      depth: z.number().int().nonnegative(),
      /** A goal outside the root's branch that an arrow reaches (depth then counts from its own strategy goal). */
      outside: z.boolean().optional(),
    }),
  ),
  edges: z.array(
    z.object({
      id: EntityId,
      fromGoalId: EntityId,
      toGoalId: EntityId,
      state: SupportState,
      neededBy: IsoDate,
      atRisk: z.boolean(),
      /** Why it is at risk, one sentence per reason (empty when it is not). */
      risks: z.array(z.string().max(300)).max(5),
      summary: z.string(),
    }),
  ),
  /** True when the web had more goals than one answer carries; the view shows the first ones. */
  truncated: z.boolean(),
});
export type AgreementWebView = z.infer<typeof AgreementWebView>;

/**
 * What other surfaces show of a goal's agreements (tree rows, the tree macro, scorecards): counts only of what the
 * viewer may see. `atRisk` counts accepted support agreements the goal relies on that are at risk.
 */
export const AgreementBadge = z.object({
  atRisk: z.number().int().nonnegative(),
  /** Support agreements of the goal (either side) waiting AGREEMENT_UNANSWERED_DAYS or more for an answer. */
  unanswered: z.number().int().nonnegative(),
  /** The first risk's sentence, for a tooltip or a one-line reason. */
  firstReason: z.string().nullable(),
});
export type AgreementBadge = z.infer<typeof AgreementBadge>;

/** One line of the issue panel: a goal of the chain that relies on another ("relies on X, agreed for 15 Mar, at risk: work is behind"). */
export const RelianceLine = z.object({
  goalId: EntityId,
  provider: AgreementGoal,
  state: SupportState,
  neededBy: IsoDate,
  risk: z.string().nullable(),
  sentence: z.string(),
});
export type RelianceLine = z.infer<typeof RelianceLine>;

/** One line of the issue panel the other way round: a goal that relies on a goal of the chain, so the team doing the
 *  work knows who waits for it ("“EU data residency region” relies on it, agreed for 18 Dec 2026, at risk: …"). */
export const ReliedOnLine = z.object({
  /** The goal of the chain that is relied on. */
  goalId: EntityId,
  asker: AgreementGoal,
  state: SupportState,
  neededBy: IsoDate,
  risk: z.string().nullable(),
  sentence: z.string(),
});
export type ReliedOnLine = z.infer<typeof ReliedOnLine>;

export const AgreementRef = z.object({ id: EntityId }).strict();

export const agreementCalls = {
  forGoal: defineCall('agreements/for-goal', z.object({ goalId: EntityId }).strict(), GoalAgreementsView),
  get: defineCall('agreements/get', AgreementRef, SupportView),
  propose: defineCall('agreements/propose', z.object({ input: ProposeSupportInput }).strict(), SupportView),
  answer: defineCall('agreements/answer', z.object({ id: EntityId, expectedVersion: Version, answer: SupportAnswer }).strict(), SupportView),
  commit: defineCall('agreements/commit', z.object({ input: CommitInput }).strict(), CommitmentView),
  web: defineCall('agreements/web', z.object({ rootGoalId: EntityId }).strict(), AgreementWebView),
} as const;
