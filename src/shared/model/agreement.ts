// Agreements between goals: the Align step of the cycle. Two kinds:
// - support (across): goal A (the asker) asks goal B (the provider) for something by a date;
// - commitment (up): a goal commits to its parent goal, or raises a concern.
// Agreements are app data (never issue properties). Everything a reader may see of one is derived from the
// stored record below, the catalog and the goals' health; the risk is never stored, always derived.
import { z } from 'zod';
import { AccountId, EntityId, IsoDate, PeopleNames, Version, WellFormedText } from './common';

/** Every text of an agreement (the ask, a counter's terms, a reason, a commitment) is at most this long. */
export const AGREEMENT_TEXT_MAX = 1000;
export const AgreementText = WellFormedText.trim().min(1).max(AGREEMENT_TEXT_MAX);

/** A support agreement not answered for this many days is a gap. */
export const AGREEMENT_UNANSWERED_DAYS = 7;

/** The most support agreements in force or waiting for an answer (proposed, countered, accepted) a site holds at once:
 *  they all sit in one summary item that every tree, gap and panel read takes in one storage operation. */
export const MAX_LIVE_AGREEMENTS = 500;
/** The most rounds one thread keeps: a support agreement refuses another counter beyond it; a commitment keeps the latest. */
export const MAX_ROUNDS = 50;

export const SUPPORT_STATES = ['proposed', 'countered', 'accepted', 'declined', 'withdrawn', 'fulfilled', 'broken'] as const;
export const SupportState = z.enum(SUPPORT_STATES);
export type SupportState = z.infer<typeof SupportState>;

/** Open: someone still has to answer. Live: accepted and not yet settled. Closed: nothing more can happen. */
export const OPEN_SUPPORT_STATES: readonly SupportState[] = ['proposed', 'countered'];
export const CLOSED_SUPPORT_STATES: readonly SupportState[] = ['declined', 'withdrawn', 'fulfilled', 'broken'];

/**
 * What someone does to a support agreement. Whose turn it is:
 * - proposed: the provider accepts, counters (new date and/or terms) or declines (with a reason); the asker may withdraw;
 * - countered: the asker accepts the counter, counters back (another round) or withdraws; the provider may not answer its own counter;
 * - accepted: either side marks it fulfilled; the asker marks it broken (with a reason); the asker may withdraw; the
 *   provider may flag a risk to it (with what puts it at risk), clear that flag once it is back on track (unflag), or
 *   propose new terms (counter: it is open again, and the asker's to answer); while a flag stands the asker may
 *   acknowledge it, saying what it will do about it (the flag stands until the provider clears it).
 * A strategy editor may act for either side; the round is recorded "as editor".
 */
export const SUPPORT_ACTIONS = ['propose', 'accept', 'counter', 'decline', 'withdraw', 'fulfil', 'break', 'flag', 'unflag', 'acknowledge'] as const;
export const SupportAction = z.enum(SUPPORT_ACTIONS);
export type SupportAction = z.infer<typeof SupportAction>;

/** A commitment of a goal to its parent: committed, or a concern raised instead. */
export const COMMITMENT_STATES = ['committed', 'concern'] as const;
export const CommitmentState = z.enum(COMMITMENT_STATES);
export type CommitmentState = z.infer<typeof CommitmentState>;

/** One round of an agreement's thread: who did what, when, with what words. */
export const AgreementRound = z.object({
  action: z.enum([...SUPPORT_ACTIONS, ...COMMITMENT_STATES]),
  by: AccountId,
  /** True when a strategy editor acted for a side they do not lead or manage. */
  asEditor: z.boolean(),
  /** An instant, ISO 8601 with time. */
  at: z.string(),
  /** The ask, the counter's terms, the reason, or the commitment's words; '' when the action needs none. */
  text: z.string(),
  /** The needed-by date this round proposes (propose, counter) or agreed to (accept); null otherwise. */
  neededBy: IsoDate.nullable(),
  /** Support agreements: the side the round was made for (an editor acts for one); absent when either side may act (fulfil) and on commitments. */
  side: z.enum(['asker', 'provider']).optional(),
});
export type AgreementRound = z.infer<typeof AgreementRound>;

/** The stored support agreement (one record per agreement, written with one conditional write per change). */
export const SupportAgreement = z.object({
  id: EntityId,
  kind: z.literal('support'),
  /** The asking goal (it relies on the provider). */
  fromGoalId: EntityId,
  /** The providing goal (it is relied on). */
  toGoalId: EntityId,
  /** What is asked, in the latest terms (a counter may change them). */
  ask: z.string(),
  /** The needed-by date in the latest terms. */
  neededBy: IsoDate,
  state: SupportState,
  proposedBy: AccountId,
  /** Who last answered from the providing side (or an editor for it); null until then. */
  answeredBy: AccountId.nullable(),
  rounds: z.array(AgreementRound).min(1),
  version: Version,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Display names of the people of its rounds, captured when saved (read paths need no user lookups). */
  names: PeopleNames.default({}),
});
export type SupportAgreement = z.infer<typeof SupportAgreement>;

