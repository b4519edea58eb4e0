// The views of agreements as a goal page shows them: a support agreement with its thread, state in a sentence, whose
// turn it is, its risk and what the viewer may do; a goal's commitment to its parent. Composed from records the
// viewer may read (both goals visible); pure.
import type { CommitmentView, RoundView, SupportView } from '../../shared/api/agreements';
import type { Person } from '../../shared/api/person';
import type { AgreementRisk, AgreementRound, Commitment, SupportAction, SupportAgreement } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import type { Standing } from './commitment';
import { turnOf } from './machine';
import { agreementGoal } from './panel-lines';
import { commitmentSummary, supportSummary, waitingDays } from './words';

export type Names = Readonly<Record<string, string>>;

export const nameOf = (id: string, names: Names): string => (Object.hasOwn(names, id) ? names[id]! : 'Unknown user');
const personOf = (id: string | null, names: Names): Person => (id ? { accountId: id, displayName: nameOf(id, names) } : null);

const roundView = (r: AgreementRound, names: Names): RoundView => ({ ...r, by: { accountId: r.by, displayName: nameOf(r.by, names) } });

export interface SupportViewFacts {
  from: GoalSummary;
  to: GoalSummary;
  /** Display names: the catalog's people and the ones the record captured. */
  names: Names;
  risks: readonly AgreementRisk[];
  can: readonly SupportAction[];
  today: string;
}

export const supportView = (a: SupportAgreement, f: SupportViewFacts): SupportView => {
  const lastRoundAt = a.rounds[a.rounds.length - 1]!.at;
  return {
    id: a.id,
    kind: 'support',
    from: agreementGoal(f.from),
    to: agreementGoal(f.to),
    ask: a.ask,
    neededBy: a.neededBy,
    state: a.state,
    turn: turnOf(a),
    waitingDays: waitingDays({ state: a.state, lastRoundAt }, f.today),
    risks: [...f.risks],
    summary: supportSummary({ state: a.state, neededBy: a.neededBy, lastRoundAt, updatedAt: a.updatedAt }, f.today),
    proposedBy: personOf(a.proposedBy, f.names),
    answeredBy: personOf(a.answeredBy, f.names),
    rounds: a.rounds.map((r) => roundView(r, f.names)),
    can: [...f.can],
    version: a.version,
  };
};

export interface CommitmentViewFacts {
  goal: GoalSummary;
  parent: GoalSummary | undefined;
  record: Commitment | undefined;
  standing: Standing;
  names: Names;
  canCommit: boolean;
}

export const commitmentView = (f: CommitmentViewFacts): CommitmentView => {
  const r = f.record;
  const names = { ...f.names, ...(r?.names ?? {}) };
  // A record made to another parent is history: its words are shown, but the standing says it is asked again.
  return {
    goal: agreementGoal(f.goal),
    parent: f.parent ? agreementGoal(f.parent) : null,
    status: f.standing.status,
    state: r ? r.state : null,
    text: r ? r.text : null,
    by: r ? personOf(r.by, names) : null,
    asEditor: r?.asEditor ?? false,
    at: r ? r.at : null,
    summary: commitmentSummary(f.standing, r, r ? nameOf(r.by, names) : ''),
    rounds: (r?.rounds ?? []).map((x) => roundView(x, names)),
    canCommit: f.canCommit,
    version: r ? r.version : null,
  };
};
