// Agreements as one viewer may know of them, for the surfaces that show them beside other things (tree rows, the
// tree macro, gaps, scorecards, the web): only live support agreements whose two goals the viewer may see, each with
// its derived risk and how long it has waited; per goal the badge counts; and each goal's standing with its parent.
// Nothing here counts or names an agreement whose other goal is hidden. Pure.
import type { AgreementBadge, RelianceLine } from '../../shared/api/agreements';
import { oneLine } from '../../shared/model/common';
import { AGREEMENT_UNANSWERED_DAYS, type AgreementRisk, type CommitmentSummary, type SupportSummary } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { Kpi } from '../../shared/model/kpi';
import { commitmentStanding, targetFingerprint, type Standing } from './commitment';
import { agreementGoal } from './panel-lines';
import { risksOf } from './risk';
import { isLive } from './states';
import { relianceSentence, waitingDays } from './words';

export type KpiTargets = ReadonlyMap<string, readonly Pick<Kpi, 'id' | 'target' | 'targetDate'>[]>;

/** What the app stores that agreements are judged by, read in a couple of storage operations. */
export interface AgreementFacts {
  /** Every live support agreement of the site (proposed, countered, accepted). */
  support: readonly SupportSummary[];
  /** Every goal's current commitment, by goal id. */
  commitments: Readonly<Record<string, CommitmentSummary>>;
  /** Every goal's KPI health, as last evaluated. */
  health: Readonly<Record<string, GoalHealth>>;
  /** Each goal's KPI targets, for the fingerprint a commitment was made against. */
  kpiTargets: KpiTargets;
}

export interface LiveAgreement {
  summary: SupportSummary;
  from: GoalSummary;
  to: GoalSummary;
  risks: AgreementRisk[];
  waitingDays: number | null;
}

export interface GoalStanding {
  standing: Standing;
  record: CommitmentSummary | undefined;
  parent: GoalSummary | undefined;
}

export interface AgreementSignals {
  /** Live agreements the viewer may see, soonest needed first. */
  live: readonly LiveAgreement[];
  badgeOf(goalId: string): AgreementBadge;
  /** Agreed support the goal relies on that is at risk. */
  atRiskOf(goalId: string): LiveAgreement[];
  /** Open agreements of the goal that waited AGREEMENT_UNANSWERED_DAYS or more for ITS answer. */
  awaitingOf(goalId: string): LiveAgreement[];
  standingOf(goalId: string): GoalStanding | undefined;
}

export const NO_BADGE: AgreementBadge = { atRisk: 0, unanswered: 0, firstReason: null };

/** Whether an open agreement waits for this goal's answer, and has waited long enough to be a gap. */
const awaits = (a: LiveAgreement, goalId: string): boolean =>
  a.waitingDays !== null &&
  a.waitingDays >= AGREEMENT_UNANSWERED_DAYS &&
  ((a.summary.turn === 'provider' && a.to.id === goalId) || (a.summary.turn === 'asker' && a.from.id === goalId));

/**
 * The viewer's signals. `goals` are the goals the viewer may see; `progressOf` gives a goal's share of work done as
 * the viewer may see it (null: none), or is absent on a surface that reads no work (then no work-based risk).
 */
export const agreementSignals = (
  facts: AgreementFacts,
  goals: ReadonlyMap<string, GoalSummary>,
  today: string,
  progressOf?: (goalId: string) => number | null,
): AgreementSignals => {
  const live: LiveAgreement[] = [];
  for (const s of facts.support) {
    const from = goals.get(s.fromGoalId);
    const to = goals.get(s.toGoalId);
    if (!from || !to || !isLive(s.state)) continue;
    const provider = { goal: to, health: facts.health[to.id], ...(progressOf ? { progress: progressOf(to.id) } : {}) };
    // The ask is quoted into one-line sentences (due, gaps, the panel, mails): summaries stored before it was kept on
    // one line are put on one here.
    live.push({ summary: { ...s, ask: oneLine(s.ask) }, from, to, risks: risksOf(s, provider, today), waitingDays: waitingDays(s, today) });
  }
  live.sort((a, b) => a.summary.neededBy.localeCompare(b.summary.neededBy) || a.summary.id.localeCompare(b.summary.id));
  const atRiskOf = (goalId: string) => live.filter((a) => a.from.id === goalId && a.risks.length > 0);
  const awaitingOf = (goalId: string) => live.filter((a) => awaits(a, goalId));
  const unanswered = (goalId: string) =>
    live.filter((a) => (a.from.id === goalId || a.to.id === goalId) && a.waitingDays !== null && a.waitingDays >= AGREEMENT_UNANSWERED_DAYS).length;
  return {
    live,
    atRiskOf,
    awaitingOf,
    badgeOf: (goalId) => {
      const risky = atRiskOf(goalId);
      return { atRisk: risky.length, unanswered: unanswered(goalId), firstReason: risky[0]?.risks[0]?.sentence ?? null };
    },
    standingOf: (goalId) => {
      const goal = goals.get(goalId);
      if (!goal) return undefined;
      const parent = goal.parentId ? goals.get(goal.parentId) : undefined;
      const record = Object.hasOwn(facts.commitments, goalId) ? facts.commitments[goalId] : undefined;
      const fingerprint = parent ? targetFingerprint(parent, facts.kpiTargets.get(parent.id) ?? []) : '';
      return { standing: commitmentStanding(goal, parent, record, fingerprint), record, parent };
    },
  };
};

/** A live agreement as one line of what its asking goal relies on (the scorecards' at-risk list, the panel's lines). */
export const relianceLineOf = (a: LiveAgreement): RelianceLine => ({
  goalId: a.from.id,
  provider: agreementGoal(a.to),
  state: a.summary.state,
  neededBy: a.summary.neededBy,
  risk: a.risks[0]?.sentence ?? null,
  sentence: relianceSentence(a.to.title, a.summary, a.risks),
});
