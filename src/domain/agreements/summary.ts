// What the site-wide summaries keep of each agreement and commitment (the threads stay on the records), and how the
// summary of live support agreements moves when one agreement changes. Pure.
import { SUMMARY_ASK_MAX, type Commitment, type CommitmentSummary, type SupportAgreement, type SupportSummary } from '../../shared/model/agreement';
import { oneLine } from '../../shared/model/common';
import { flagNotedAt, flagOf, providerSpokeAt, turnOf, wasAgreed } from './machine';
import { isLive } from './states';

/** At most `max` characters, never cutting a character in two. */
const cut = (s: string, max: number): string => Array.from(s).slice(0, max).join('');

export const summarizeSupport = (a: SupportAgreement): SupportSummary => ({
  id: a.id,
  fromGoalId: a.fromGoalId,
  toGoalId: a.toGoalId,
  neededBy: a.neededBy,
  state: a.state,
  proposedBy: a.proposedBy,
  answeredBy: a.answeredBy,
  version: a.version,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  ask: cut(oneLine(a.ask), SUMMARY_ASK_MAX),
  turn: turnOf(a),
  lastRoundAt: a.rounds[a.rounds.length - 1]!.at,
  flag: flagged(a),
  providerSpokeAt: providerSpokeAt(a),
  wasAgreed: wasAgreed(a),
});

const flagged = (a: SupportAgreement): SupportSummary['flag'] => {
  const f = flagOf(a);
  return f ? { at: f.at, by: f.by, notedAt: flagNotedAt(a) } : null;
};

export const summarizeCommitment = (c: Commitment): CommitmentSummary => ({
  id: c.id,
  goalId: c.goalId,
  parentId: c.parentId,
  state: c.state,
  parentTarget: c.parentTarget,
  by: c.by,
  asEditor: c.asEditor,
  at: c.at,
  version: c.version,
});

/** The live summaries once `a` is saved: its summary replaces the old one, or leaves once it is closed. */
export const nextLiveSummaries = (live: readonly SupportSummary[], a: SupportAgreement): SupportSummary[] => {
  const others = live.filter((s) => s.id !== a.id);
  return isLive(a.state) ? [...others, summarizeSupport(a)] : others;
};