/** The stored commitment of one goal to its parent (at most one current record per goal). */
export const Commitment = z.object({
  id: EntityId,
  kind: z.literal('commitment'),
  goalId: EntityId,
  /** The parent it was made to; a re-parented goal's commitment no longer counts. */
  parentId: EntityId,
  state: CommitmentState,
  text: z.string(),
  /**
   * A fingerprint of the parent's target when the commitment was made (its KPI targets and target dates, and its
   * timeframe end). When the parent's target changes the commitment is asked for again.
   */
  parentTarget: z.string(),
  by: AccountId,
  asEditor: z.boolean(),
  at: z.string(),
  rounds: z.array(AgreementRound).min(1),
  version: Version,
  /** Display names of the people of its rounds, captured when saved. */
  names: PeopleNames.default({}),
});
export type Commitment = z.infer<typeof Commitment>;

/** Whose answer a support agreement waits for: the providing side after a proposal or the asker's counter, the asking
 *  side after the provider's counter; null once accepted or closed. */
export const SupportTurn = z.enum(['asker', 'provider']).nullable();
export type SupportTurn = z.infer<typeof SupportTurn>;

/**
 * What the site-wide summary of live support agreements keeps of each (the thread and names stay on the record): enough
 * for badges, gaps, the issue panel's lines and the web, read in one storage operation.
 */
export const SupportSummary = SupportAgreement.pick({
  id: true,
  fromGoalId: true,
  toGoalId: true,
  neededBy: true,
  state: true,
  proposedBy: true,
  answeredBy: true,
  version: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  /** The ask, cut to SUMMARY_ASK_MAX characters. */
  ask: z.string(),
  turn: SupportTurn,
  /** When the latest round was made: an open agreement has waited since then. */
  lastRoundAt: z.string(),
  /** The providing side's flag of a risk to an agreed support, while it stands (its words stay on the record, which
   *  only readers of agreements get); null when none. Summaries stored before flags existed read as null. */
  flag: z
    .object({
      at: z.string(),
      by: AccountId,
      /** When the asking side acknowledged this flag (its latest words, after it was raised or updated); null while it has not. */
      notedAt: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
  /** When the providing side last said where agreed support stands (a flag, or that it is back on track) since it was
   *  agreed; null when it has said nothing since. "Due from you" asks the provider of support at risk only then. */
  providerSpokeAt: z.string().nullable().default(null),
  /** Whether the two sides ever agreed it (an accept in its thread): open again, it is agreed support being
   *  renegotiated, which is never declined and which the asking side may mark broken. Older summaries read false. */
  wasAgreed: z.boolean().default(false),
});
export type SupportSummary = z.infer<typeof SupportSummary>;
export const SUMMARY_ASK_MAX = 120;

/** What the site-wide summary of commitments keeps of each goal's commitment (the thread stays on the record). */
export const CommitmentSummary = Commitment.pick({
  id: true,
  goalId: true,
  parentId: true,
  state: true,
  parentTarget: true,
  by: true,
  asEditor: true,
  at: true,
  version: true,
});
export type CommitmentSummary = z.infer<typeof CommitmentSummary>;

/** Where a goal stands with its parent. `ask-again`: a commitment exists but the parent or its target changed since. */
export const CommitmentStatus = z.enum(['no-parent', 'not-committed', 'committed', 'concern', 'ask-again']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

/** Why an accepted agreement is at risk, each with a sentence that names the cause. */
export const RISK_REASONS = ['provider-flagged', 'shift-execution', 'kpi-off-track', 'work-behind', 'overdue', 'provider-archived'] as const;
export const RiskReason = z.enum(RISK_REASONS);
export type RiskReason = z.infer<typeof RiskReason>;

export const AgreementRisk = z.object({ reason: RiskReason, sentence: z.string() });
export type AgreementRisk = z.infer<typeof AgreementRisk>;

// ---- inputs -------------------------------------------------------------------------------------------

export const ProposeSupportInput = z
  .object({
    fromGoalId: EntityId,
    toGoalId: EntityId,
    ask: AgreementText,
    /** On or after today (the server's today). */
    neededBy: IsoDate,
  })
  .strict();
export type ProposeSupportInput = z.infer<typeof ProposeSupportInput>;

/** An answer to a support agreement; `expectedVersion` makes it one conditional write (CONFLICT on a stale one). */
export const SupportAnswer = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }).strict(),
  z.object({ action: z.literal('counter'), neededBy: IsoDate, terms: AgreementText }).strict(),
  z.object({ action: z.literal('decline'), reason: AgreementText }).strict(),
  z.object({ action: z.literal('withdraw'), reason: AgreementText.optional() }).strict(),
  z.object({ action: z.literal('fulfil'), note: AgreementText.optional() }).strict(),
  z.object({ action: z.literal('break'), reason: AgreementText }).strict(),
  z.object({ action: z.literal('flag'), reason: AgreementText }).strict(),
  z.object({ action: z.literal('unflag'), note: AgreementText.optional() }).strict(),
  z.object({ action: z.literal('acknowledge'), note: AgreementText.optional() }).strict(),
]);
export type SupportAnswer = z.infer<typeof SupportAnswer>;

export const CommitInput = z
  .object({
    goalId: EntityId,
    state: CommitmentState,
    text: AgreementText,
    /** The version of the goal's current commitment record, or null when it has none (first commitment). */
    expectedVersion: Version.nullable(),
  })
  .strict();
export type CommitInput = z.infer<typeof CommitInput>;

/** Who reads agreements, said to anyone else: on the goal page, the agreement web and a refused call alike. */
export const NOT_A_READER =
  'Agreements between goals are shown to the people who take part in the strategy: its editors, the leaders and managers of goals, and the teams whose projects are aligned to a goal';
